/**
 * Date-only arithmetic on "epoch days" (whole days since 1970-01-01) and 'YYYY-MM-DD' strings.
 * Everything here is plain integer arithmetic, so no result depends on the process's time zone:
 * no local-time Date constructors, no getDay()/getDate().
 */

/** A calendar date in Beijing, 'YYYY-MM-DD'. */
export type IsoDate = string

/** Beijing is UTC+8 all year round (no daylight saving since 1991). */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
/** Milliseconds in a day; days are all the same length in UTC and in Beijing. */
export const DAY_MS = 24 * 60 * 60 * 1000

/** Years an IsoDate can express with four digits (proleptic Gregorian calendar). */
export const MIN_YEAR = 1
export const MAX_YEAR = 9999

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7
}

/** Whether an epoch day is a Saturday or a Sunday. */
export function isWeekend(epochDay: number): boolean {
  const weekday = weekdayOf(epochDay)
  return weekday === 0 || weekday === 6
}

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Number of days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0)
}

/**
 * Epoch day of a civil date (H. Hinnant's days_from_civil). Unlike Date.UTC it does not map
 * years 0–99 to 1900–1999.
 */
export function epochDayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const shiftedMonth = month > 2 ? month - 3 : month + 9 // March = 0, so leap day is last
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** Civil year, month (1–12) and day of an epoch day (H. Hinnant's civil_from_days). */
export function civilFromEpochDay(epochDay: number): [year: number, month: number, day: number] {
  const z = epochDay + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

/** Days before the first of each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/** Multiplier packing a year and a 0-based day of the year into one integer (see parseIsoOrdinal). */
export const ORDINAL_YEAR = 1000

/**
 * A strict 'YYYY-MM-DD' date packed as year × 1000 + day of the year (0-based), or -1 when `s`
 * is not one (wrong shape, 2025-02-29, year 0000…). Hand-written rather than a regex plus
 * Date.parse, and packed into one small integer rather than an object: it sits on the hot path.
 */
export function parseIsoOrdinal(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10) return -1
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1 // '-'
  const y1 = s.charCodeAt(0) - 48
  const y2 = s.charCodeAt(1) - 48
  const y3 = s.charCodeAt(2) - 48
  const y4 = s.charCodeAt(3) - 48
  const m1 = s.charCodeAt(5) - 48
  const m2 = s.charCodeAt(6) - 48
  const d1 = s.charCodeAt(8) - 48
  const d2 = s.charCodeAt(9) - 48
  // `>>> 0` turns a negative difference (a character below '0') into a huge number.
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9) return -1
  if (m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return -1
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4
  const month = m1 * 10 + m2
  const day = d1 * 10 + d2
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return -1
  if (day > daysInMonth(year, month)) return -1
  const leapDay = month > 2 && isLeapYear(year) ? 1 : 0
  return year * ORDINAL_YEAR + DAYS_BEFORE_MONTH[month - 1]! + leapDay + day - 1
}

/** Epoch day of a strict 'YYYY-MM-DD' date, or NaN when `s` is not one. */
export function parseIsoDate(s: unknown): number {
  const ordinal = parseIsoOrdinal(s)
  if (ordinal < 0) return Number.NaN
  const year = Math.floor(ordinal / ORDINAL_YEAR)
  return epochDayFromCivil(year, 1, 1) + (ordinal - year * ORDINAL_YEAR)
}

/** Whether `s` is a real calendar date written 'YYYY-MM-DD' (years 0001–9999). */
export function isIsoDate(s: unknown): s is IsoDate {
  return parseIsoOrdinal(s) >= 0
}

/** Epoch day of a valid IsoDate; throws RangeError for anything else. */
export function toEpochDay(date: IsoDate): number {
  const epochDay = parseIsoDate(date)
  if (Number.isNaN(epochDay)) {
    throw new RangeError(`日期须为有效的 YYYY-MM-DD 日期：${String(date)}`)
  }
  return epochDay
}

const EPOCH_DAY_MIN = epochDayFromCivil(MIN_YEAR, 1, 1)
const EPOCH_DAY_MAX = epochDayFromCivil(MAX_YEAR, 12, 31)

/** The IsoDate of an epoch day; throws RangeError outside years 0001–9999. */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay) || epochDay < EPOCH_DAY_MIN || epochDay > EPOCH_DAY_MAX) {
    throw new RangeError(`日期超出支持的范围（0001-01-01 至 9999-12-31）：第 ${epochDay} 天`)
  }
  const [year, month, day] = civilFromEpochDay(epochDay)
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** Throws RangeError unless `instant` is a Date holding a real time. */
function checkInstant(instant: Date): number {
  const time = instant instanceof Date ? instant.getTime() : Number.NaN
  if (Number.isNaN(time)) throw new RangeError(`时间无效：${String(instant)}`)
  return time
}

/** Epoch day of the Beijing calendar date of an instant. */
export function beijingEpochDay(instant: Date): number {
  return Math.floor((checkInstant(instant) + BEIJING_OFFSET_MS) / DAY_MS)
}

/** The Beijing calendar date of an instant, whatever the process's time zone. */
export function beijingDate(instant: Date): IsoDate {
  return fromEpochDay(beijingEpochDay(instant))
}

/** 24:00 Beijing time at the end of `date` (= 16:00 UTC that day), the last instant of the date. */
export function endOfBeijingDay(date: IsoDate): Date {
  return new Date((toEpochDay(date) + 1) * DAY_MS - BEIJING_OFFSET_MS)
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** Chinese name of the day of the week of an epoch day ('星期一'). */
export function weekdayName(epochDay: number): string {
  return WEEKDAY_NAMES[weekdayOf(epochDay)] ?? ''
}
