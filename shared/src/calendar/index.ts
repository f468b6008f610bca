/**
 * The working-day calendar of mainland China (official rest days and make-up working days,
 * 调休上班) and the reply deadlines counted with it. Pure and deterministic: Beijing dates only,
 * whatever the process's time zone.
 */
import type { IsoDate } from './dates'
import type { DeadlineExplanation } from './explain'
import { SHIPPED_SCHEDULES } from './schedules'
import { createWorkingCalendar, type ReplyDeadline, type WorkingCalendar } from './working-calendar'

export {
  BEIJING_OFFSET_MS,
  beijingDate,
  endOfBeijingDay,
  fromEpochDay,
  isIsoDate,
  toEpochDay,
  type IsoDate,
} from './dates'
export {
  DAY_KINDS,
  noticeLabel,
  type CountedDay,
  type DayKind,
  type DayStatus,
  type DeadlineExplanation,
  type YearSource,
} from './explain'
export {
  scheduleProblems,
  yearScheduleSchema,
  type LoadedYearSchedule,
  type ScheduleProblem,
} from './schedule-schema'
export {
  lawFixedRestDays,
  SHIPPED_SCHEDULES,
  type YearNotice,
  type YearSchedule,
} from './schedules'
export { createWorkingCalendar, type ReplyDeadline, type WorkingCalendar } from './working-calendar'

/** The calendar of the schedules shipped with the code (2024–2026). */
export const defaultCalendar: WorkingCalendar = createWorkingCalendar(SHIPPED_SCHEDULES)

/** Whether `date` is a working day, by the shipped schedules. */
export function isWorkingDay(date: IsoDate): boolean {
  return defaultCalendar.isWorkingDay(date)
}

/** The n-th working day strictly after `date` (n = 0: `date`), by the shipped schedules. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  return defaultCalendar.addWorkingDays(date, n)
}

/** Working days d with from < d ≤ to (negated when to < from), by the shipped schedules. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  return defaultCalendar.workingDaysBetween(from, to)
}

/** Reply deadline of a message received at `receivedAt`, by the shipped schedules. */
export function replyDeadline(receivedAt: Date, workingDays = 5): ReplyDeadline {
  return defaultCalendar.replyDeadline(receivedAt, workingDays)
}

/** How the reply deadline of a message received at `receivedAt` is counted, day by day. */
export function explainDeadline(receivedAt: Date, workingDays = 5): DeadlineExplanation {
  return defaultCalendar.explainDeadline(receivedAt, workingDays)
}
