import { Schema, type Connection, type Model, type Types } from 'mongoose'

/** Who caused an event in a message's history. */
export interface EventActor {
  kind: 'citizen' | 'staff' | 'system'
  id?: string
}

/**
 * One entry of a message's append-only history: who, when, what, from which state. Kept in a
 * collection of its own so history is never rewritten with the message.
 */
export interface MessageEvent {
  _id: Types.ObjectId
  messageId: Types.ObjectId
  type: string
  at: Date
  actor: EventActor
  fromStatus?: string
  toStatus?: string
  /** Whether the citizen may see this event (internal notes may not). */
  visibleToCitizen: boolean
  data?: Record<string, unknown>
}

const messageEventSchema = new Schema<MessageEvent>(
  {
    messageId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    actor: {
      kind: { type: String, enum: ['citizen', 'staff', 'system'], required: true },
      id: { type: String },
    },
    fromStatus: { type: String },
    toStatus: { type: String },
    visibleToCitizen: { type: Boolean, required: true },
    data: { type: Schema.Types.Mixed },
  },
  { collection: 'message_events', versionKey: false },
)

messageEventSchema.index({ messageId: 1, at: 1 })

export function messageEventModel(connection: Connection): Model<MessageEvent> {
  return (
    (connection.models.MessageEvent as Model<MessageEvent> | undefined) ??
    connection.model<MessageEvent>('MessageEvent', messageEventSchema)
  )
}
