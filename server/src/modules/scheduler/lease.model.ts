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
 * A daily job that has run: `<job>:<Beijing date>`. Inserting it is what claims the day, so a
 * job runs at most once a day even if two instances both believed they held the lease.
 */
export interface ScheduledRun {
  _id: string
  at: Date
  holder: string
  summary?: Record<string, unknown>
}

const scheduledRunSchema = new Schema<ScheduledRun>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    holder: { type: String, required: true },
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
