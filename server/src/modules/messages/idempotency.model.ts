import { Schema, type Connection, type Model, type Types } from 'mongoose'

/**
 * A submission's Idempotency-Key, written BEFORE the message it creates, with the id that
 * message will get. A retry finds the record and returns (or finishes creating) that message,
 * so one key can never yield two messages.
 */
export interface IdempotencyRecord {
  _id: Types.ObjectId
  key: string
  /** SHA-256 of the normalized request body; another body with the same key is a conflict. */
  requestHash: string
  messageId: Types.ObjectId
  createdAt: Date
}

const idempotencySchema = new Schema<IdempotencyRecord>(
  {
    key: { type: String, required: true },
    requestHash: { type: String, required: true },
    messageId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', versionKey: false },
)

idempotencySchema.index({ key: 1 }, { unique: true })
// Keys are only needed while clients may retry; real MongoDB drops them after a week.
idempotencySchema.index({ createdAt: 1 }, { expireAfterSeconds: 7 * 24 * 3600 })

export function idempotencyModel(connection: Connection): Model<IdempotencyRecord> {
  return (
    (connection.models.IdempotencyRecord as Model<IdempotencyRecord> | undefined) ??
    connection.model<IdempotencyRecord>('IdempotencyRecord', idempotencySchema)
  )
}
