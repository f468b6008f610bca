import {
  BEIJING_OFFSET_MS,
  beijingEpochDay,
  civilFromEpochDay,
  DAY_MS,
  epochDayFromCivil,
  fromEpochDay,
  isWeekend,
  MAX_YEAR,
  MIN_YEAR,
  ORDINAL_YEAR,
  parseIsoOrdinal,
  toEpochDay,
  type IsoDate,
} from './dates'
import {
  countingRule,
  dayStatus,
  isWorkingCode,
  KIND,
  yearSources,
  type CountedDay,
  type DayStatus,
  type DeadlineExplanation,
} from './explain'
import { scheduleProblems } from './schedule-schema'
import { lawFixedRestDays, type YearSchedule } from './schedules'

// Local copies of the imports the hot paths use: compiled to CommonJS (tsx runs the server, swc
// the tests), each use of an imported binding is a getter call, which costs more than the
// lookup itself (measured with test/bench/calendar.bench.ts).
const parseOrdinal = parseIsoOrdinal
const isWorking = isWorkingCode
const PER_YEAR = ORDINAL_YEAR
const MAX_SUPPORTED_YEAR = MAX_YEAR

/** Reply deadline of a message received at `receivedAt`. */
export interface ReplyDeadline {
  receivedDate: IsoDate
  dueDate: IsoDate
  /** 24:00 Beijing time of dueDate. */
  dueAt: Date
  /** True when a day of the period lies in a year whose official schedule is not known yet. */
  provisional: boolean
}

/** Working days of mainland China under a given set of yearly schedules. */
export interface WorkingCalendar {
  /** The years with an official schedule, ascending. */
  readonly years: readonly number[]
  /** The official schedule of `year`, if known. */
  schedule(year: number): YearSchedule | undefined
  /** Whether `year` has an official schedule (otherwise its days are provisional). */
  hasYear(year: number): boolean
  /** Whether the status of `date` comes from an official schedule. */
  isCertain(date: IsoDate): boolean
  /** Whether `date` is a working day. */
  isWorkingDay(date: IsoDate): boolean
  /** The status of `date` with the reason, for display. */
  describeDay(date: IsoDate): DayStatus
  /** The n-th working day strictly after `date`; n = 0 gives `date` itself. */
  addWorkingDays(date: IsoDate, n: number): IsoDate
  /** Working days d with from < d ≤ to; negated when to < from, 0 when equal. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number
  /** End of the `workingDays`-th working day after the Beijing date of `receivedAt`. */
  replyDeadline(receivedAt: Date, workingDays?: number): ReplyDeadline
  /** replyDeadline with every day between receipt and the due date and why it counts or not. */
  explainDeadline(receivedAt: Date, workingDays?: number): DeadlineExplanation
}

/** Per-year lookup tables; built once per year, so that each question is a few array reads. */
interface YearIndex {
  year: number
  /** Epoch day of 1 January. */
  start: number
  /** KIND code of each day of the year. */
  codes: Uint8Array
  /** cumulative[i]: working days among the first i days of the year (length: days + 1). */
  cumulative: Int32Array
  /** ordinals[k]: day of the year (0-based) of the year's (k + 1)-th working day. */
  ordinals: Int32Array
  /** The IsoDate of each day, so that answers need no formatting. */
  iso: string[]
  /** Undefined for a year without an official schedule (weekdays and law-fixed days). */
  schedule: YearSchedule | undefined
}

/** Years without a schedule are built on demand; this bounds how many are kept. */
const FALLBACK_CACHE_SIZE = 64

function buildYearIndex(year: number, schedule: YearSchedule | undefined): YearIndex {
  const start = epochDayFromCivil(year, 1, 1)
  const length = epochDayFromCivil(year + 1, 1, 1) - start
  const codes = new Uint8Array(length)
  const iso = new Array<string>(length)
  for (let i = 0; i < length; i += 1) {
    codes[i] = isWeekend(start + i) ? KIND.weekend : KIND.weekday
    iso[i] = fromEpochDay(start + i)
  }
  const restCode = schedule ? KIND.officialRest : KIND.lawFixedRest
  for (const date of schedule ? schedule.restDays : lawFixedRestDays(year)) {
    codes[toEpochDay(date) - start] = restCode
  }
  for (const date of schedule?.makeUpWorkingDays ?? []) {
    codes[toEpochDay(date) - start] = KIND.makeUp
  }
  const cumulative = new Int32Array(length + 1)
  const ordinals: number[] = []
  for (let i = 0; i < length; i += 1) {
    const working = isWorkingCode(codes[i]!)
    cumulative[i + 1] = cumulative[i]! + (working ? 1 : 0)
    if (working) ordinals.push(i)
  }
  return { year, start, codes, cumulative, ordinals: Int32Array.from(ordinals), iso, schedule }
}

/** A private copy, so that a caller changing its arrays later cannot desynchronise the index. */
function copySchedule(schedule: YearSchedule): YearSchedule {
  return {
    year: schedule.year,
    restDays: [...schedule.restDays],
    makeUpWorkingDays: [...schedule.makeUpWorkingDays],
    notice: { ...schedule.notice },
  }
}

/** Throws RangeError unless `n` is an integer ≥ `min`. */
function checkCount(n: number, min: number): void {
  if (!Number.isInteger(n) || n < min) {
    throw new RangeError(`工作日数须为不小于 ${min} 的整数：${String(n)}`)
  }
}

function yearOfEpochDay(epochDay: number): number {
  return civilFromEpochDay(epochDay)[0]
}

/**
 * A calendar for the given schedules (at most one per year). Years without a schedule follow
 * the fallback rule: Monday–Friday except the days the law fixes (1 January …), provisional.
 * Throws RangeError when a schedule is inconsistent (see scheduleProblems).
 */
export function createWorkingCalendar(schedules: readonly YearSchedule[]): WorkingCalendar {
  const known = new Map<number, YearIndex>()
  for (const schedule of schedules) {
    const { year } = schedule
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      throw new RangeError(`节假日安排的年份无效：${String(year)}`)
    }
    if (known.has(year)) throw new RangeError(`${year} 年的节假日安排重复提供`)
    const problems = scheduleProblems(schedule)
    if (problems.length > 0) {
      throw new RangeError(`${year} 年节假日安排有误：${problems.map((p) => p.message).join('；')}`)
    }
    known.set(year, buildYearIndex(year, copySchedule(schedule)))
  }
  const years = Object.freeze([...known.keys()].sort((a, b) => a - b))
  const fallback = new Map<number, YearIndex>()

  function yearIndex(year: number): YearIndex {
    const index = known.get(year) ?? fallback.get(year)
    if (index) return index
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
      throw new RangeError(`日期超出支持的范围（${MIN_YEAR} 至 ${MAX_YEAR} 年）：${year} 年`)
    }
    if (fallback.size >= FALLBACK_CACHE_SIZE) fallback.clear()
    const built = buildYearIndex(year, undefined)
    fallback.set(year, built)
    return built
  }

  /** The n-th (n ≥ 1) working day after day `offset` of `index`'s year, as index and offset. */
  function advance(
    index: YearIndex,
    offset: number,
    n: number,
  ): { index: YearIndex; offset: number } {
    // A year has at most 366 working days; refuse at once what cannot end before year 9999.
    if (n > (MAX_SUPPORTED_YEAR - index.year + 1) * 366) {
      throw new RangeError(`日期超出支持的范围（${MIN_YEAR} 至 ${MAX_SUPPORTED_YEAR} 年）`)
    }
    let current = index
    let ordinal = current.cumulative[offset + 1]! + n
    while (ordinal > current.ordinals.length) {
      ordinal -= current.ordinals.length
      current = yearIndex(current.year + 1)
    }
    return { index: current, offset: current.ordinals[ordinal - 1]! }
  }

  /** Working days d with a < d ≤ b, for a < b. */
  function countAfter(a: number, b: number): number {
    const first = yearIndex(yearOfEpochDay(a))
    const last = yearIndex(yearOfEpochDay(b))
    const upToB = last.cumulative[b - last.start + 1]!
    const upToA = first.cumulative[a - first.start + 1]!
    if (first === last) return upToB - upToA
    let count = first.ordinals.length - upToA + upToB
    for (let year = first.year + 1; year < last.year; year += 1) {
      count += yearIndex(year).ordinals.length
    }
    return count
  }

  /** Whether any day d with a < d ≤ b lies in a year without an official schedule. */
  function touchesUnknownYear(a: number, b: number): boolean {
    for (let year = yearOfEpochDay(a + 1); year <= yearOfEpochDay(b); year += 1) {
      if (!known.has(year)) return true
    }
    return false
  }

  function statusOf(epochDay: number): DayStatus {
    const index = yearIndex(yearOfEpochDay(epochDay))
    return dayStatus(epochDay, index.codes[epochDay - index.start]!, index.year, index.schedule)
  }

  /** Year and day of the year of `date`; throws RangeError when it is not a valid IsoDate. */
  function locate(date: IsoDate): number {
    const ordinal = parseOrdinal(date)
    if (ordinal < 0) throw new RangeError(`日期须为有效的 YYYY-MM-DD 日期：${String(date)}`)
    return ordinal
  }

  function isWorkingDay(date: IsoDate): boolean {
    const ordinal = locate(date)
    const year = (ordinal / PER_YEAR) | 0
    return isWorking(yearIndex(year).codes[ordinal - year * PER_YEAR]!)
  }

  function addWorkingDays(date: IsoDate, n: number): IsoDate {
    const ordinal = locate(date)
    checkCount(n, 0)
    if (n === 0) return date
    const year = (ordinal / PER_YEAR) | 0
    const { index, offset } = advance(yearIndex(year), ordinal - year * PER_YEAR, n)
    return index.iso[offset]!
  }

  function workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const a = toEpochDay(from)
    const b = toEpochDay(to)
    if (a === b) return 0
    // `0 - x` rather than `-x`: no -0 when there is no working day in between.
    return a < b ? countAfter(a, b) : 0 - countAfter(b, a)
  }

  function replyDeadline(receivedAt: Date, workingDays = 5): ReplyDeadline {
    checkCount(workingDays, 1)
    const received = beijingEpochDay(receivedAt)
    const start = yearIndex(yearOfEpochDay(received))
    const { index, offset } = advance(start, received - start.start, workingDays)
    const due = index.start + offset
    return {
      receivedDate: start.iso[received - start.start]!,
      dueDate: index.iso[offset]!,
      dueAt: new Date((due + 1) * DAY_MS - BEIJING_OFFSET_MS),
      provisional: touchesUnknownYear(received, due),
    }
  }

  function explainDeadline(receivedAt: Date, workingDays = 5): DeadlineExplanation {
    const deadline = replyDeadline(receivedAt, workingDays)
    const received = toEpochDay(deadline.receivedDate)
    const due = toEpochDay(deadline.dueDate)
    const counted: CountedDay[] = []
    const skipped: DayStatus[] = []
    const periodYears: number[] = []
    for (let day = received + 1; day <= due; day += 1) {
      const status = statusOf(day)
      if (status.working) counted.push({ ...status, ordinal: counted.length + 1 })
      else skipped.push(status)
      const year = yearOfEpochDay(day)
      if (periodYears[periodYears.length - 1] !== year) periodYears.push(year)
    }
    return {
      rule: countingRule(deadline.receivedDate, workingDays),
      receivedAt: new Date(receivedAt.getTime()),
      receivedDate: deadline.receivedDate,
      receivedDay: statusOf(received),
      workingDays,
      dueDate: deadline.dueDate,
      dueAt: deadline.dueAt,
      provisional: deadline.provisional,
      counted,
      skipped,
      sources: yearSources(periodYears, (year) => known.get(year)?.schedule),
    }
  }

  return Object.freeze({
    years,
    schedule: (year: number) => {
      const schedule = known.get(year)?.schedule
      return schedule && copySchedule(schedule)
    },
    hasYear: (year: number) => known.has(year),
    isCertain: (date: IsoDate) => known.has(yearOfEpochDay(toEpochDay(date))),
    isWorkingDay,
    describeDay: (date: IsoDate) => statusOf(toEpochDay(date)),
    addWorkingDays,
    workingDaysBetween,
    replyDeadline,
    explainDeadline,
  })
}
