import Router from '@koa/router'
import {
  canManageCalendar,
  deadlineQuerySchema,
  staffCalendarParamsSchema,
  toBeijingIsoString,
} from '@zhengmin/shared'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import { presentExplanation } from './calendar.presenter'
import type { CalendarService } from './calendar.service'
import { loadCalendarYearAsStaff } from './staff-calendar-load'

/** GET /calendar/deadline: the date by which a message received at an instant is answered. */
export function calendarRoutes(deps: { calendar: CalendarService }) {
  const router = new Router()
  router.get('/calendar/deadline', async (ctx) => {
    const query = validate(deadlineQuerySchema, ctx.query)
    await deps.calendar.refreshForPreview()
    const receivedAt = new Date(query.receivedAt)
    const deadline = deps.calendar.replyDeadline(receivedAt, query.workingDays)
    ctx.body = {
      receivedDate: deadline.receivedDate,
      dueDate: deadline.dueDate,
      dueAt: toBeijingIsoString(deadline.dueAt),
      provisional: deadline.provisional,
      ...(query.explain
        ? {
            explanation: presentExplanation(
              deps.calendar.current().explainDeadline(receivedAt, query.workingDays),
            ),
          }
        : {}),
    }
  })
  return router
}

/** PUT /staff/calendar/:year: the admin loads a year's official holiday schedule. */
export function staffCalendarRoutes(deps: {
  calendar: Pick<CalendarService, 'loadYear'>
  auth: StaffAuth
}) {
  const router = new Router()
  router.put('/staff/calendar/:year', deps.auth.requireStaff(canManageCalendar), async (ctx) => {
    const { year } = validate(staffCalendarParamsSchema, ctx.params)
    ctx.body = await loadCalendarYearAsStaff(
      deps.calendar,
      staffOf(ctx),
      year,
      ctx.request.jsonBody,
    )
  })
  return router
}
