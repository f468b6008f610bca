import { Schema, type Connection, type Model } from 'mongoose'

/**
 * One counter of a limit, shared by every server instance: requests of one client for one
 * purpose in the current window, or a staff login's failed attempts. Changed only by
 * conditional `updateOne` and unique inserts, which are atomic on every engine the product runs
 * on (see rate-counters.ts).
 */
export interface RateCounter {
  /** `<purpose>:<client>`, e.g. `lookup:203.0.113.7`. */
  _id: string
  /** Requests (or failed attempts) counted in the window. */
  count: number
  /** The window ends here and the counter starts again; the database removes it then. */
  resetAt: Date
  /** When the last request was counted. */
  lastAt: Date
  /** The staff username a login counter belongs to, so that a password reset can clear them. */
  subject?: string
  /** When an alert about this counter was logged (at most one per window). */
  alertedAt?: Date
}

const rateCounterSchema = new Schema<RateCounter>(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    resetAt: { type: Date, required: true },
    lastAt: { type: Date, required: true },
    subject: { type: String },
    alertedAt: { type: Date },
  },
  { collection: 'rate_counters', versionKey: false, strict: 'throw' },
)

// Finished windows are removed by MongoDB; the code never relies on it (an old window is
// restarted where it is found), so the embedded engine's lack of TTL deletion does no harm.
rateCounterSchema.index({ resetAt: 1 }, { expireAfterSeconds: 0 })

export function rateCounterModel(connection: Connection): Model<RateCounter> {
  return (
    (connection.models.RateCounter as Model<RateCounter> | undefined) ??
    connection.model<RateCounter>('RateCounter', rateCounterSchema)
  )
}
