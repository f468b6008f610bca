import type { Types } from 'mongoose'
import { badRequest } from '../http/errors'
import { toObjectId } from '../http/object-id'

// Every cursor-paged list (我的留言, the staff inbox, 回复选登, the office's queues, low guide
// ratings) pages the same way: by a date key and then _id, continuing after the last row of the
// previous page, whose key and id the opaque cursor carries. Rows added meanwhile neither repeat
// nor shift a page, which offset paging would do. (Ranked search results have no such key and
// page by offset: rankedPage in the search module.)

/** What a client asks for: the `nextCursor` of the previous page (none: the first) and a size. */
export interface PageRequest {
  cursor?: string | undefined
  limit: number
}

/** One page and the cursor of the next one; `null` on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** The order of a list: a date field, then _id, in one direction. */
export interface KeysetOrder {
  /** The (possibly dotted) field sorted on. */
  key: string
  /** -1: newest first; 1: oldest first. */
  direction: 1 | -1
}

/** Cursor of a page: the sort key and id of its last row, as base64url JSON. */
function encodeCursor(key: Date, id: Types.ObjectId): string {
  return Buffer.from(JSON.stringify([key.getTime(), String(id)])).toString('base64url')
}

function decodeCursor(cursor: string): { key: Date; id: Types.ObjectId } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    const objectId = typeof id === 'string' ? toObjectId(id) : undefined
    if (typeof key === 'number' && Number.isFinite(key) && objectId) {
      return { key: new Date(key), id: objectId }
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('分页参数不正确', [{ field: 'cursor', message: '分页参数不正确' }])
}

/**
 * Keyset paging of one request: `filter` narrows a list's filter to the rows after the cursor's
 * row, `sort` and `limit` (one row more than the page, to learn whether another follows) go to
 * the query, and `page` turns the rows read into the page and its `nextCursor`. A cursor that is
 * not one of ours is 400 分页参数不正确, before anything is read.
 *
 * ```ts
 * const paging = keysetPaging(query, { key: 'at', direction: -1 })
 * const rows = await GuideRating.find(paging.filter(base)).sort(paging.sort).limit(paging.limit)
 * return paging.page(rows, (row) => row.at)
 * ```
 */
export function keysetPaging(request: PageRequest, order: KeysetOrder) {
  const { key, direction } = order
  const after = request.cursor ? decodeCursor(request.cursor) : undefined
  return {
    filter(filter: Record<string, unknown>): Record<string, unknown> {
      if (!after) return filter
      const beyond = direction === -1 ? '$lt' : '$gt'
      const beyondCursor = [
        { [key]: { [beyond]: after.key } },
        { [key]: after.key, _id: { [beyond]: after.id } },
      ]
      // A filter with its own $or keeps it: both must hold.
      return '$or' in filter
        ? { $and: [filter, { $or: beyondCursor }] }
        : { ...filter, $or: beyondCursor }
    },
    sort: { [key]: direction, _id: direction } as Record<string, 1 | -1>,
    limit: request.limit + 1,
    page<T extends { _id: Types.ObjectId }>(rows: T[], keyOf: (row: T) => Date): Page<T> {
      const items = rows.slice(0, request.limit)
      const last = items.at(-1)
      return {
        items,
        nextCursor:
          rows.length > request.limit && last ? encodeCursor(keyOf(last), last._id) : null,
      }
    },
  }
}
