import { Types } from 'mongoose'

const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * The id of a URL or body as an ObjectId, or undefined when it is not 24 hex digits. (Mongoose's
 * own isValid also accepts any 12-character string, which no id of ours ever is.)
 */
export function toObjectId(id: string): Types.ObjectId | undefined {
  return OBJECT_ID.test(id) ? new Types.ObjectId(id) : undefined
}
