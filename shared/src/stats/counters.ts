import { fromEpochDay, toEpochDay, weekdayOf, type IsoDate } from '../calendar/dates'
import type { MessageCategory } from '../messages/categories'

/**
 * The office's figures (按期答复率 and the rest) are kept as counters per Beijing day, unit and
 * category, so a period's figures are a sum of small documents, never a scan of its messages.
 * The definitions (README, "统计口径") live here and are used by the live counters, the rebuild
 * and the exports alike.
 */
export const COUNTER_FIELDS = [
  /** Messages received that day which the unit now holds (待分办 until dispatched). */
  'received',
  /** First answers (reply or 不予受理) given that day; later answers to a 追问 are not counted. */
  'answered',
  /** Of those, sent by the deadline then in force (an approved extension included). */
  'answeredOnTime',
  /** Of those, declines (不予受理 with a reason). */
  'declined',
  /** Messages the unit transferred to another unit that day. */
  'transfers',
  /** Extensions (延期) the office approved that day. */
  'extensions',
  /** Extension requests the office refused that day. */
  'extensionsRefused',
  /** Citizens' ratings (好差评) given that day. */
  'rated',
  /** Of those, 非常满意 or 满意. */
  'satisfied',
] as const

export type CounterField = (typeof COUNTER_FIELDS)[number]

/** Working days to a first answer are kept exactly up to this many; later answers share it. */
export const ANSWER_DAYS_CAP = 30

/** Rating levels that count as satisfied: 5 非常满意 and 4 满意. */
export const SATISFIED_MIN_LEVEL = 4

/** Key of messages the office has not dispatched yet. */
export const UNASSIGNED_UNIT = 'unassigned'

/** Key of messages the office answered itself before dispatching them (e.g. 不予受理). */
export const OFFICE_UNIT = 'office'

export type Counters = Record<CounterField, number> & {
  /** How many first answers took n working days (n capped at ANSWER_DAYS_CAP), by n. */
  answerDays: Record<string, number>
}

/**
 * The unit a message counts for: the unit holding it; the office when it answered the message
 * itself before dispatching it; 待分办 (unassigned) until then.
 */
export function holderOf(message: {
  unit?: string | undefined
  firstAnsweredAt?: Date | undefined
}): string {
  return message.unit ?? (message.firstAnsweredAt ? OFFICE_UNIT : UNASSIGNED_UNIT)
}

/** What one event adds to the counters of one day, unit and category. */
export interface CounterBump {
  date: string
  unit: string
  category: MessageCategory
  inc: Partial<Counters>
}

export function emptyCounters(): Counters {
  const counters = { answerDays: {} } as Counters
  for (const field of COUNTER_FIELDS) counters[field] = 0
  return counters
}

/** Adds `from` into `into` (histograms too) and returns `into`. */
export function addCounters(into: Counters, from: Partial<Counters>): Counters {
  for (const field of COUNTER_FIELDS) into[field] += from[field] ?? 0
  for (const [days, count] of Object.entries(from.answerDays ?? {})) {
    into.answerDays[days] = (into.answerDays[days] ?? 0) + count
  }
  return into
}

/** The histogram bucket of an answer that took `workingDays` working days. */
export function answerDaysBucket(workingDays: number): string {
  return String(Math.min(Math.max(0, workingDays), ANSWER_DAYS_CAP))
}

/**
 * The p-th percentile (0 < p ≤ 1) of a histogram by the nearest-rank method: the smallest
 * value v such that at least ⌈p·n⌉ answers took v days or fewer. Null when it is empty.
 */
export function histogramPercentile(histogram: Record<string, number>, p: number): number | null {
  const entries = Object.entries(histogram)
    .map(([days, count]) => [Number(days), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0])
  const total = entries.reduce((sum, [, count]) => sum + count, 0)
  if (total === 0) return null
  const rank = Math.max(1, Math.ceil(p * total))
  let seen = 0
  for (const [days, count] of entries) {
    seen += count
    if (seen >= rank) return days
  }
  return null
}

/** Periods of a trend. */
export const TREND_GRANULARITIES = ['week', 'month'] as const
export type TrendGranularity = (typeof TREND_GRANULARITIES)[number]

/** The period a day belongs to: the Monday of its week, or the first day of its month. */
export function periodStart(date: IsoDate, granularity: TrendGranularity): IsoDate {
  if (granularity === 'month') return `${date.slice(0, 7)}-01`
  const epochDay = toEpochDay(date)
  // weekdayOf: 0 = Sunday … 6 = Saturday; weeks start on Monday.
  return fromEpochDay(epochDay - ((weekdayOf(epochDay) + 6) % 7))
}
