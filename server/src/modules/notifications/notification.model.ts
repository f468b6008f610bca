import { Schema, type Connection, type Model, type Types } from 'mongoose'

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]

/**
 * A WeChat subscribe message waiting to be sent, sent, or given up on: the outbox that makes a
 * notice survive a WeChat outage or a restart. Nothing is deleted; a failure keeps its reason.
 */
export interface Notification {
  _id: Types.ObjectId
  /** One notice per answer: `<message id>:<answered at ms>`. */
  dedupeKey: string
  messageId: Types.ObjectId
  openid: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  status: NotificationStatus
  attempts: number
  /** When the next attempt is due; a claimed notice is pushed out while it is being sent. */
  nextAttemptAt: Date
  lastError?: string
  createdAt: Date
  sentAt?: Date
}

const notificationSchema = new Schema<Notification>(
  {
    dedupeKey: { type: String, required: true },
    messageId: { type: Schema.Types.ObjectId, required: true },
    openid: { type: String, required: true },
    templateId: { type: String, required: true },
    page: { type: String, required: true },
    data: { type: Schema.Types.Mixed, required: true },
    status: { type: String, enum: NOTIFICATION_STATUSES, required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String },
    createdAt: { type: Date, required: true },
    sentAt: { type: Date },
  },
  { collection: 'notifications', versionKey: false, strict: 'throw' },
)

notificationSchema.index({ dedupeKey: 1 }, { unique: true })
// The delivery queue: pending notices by due time.
notificationSchema.index({ status: 1, nextAttemptAt: 1 })

export function notificationModel(connection: Connection): Model<Notification> {
  return (
    (connection.models.Notification as Model<Notification> | undefined) ??
    connection.model<Notification>('Notification', notificationSchema)
  )
}
