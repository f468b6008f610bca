import { Schema, type Connection, type Model } from 'mongoose'
import {
  COUNTER_FIELDS,
  MESSAGE_CATEGORIES,
  type Counters,
  type MessageCategory,
} from '@zhengmin/shared'

/**
 * The counters of one Beijing day, unit and category (see COUNTER_FIELDS), raised with `$inc`
 * as events happen and rebuilt from the messages by `npm run stats -- rebuild`.
 */
export type UnitDayStats = Counters & {
  /** `<date>|<unit>|<category>`, so an increment is one upsert by id. */
  _id: string
  date: string
  unit: string
  category: MessageCategory
  /**
   * Actions already counted here, by action id (an ObjectId, so it tells its time): what makes
   * counting exactly once. `npm run reconcile` drops old marks.
   */
  applied?: Record<string, true>
}

const counterPaths = Object.fromEntries(
  COUNTER_FIELDS.map((field) => [field, { type: Number, default: 0 }]),
)

const unitDayStatsSchema = new Schema<UnitDayStats>(
  {
    _id: { type: String, required: true },
    date: { type: String, required: true },
    unit: { type: String, required: true },
    category: { type: String, enum: MESSAGE_CATEGORIES, required: true },
    ...counterPaths,
    answerDays: { type: Schema.Types.Mixed, default: {} },
    applied: { type: Schema.Types.Mixed },
  },
  { collection: 'unit_day_stats', versionKey: false },
)

// A period's counters, for the bureau or one unit.
unitDayStatsSchema.index({ date: 1 })
unitDayStatsSchema.index({ unit: 1, date: 1 })

export function unitDayStatsModel(connection: Connection): Model<UnitDayStats> {
  return (
    (connection.models.UnitDayStats as Model<UnitDayStats> | undefined) ??
    connection.model<UnitDayStats>('UnitDayStats', unitDayStatsSchema)
  )
}
