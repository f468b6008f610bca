import { Schema, type Connection, type Model } from 'mongoose'

/**
 * A staff action on citizens' personal data that concerns no single message (an export of the
 * message list with phones), kept in `staff_audit`. Written only by personal-data-audit.ts.
 */
export interface StaffAuditEntry {
  at: Date
  staffId: string
  action: string
  data: Record<string, unknown>
}

const staffAuditSchema = new Schema<StaffAuditEntry>(
  {
    at: { type: Date, required: true },
    staffId: { type: String, required: true },
    action: { type: String, required: true },
    data: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'staff_audit', versionKey: false, strict: 'throw' },
)

staffAuditSchema.index({ at: -1 })

export function staffAuditModel(connection: Connection): Model<StaffAuditEntry> {
  return (
    (connection.models.StaffAudit as Model<StaffAuditEntry> | undefined) ??
    connection.model<StaffAuditEntry>('StaffAudit', staffAuditSchema)
  )
}
