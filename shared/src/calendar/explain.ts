/**
 * Human-checkable accounts of the calendar's answers: why each day is or is not a working day,
 * and how a reply deadline was counted, so that staff can settle a disputed date by hand.
 * Output is plain data (JSON-friendly) with Chinese labels.
 */
import { fromEpochDay, weekdayName, type IsoDate } from './dates'
import type { YearNotice, YearSchedule } from './schedules'

/**
 * What a day is, in order of the codes the calendar stores per day: the first two are working
 * days, the others are not.
 */
export const DAY_KINDS = [
  'weekday',
  'make-up-working-day',
  'weekend',
  'official-rest-day',
  'law-fixed-rest-day',
] as const
export type DayKind = (typeof DAY_KINDS)[number]

/** Codes of DAY_KINDS, as stored in the calendar's per-day arrays. */
export const KIND = {
  weekday: 0,
  makeUp: 1,
  weekend: 2,
  officialRest: 3,
  lawFixedRest: 4,
} as const

/** Whether a stored day code is a working day. */
export function isWorkingCode(code: number): boolean {
  return code <= KIND.makeUp
}

/** The status of one day and the reason for it. */
export interface DayStatus {
  date: IsoDate
  /** '星期一' … '星期日' */
  weekday: string
  working: boolean
  kind: DayKind
  /** Why, in Chinese, for staff and citizens. */
  reason: string
  /** The notice that made the day a rest day or a make-up working day. */
  notice?: YearNotice
  /** True when the day's year has no official schedule yet, so its status may still change. */
  provisional: boolean
}

/** A working day counted towards a deadline, with its place in the count. */
export interface CountedDay extends DayStatus {
  /** 1 for the first working day after receipt, … N for the due date. */
  ordinal: number
}

/** Which schedule decided the days of one year of a counted period. */
export interface YearSource {
  year: number
  /** Null when the year's schedule is not known and the fallback rule was used. */
  notice: YearNotice | null
  note: string
}

/** How a reply deadline was counted, day by day. */
export interface DeadlineExplanation {
  /** The counting rule, in Chinese. */
  rule: string
  receivedAt: Date
  receivedDate: IsoDate
  /** The day of receipt, which is never counted. */
  receivedDay: DayStatus
  workingDays: number
  dueDate: IsoDate
  /** 24:00 Beijing time of dueDate. */
  dueAt: Date
  provisional: boolean
  /** The working days counted, in order; the last one is the due date. */
  counted: CountedDay[]
  /** Days between receipt and the due date that are not working days. */
  skipped: DayStatus[]
  /** The schedule used for each year the period touches. */
  sources: YearSource[]
}

/** A notice as a reader can find it: its number, or its title and date when the number is unknown. */
export function noticeLabel(notice: YearNotice): string {
  if (notice.number) return notice.number
  return `${notice.title ?? '节假日安排通知'}（${notice.issuedOn} 发布，文号未知）`
}

/** The status of `epochDay` whose stored code is `code`, in a year with or without a schedule. */
export function dayStatus(
  epochDay: number,
  code: number,
  year: number,
  schedule: YearSchedule | undefined,
): DayStatus {
  const kind = DAY_KINDS[code] ?? 'weekday'
  const base = {
    date: fromEpochDay(epochDay),
    weekday: weekdayName(epochDay),
    working: isWorkingCode(code),
    kind,
    provisional: schedule === undefined,
  }
  const pending = `${year} 年放假安排尚未公布，暂按`
  if ((kind === 'make-up-working-day' || kind === 'official-rest-day') && schedule) {
    const what = kind === 'make-up-working-day' ? '调休上班' : '法定节假日放假'
    return {
      ...base,
      reason: `${what}（${noticeLabel(schedule.notice)}）`,
      notice: schedule.notice,
    }
  }
  if (kind === 'law-fixed-rest-day') {
    return { ...base, reason: `法定节假日（${pending}《全国年节及纪念日放假办法》规定的日期放假）` }
  }
  if (kind === 'weekend') {
    return { ...base, reason: schedule ? '周末休息' : `周末休息（${pending}周末计）` }
  }
  return { ...base, reason: schedule ? '周一至周五，工作日' : `周一至周五（${pending}工作日计）` }
}

/** The counting rule for a period of `workingDays` working days after a receipt on `receivedDate`. */
export function countingRule(receivedDate: IsoDate, workingDays: number): string {
  return (
    `收到当日（北京时间 ${receivedDate}）不计，自次日起数工作日，第 ${workingDays} 个工作日的 ` +
    '24:00（北京时间）为答复期限。工作日为星期一至星期五，但国务院办公厅节假日安排通知规定放假的' +
    '日子除外；通知规定调休上班的星期六、星期日也是工作日。尚未公布安排的年份暂按星期一至星期五' +
    '及《全国年节及纪念日放假办法》规定的公历节日计算，结果为暂定，公布后重新计算。'
  )
}

/** The source of each year in `years`, for an explanation. */
export function yearSources(
  years: readonly number[],
  scheduleOf: (year: number) => YearSchedule | undefined,
): YearSource[] {
  return years.map((year) => {
    const schedule = scheduleOf(year)
    return schedule
      ? { year, notice: schedule.notice, note: `按${noticeLabel(schedule.notice)}` }
      : { year, notice: null, note: `${year} 年放假安排尚未公布，暂定` }
  })
}
