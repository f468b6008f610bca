import { Schema, type Connection, type HydratedDocument, type Model, type Types } from 'mongoose'
import { belongsToUnit, STAFF_ROLES, type StaffRole } from '@zhengmin/shared'

/** A member of the bureau's staff who signs in to answer messages or run the system. */
export interface StaffAccount {
  _id: Types.ObjectId
  /** Login name: lowercase, 3–32 of [a-z0-9._-]. */
  username: string
  /** Chinese name shown to colleagues. */
  displayName: string
  role: StaffRole
  /** Unit code; every handler and unit head has one, office and admin may not. */
  unit?: string
  /** argon2id hash in PHC form; the password itself is never stored. */
  passwordHash: string
  /** A disabled account cannot sign in and its sessions stop working. */
  disabled: boolean
  /** Sessions opened before this instant are no longer valid. */
  passwordChangedAt: Date
  lastLoginAt?: Date
  createdAt: Date
  updatedAt: Date
}

export type StaffAccountDocument = HydratedDocument<StaffAccount>

const staffAccountSchema = new Schema<StaffAccount>(
  {
    username: {
      type: String,
      required: true,
      lowercase: true,
      trim: true,
      match: /^[a-z0-9._-]{3,32}$/,
    },
    displayName: { type: String, required: true },
    role: { type: String, enum: STAFF_ROLES, required: true },
    unit: {
      type: String,
      required: function (this: StaffAccount) {
        return belongsToUnit(this.role)
      },
    },
    passwordHash: { type: String, required: true },
    disabled: { type: Boolean, required: true, default: false },
    passwordChangedAt: { type: Date, required: true },
    lastLoginAt: { type: Date },
  },
  { collection: 'staff_accounts', timestamps: true, strict: 'throw' },
)

staffAccountSchema.index({ username: 1 }, { unique: true })

export function staffAccountModel(connection: Connection): Model<StaffAccount> {
  return (
    (connection.models.StaffAccount as Model<StaffAccount> | undefined) ??
    connection.model<StaffAccount>('StaffAccount', staffAccountSchema)
  )
}
