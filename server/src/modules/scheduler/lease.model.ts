import { Schema, type Connection, type Model } from 'mongoose'

/**
 * A named lease: the one server instance that holds it (until it expires) runs the scheduled
 * work, so several instances behind a load balancer do not each send the reminders.
 */
export interface Lease {
  _id: string
  holder: string
  expiresAt: Date
}

const leaseSchema = new Schema<Lease>(
  {
    _id: { type: String, required: true },
    holder: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'leases', versionKey: false, strict: 'throw' },
)

export function leaseModel(connection: Connection): Model<Lease> {
  return (
    (connection.models.Lease as Model<Lease> | undefined) ??
    connection.model<Lease>('Lease', leaseSchema)
  )
}

/**
 * A record of scheduled work, two kinds by `_id`:
 * - `<job>:<Beijing date>`: the day's run of a job is done. Written AFTER the work, so a run
 *   interrupted by a crash or a lost lease is finished by the next tick.
 * - `reminders:<Beijing date>:<recipient>`: one recipient's reminder of the day, inserted
 *   (`sending`) before delivery and marked `sent` after it. The unique `_id` means no two
 *   instances deliver it at once, and a retry skips it once sent.
 */
export interface ScheduledRun {
  _id: string
  at: Date
  holder: string
  /** Of a recipient's reminder; a day's run has none. */
  state?: 'sending' | 'sent'
  summary?: Record<string, unknown>
}

const scheduledRunSchema = new Schema<ScheduledRun>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    holder: { type: String, required: true },
    state: { type: String, enum: ['sending', 'sent'] },
    summary: { type: Schema.Types.Mixed },
  },
  { collection: 'scheduled_runs', versionKey: false, strict: 'throw' },
)

export function scheduledRunModel(connection: Connection): Model<ScheduledRun> {
  return (
    (connection.models.ScheduledRun as Model<ScheduledRun> | undefined) ??
    connection.model<ScheduledRun>('ScheduledRun', scheduledRunSchema)
  )
}
