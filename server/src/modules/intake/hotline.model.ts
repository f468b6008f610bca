import { Schema, type Connection, type Model, type Types } from 'mongoose'
import type { QueuedDelivery } from '../notifications'

/**
 * A 12345 工单号 and the message it became. The 工单号 is the document's `_id`, so a 工单 is
 * stored once however often the platform pushes it or staff type it (an insert racing another
 * fails on the key). Written before the message, under the message id it promises.
 */
export interface HotlineTicket {
  _id: string
  messageId: Types.ObjectId
  createdAt: Date
}

const hotlineTicketSchema = new Schema<HotlineTicket>(
  {
    _id: { type: String, required: true },
    messageId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'hotline_tickets', versionKey: false, strict: 'throw' },
)

export function hotlineTicketModel(connection: Connection): Model<HotlineTicket> {
  return (
    (connection.models.HotlineTicket as Model<HotlineTicket> | undefined) ??
    connection.model<HotlineTicket>('HotlineTicket', hotlineTicketSchema)
  )
}

/** What is sent back to the 12345 platform when a 工单's message is answered. */
export interface HotlineAnswerPayload {
  ticketId: string
  /** 查询码 of the message, for the platform's records. */
  code: string
  kind: 'reply' | 'decline'
  content: string
  /** ISO 8601 with the Beijing offset. */
  answeredAt: string
  unit: string
  unitName: string
  /** Whether the first answer came by the deadline. */
  onTime: boolean
}

/**
 * An answer to deliver to the 12345 platform: the outbox that makes delivery survive an outage
 * or a restart, retried with backoff like the WeChat answer notices. Nothing is deleted.
 */
export interface HotlineAnswer extends QueuedDelivery {
  /** One delivery per answer: `<message id>:<answered at ms>`. */
  dedupeKey: string
  messageId: Types.ObjectId
  ticketId: string
  payload: HotlineAnswerPayload
  lastError?: string
  createdAt: Date
  sentAt?: Date
}

const hotlineAnswerSchema = new Schema<HotlineAnswer>(
  {
    dedupeKey: { type: String, required: true },
    messageId: { type: Schema.Types.ObjectId, required: true },
    ticketId: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    status: { type: String, enum: ['pending', 'sent', 'failed'], required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String },
    createdAt: { type: Date, required: true },
    sentAt: { type: Date },
  },
  { collection: 'hotline_answers', versionKey: false, strict: 'throw' },
)

hotlineAnswerSchema.index({ dedupeKey: 1 }, { unique: true })
// The delivery queue: pending answers by due time.
hotlineAnswerSchema.index({ status: 1, nextAttemptAt: 1 })

export function hotlineAnswerModel(connection: Connection): Model<HotlineAnswer> {
  return (
    (connection.models.HotlineAnswer as Model<HotlineAnswer> | undefined) ??
    connection.model<HotlineAnswer>('HotlineAnswer', hotlineAnswerSchema)
  )
}
