import { beijingDate, endOfBeijingDay, type IsoDate } from '../calendar/dates'
import type { WorkingCalendar } from '../calendar/working-calendar'
import { MESSAGE_STATUSES, type MessageStatus } from '../schemas/message'
import type { Urgency } from '../schemas/staff-message'
import { awaitsReply } from './lifecycle'

/**
 * How urgent a message is, decided in this one place: the inbox tabs, the row badges, the
 * reminders and the dashboard's overdue figures all derive from it.
 *
 * - answered: no reply is owed (replied, declined, closed);
 * - overdue: a reply is owed and the deadline (`dueAt`) has passed — whether or not the office
 *   has dispatched the message yet;
 * - due-soon (临期): a reply is owed, the deadline has not passed, and the due date is today or
 *   within the next `DUE_SOON_WORKING_DAYS` working days;
 * - normal: any other owed message.
 */

/** States in which a reply is owed: waiting for dispatch, with a unit, or asked again. */
export const OWED_STATUSES: readonly MessageStatus[] = MESSAGE_STATUSES.filter(awaitsReply)

/** A due date this many working days after today, or sooner, makes an owed message due soon. */
export const DUE_SOON_WORKING_DAYS = 1

/** What the urgency of a message depends on. */
export type UrgencyFields = { status: MessageStatus; dueDate: IsoDate; dueAt: Date }

/** The last due date that counts as due soon on `now`'s Beijing day. */
export function lastDueSoonDate(calendar: WorkingCalendar, now: Date): IsoDate {
  return calendar.addWorkingDays(beijingDate(now), DUE_SOON_WORKING_DAYS)
}

/** The urgency of one message at `now`. */
export function urgencyOf(message: UrgencyFields, calendar: WorkingCalendar, now: Date): Urgency {
  if (!awaitsReply(message.status)) return 'answered'
  if (message.dueAt.getTime() <= now.getTime()) return 'overdue'
  if (message.dueDate <= lastDueSoonDate(calendar, now)) return 'due-soon'
  return 'normal'
}

/**
 * The MongoDB filter selecting exactly the messages `urgencyOf` puts in `urgency` at `now`
 * ('pressing' = overdue or due soon, for the reminders). It uses only `status`, `dueDate` and
 * `dueAt`, so callers may add their own conditions (unit, category) beside it.
 */
export function urgencyFilter(
  urgency: 'overdue' | 'due-soon' | 'pressing',
  calendar: WorkingCalendar,
  now: Date,
): Record<string, unknown> {
  const owed = { $in: [...OWED_STATUSES] }
  switch (urgency) {
    case 'overdue':
      return { status: owed, dueAt: { $lte: now } }
    case 'due-soon':
      return {
        status: owed,
        dueDate: { $lte: lastDueSoonDate(calendar, now) },
        dueAt: { $gt: now },
      }
    case 'pressing':
      // The deadline falls on its due date, so "due by the end of the last due-soon date" is
      // overdue ∪ due soon, and stays on the (status, dueAt) index.
      return { status: owed, dueAt: { $lte: endOfBeijingDay(lastDueSoonDate(calendar, now)) } }
  }
}
