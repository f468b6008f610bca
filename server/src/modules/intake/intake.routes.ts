import Router from '@koa/router'
import { hotlineTicketSchema, staffIntakeSchema } from '@zhengmin/shared'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import { requireHotlineKey } from './hotline-key'
import type { IntakeService } from './intake.service'
import { presentIntake } from './intake.presenter'

/**
 * Messages from other channels: POST /staff/intake (代录入, staff login; who may is decided by
 * canRecordIntake) and POST /hotline/tickets (the 12345 platform, with its API key).
 */
export function intakeRoutes(deps: {
  intake: IntakeService
  auth: StaffAuth
  hotlineApiKey: string | undefined
}) {
  const router = new Router()

  router.post('/staff/intake', deps.auth.requireStaff(), async (ctx) => {
    const input = validate(staffIntakeSchema, ctx.request.jsonBody)
    const { message, smsSent } = await deps.intake.recordByStaff(staffOf(ctx), input, ctx.state.log)
    ctx.status = 201
    ctx.body = presentIntake(message, smsSent)
  })

  router.post('/hotline/tickets', requireHotlineKey(deps.hotlineApiKey), async (ctx) => {
    const input = validate(hotlineTicketSchema, ctx.request.jsonBody)
    const { message, created, smsSent } = await deps.intake.receiveHotlineTicket(
      input,
      ctx.state.log,
    )
    ctx.status = created ? 201 : 200
    if (!created) ctx.set('Idempotent-Replayed', 'true')
    ctx.body = presentIntake(message, smsSent)
  })

  return router
}
