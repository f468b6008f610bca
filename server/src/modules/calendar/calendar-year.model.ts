import { Schema, type Connection, type Model, type Types } from 'mongoose'

/**
 * One version of a year's official schedule. Loading a year adds a version; the highest
 * version of each year is in force. Earlier versions stay as the record of what was used.
 */
export interface CalendarYearVersion {
  _id: Types.ObjectId
  year: number
  version: number
  restDays: string[]
  makeUpWorkingDays: string[]
  notice: { number: string | null; title?: string; issuedOn: string }
  /** 'shipped' for the data that comes with the code, 'loaded' for an operator's load. */
  source: 'shipped' | 'loaded'
  loadedAt: Date
  loadedBy: string
}

const calendarYearSchema = new Schema<CalendarYearVersion>(
  {
    year: { type: Number, required: true },
    version: { type: Number, required: true },
    restDays: { type: [String], required: true },
    makeUpWorkingDays: { type: [String], required: true },
    notice: {
      number: { type: String, default: null },
      title: { type: String },
      issuedOn: { type: String, required: true },
    },
    source: { type: String, enum: ['shipped', 'loaded'], required: true },
    loadedAt: { type: Date, required: true },
    loadedBy: { type: String, required: true },
  },
  { collection: 'calendar_years', versionKey: false },
)

calendarYearSchema.index({ year: 1, version: 1 }, { unique: true })
calendarYearSchema.index({ loadedAt: -1 })

export function calendarYearModel(connection: Connection): Model<CalendarYearVersion> {
  return (
    (connection.models.CalendarYearVersion as Model<CalendarYearVersion> | undefined) ??
    connection.model<CalendarYearVersion>('CalendarYearVersion', calendarYearSchema)
  )
}
