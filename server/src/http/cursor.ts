import type { Types } from 'mongoose'
import { badRequest } from './errors'
import { toObjectId } from './object-id'

/** Cursor of a page: the sort key and id of its last row, as base64url JSON. */
export function encodeCursor(key: number, id: Types.ObjectId): string {
  return Buffer.from(JSON.stringify([key, String(id)])).toString('base64url')
}

export function decodeCursor(cursor: string): { key: Date; id: Types.ObjectId } {
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
