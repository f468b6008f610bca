import Router from '@koa/router'
import { deadlineQuerySchema, toBeijingIsoString } from '@zhengmin/shared'
import { validate } from '../../http/validate'
import { presentExplanation } from './calendar.presenter'
import type { CalendarService } from './calendar.service'

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
