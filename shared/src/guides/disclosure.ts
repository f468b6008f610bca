import type { WorkingCalendar } from '../calendar'

/**
 * The bureau's disclosure standard: a change to a service is published in its guide within
 * 20 working days of taking effect.
 */
export const DISCLOSURE_WORKING_DAYS = 20
/** Working days before the due date from which the office is warned. */
export const DISCLOSURE_DUE_SOON_WORKING_DAYS = 5

export const DISCLOSURE_STATES = ['current', 'on-track', 'due-soon', 'overdue'] as const
export type DisclosureState = (typeof DISCLOSURE_STATES)[number]

export const DISCLOSURE_STATE_LABELS: Record<DisclosureState, string> = {
  current: '已是最新',
  'on-track': '待更新',
  'due-soon': '即将到期',
  overdue: '已超期',
}

export interface DisclosureStatus {
  state: DisclosureState
  /** Last day to publish the update (Beijing date); absent when nothing is pending. */
  dueDate?: string
  /** Working days from today to the due date: 0 on the day, negative once overdue. */
  workingDaysLeft?: number
}

/**
 * Where a guide stands against the 20-working-day rule, given the date a recorded change took
 * effect (none: nothing pending) and today's Beijing date.
 */
export function disclosureStatus(
  pendingEffectiveOn: string | undefined,
  today: string,
  calendar: WorkingCalendar,
): DisclosureStatus {
  if (!pendingEffectiveOn) return { state: 'current' }
  const dueDate = calendar.addWorkingDays(pendingEffectiveOn, DISCLOSURE_WORKING_DAYS)
  const workingDaysLeft = calendar.workingDaysBetween(today, dueDate)
  const state: DisclosureState =
    today > dueDate
      ? 'overdue'
      : workingDaysLeft <= DISCLOSURE_DUE_SOON_WORKING_DAYS
        ? 'due-soon'
        : 'on-track'
  return {
    state,
    dueDate,
    workingDaysLeft:
      today > dueDate ? -calendar.workingDaysBetween(dueDate, today) : workingDaysLeft,
  }
}
