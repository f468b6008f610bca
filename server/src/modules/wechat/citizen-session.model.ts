import { Schema, type Connection, type Model, type Types } from 'mongoose'

/**
 * A citizen signed in through WeChat (wx.login → jscode2session). Only the SHA-256 of the token
 * is stored. The openid is WeChat's pseudonymous id of the citizen for this mini-program; the
 * session key WeChat also returns is not needed and is never stored.
 */
export interface CitizenSession {
  _id: Types.ObjectId
  tokenHash: string
  openid: string
  createdAt: Date
  expiresAt: Date
}

const citizenSessionSchema = new Schema<CitizenSession>(
  {
    tokenHash: { type: String, required: true },
    openid: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'citizen_sessions', versionKey: false, strict: 'throw' },
)

citizenSessionSchema.index({ tokenHash: 1 }, { unique: true })
// Expired sessions are removed by the database.
citizenSessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })

export function citizenSessionModel(connection: Connection): Model<CitizenSession> {
  return (
    (connection.models.CitizenSession as Model<CitizenSession> | undefined) ??
    connection.model<CitizenSession>('CitizenSession', citizenSessionSchema)
  )
}
