import { canManageCalendar } from '@zhengmin/shared'
import { badRequest } from '../../http/errors'
import { forbidden, type AuthenticatedStaff } from '../../http/staff-auth'
import type { CalendarService, LoadYearResult } from './calendar.service'

/** The `year` a request body claims, if it has one. */
function yearOfBody(input: unknown): unknown {
  return typeof input === 'object' && input !== null && 'year' in input ? input.year : undefined
}

/**
 * Loads a year's official schedule on behalf of a staff member (PUT /staff/calendar/:year).
 * The path names the year so that a file for the wrong year cannot replace another by mistake.
 */
export async function loadCalendarYearAsStaff(
  calendar: Pick<CalendarService, 'loadYear'>,
  staff: AuthenticatedStaff,
  year: number,
  input: unknown,
): Promise<LoadYearResult> {
  if (!canManageCalendar(staff)) throw forbidden()
  const bodyYear = yearOfBody(input)
  if (bodyYear !== undefined && bodyYear !== year) {
    const message = `地址中的年份 ${year} 与节假日安排中的年份 ${String(bodyYear)} 不一致`
    throw badRequest(message, [{ field: 'year', message }])
  }
  // A body without a year is refused by the schedule's own validation, with its message.
  return calendar.loadYear(input, `staff:${staff.username}`)
}
