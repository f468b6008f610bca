import { Types } from 'mongoose'
import { badRequest } from './errors'

/** Cursor of a page: the sort key and id of its last row, as base64url JSON. */
export function encodeCursor(key: number, id: Types.ObjectId): string {
  return Buffer.from(JSON.stringify([key, String(id)])).toString('base64url')
}

export function decodeCursor(cursor: string): { key: Date; id: Types.ObjectId } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    if (typeof key === 'number' && typeof id === 'string' && Types.ObjectId.isValid(id)) {
      return { key: new Date(key), id: new Types.ObjectId(id) }
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('分页参数不正确', [{ field: 'cursor', message: '分页参数不正确' }])
}
