import { Schema, type Connection, type Model, type Types } from 'mongoose'

/**
 * A signed-in staff session. Only the SHA-256 of the token is stored, so a copy of the database
 * (a backup, a leaked dump) cannot be used to sign in.
 */
export interface StaffSession {
  _id: Types.ObjectId
  /** Hex SHA-256 of the raw token the client holds. */
  tokenHash: string
  staffId: Types.ObjectId
  createdAt: Date
  expiresAt: Date
  /** Last use, written at most once a minute to spare the database a write per request. */
  lastSeenAt: Date
  /** Set by logout, password reset or disabling the account. */
  revokedAt?: Date
}

/** How long ended sessions are kept (for the record) before the database removes them. */
const KEEP_ENDED_SESSIONS_SECONDS = 30 * 24 * 3600

const staffSessionSchema = new Schema<StaffSession>(
  {
    tokenHash: { type: String, required: true },
    staffId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    revokedAt: { type: Date },
  },
  { collection: 'staff_sessions', versionKey: false, strict: 'throw' },
)

staffSessionSchema.index({ tokenHash: 1 }, { unique: true })
// Revoking every session of one account (password reset, disabling).
staffSessionSchema.index({ staffId: 1 })
staffSessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: KEEP_ENDED_SESSIONS_SECONDS })

export function staffSessionModel(connection: Connection): Model<StaffSession> {
  return (
    (connection.models.StaffSession as Model<StaffSession> | undefined) ??
    connection.model<StaffSession>('StaffSession', staffSessionSchema)
  )
}
