import type { RoutingRule } from '@zhengmin/config'
import Router from '@koa/router'
import type { Context } from 'koa'
import {
  assignBodySchema,
  beijingDate,
  canDecideExtensions,
  canDispatch,
  declineBodySchema,
  extensionBodySchema,
  extensionDecisionBodySchema,
  noteBodySchema,
  replyBodySchema,
  signoffReturnBodySchema,
  staffInboxQuerySchema,
  transferBodySchema,
  type SignoffRules,
} from '@zhengmin/shared'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import type { CalendarService } from '../calendar'
import type { StaffMessagesService } from './staff-messages.service'
import {
  presentStaffDetail,
  presentStaffSummary,
  type UrgencyContext,
} from './staff-messages.presenter'
import { withMergeAndAnonymity } from './merge.presenter'

/** A message as staff see it, with its history: what every staff action answers. */
type StaffMessageDetail = Awaited<ReturnType<StaffMessagesService['detail']>>

/** The message id of a /staff/messages/:id route (validated by the service). */
const idOf = (ctx: Context): string => ctx.params.id ?? ''

/** The staff inbox and the actions on a message. Every route needs a staff login. */
export function staffMessagesRoutes(deps: {
  staffMessages: StaffMessagesService
  auth: StaffAuth
  calendar: CalendarService
  clock: () => Date
  /** Rules that suggest a unit for dispatch (configuration). */
  routingRules: readonly RoutingRule[]
  /** Which units' answers need sign-off (configuration), shown with each message. */
  answerSignoff?: SignoffRules
}) {
  const router = new Router()
  const { requireStaff } = deps.auth
  const urgencyContext = (): UrgencyContext => {
    const now = deps.clock()
    return { calendar: deps.calendar.current(), today: beijingDate(now), now }
  }
  const detail = (ctx: Context, result: StaffMessageDetail) => {
    const presented = presentStaffDetail(
      result.message,
      result.history,
      urgencyContext(),
      deps.routingRules,
      deps.answerSignoff,
    )
    // 并单 and anonymous 举报: what this reader may see (merge.presenter.ts).
    ctx.body = withMergeAndAnonymity(staffOf(ctx), result.message, presented)
  }

  router.get('/staff/messages', requireStaff(), async (ctx) => {
    const query = validate(staffInboxQuerySchema, ctx.query)
    const page = await deps.staffMessages.list(staffOf(ctx), query, ctx.state.log)
    const context = urgencyContext()
    ctx.body = {
      items: page.items.map((m) => presentStaffSummary(m, context)),
      nextCursor: page.nextCursor,
    }
  })

  router.get('/staff/messages/:id', requireStaff(), async (ctx) => {
    detail(ctx, await deps.staffMessages.detail(staffOf(ctx), idOf(ctx), ctx.state.log))
  })

  router.post('/staff/messages/:id/assign', requireStaff(canDispatch), async (ctx) => {
    const body = validate(assignBodySchema, ctx.request.jsonBody)
    detail(ctx, await deps.staffMessages.assign(staffOf(ctx), idOf(ctx), body, ctx.state.log))
  })

  router.post('/staff/messages/:id/transfer', requireStaff(), async (ctx) => {
    const body = validate(transferBodySchema, ctx.request.jsonBody)
    detail(ctx, await deps.staffMessages.transfer(staffOf(ctx), idOf(ctx), body, ctx.state.log))
  })

  router.post('/staff/messages/:id/notes', requireStaff(), async (ctx) => {
    const { text } = validate(noteBodySchema, ctx.request.jsonBody)
    detail(ctx, await deps.staffMessages.note(staffOf(ctx), idOf(ctx), text))
  })

  // Reply and 不予受理 are both "the answer"; only the body's field differs.
  const answers = [
    ['reply', (body: unknown) => validate(replyBodySchema, body).content],
    ['decline', (body: unknown) => validate(declineBodySchema, body).reason],
  ] as const
  for (const [kind, answerText] of answers) {
    router.post(`/staff/messages/:id/${kind}`, requireStaff(), async (ctx) => {
      const text = answerText(ctx.request.jsonBody)
      detail(
        ctx,
        await deps.staffMessages.answer(staffOf(ctx), idOf(ctx), kind, text, ctx.state.log),
      )
    })
  }

  router.post('/staff/messages/:id/extension', requireStaff(), async (ctx) => {
    const body = validate(extensionBodySchema, ctx.request.jsonBody)
    detail(
      ctx,
      await deps.staffMessages.requestExtension(staffOf(ctx), idOf(ctx), body, ctx.state.log),
    )
  })

  for (const decision of ['approve', 'refuse'] as const) {
    router.post(
      `/staff/messages/:id/extension/${decision}`,
      requireStaff(canDecideExtensions),
      async (ctx) => {
        const { reason } = validate(extensionDecisionBodySchema, ctx.request.jsonBody ?? {})
        detail(
          ctx,
          await deps.staffMessages.decideExtension(
            staffOf(ctx),
            idOf(ctx),
            decision,
            reason,
            ctx.state.log,
          ),
        )
      },
    )
  }

  // Sign-off of an answer that waits for it (签发 / 退回修改); who may is the service's policy.
  router.post('/staff/messages/:id/signoff/approve', requireStaff(), async (ctx) => {
    detail(ctx, await deps.staffMessages.approveAnswer(staffOf(ctx), idOf(ctx), ctx.state.log))
  })

  router.post('/staff/messages/:id/signoff/return', requireStaff(), async (ctx) => {
    const { comment } = validate(signoffReturnBodySchema, ctx.request.jsonBody)
    detail(
      ctx,
      await deps.staffMessages.returnAnswer(staffOf(ctx), idOf(ctx), comment, ctx.state.log),
    )
  })

  return router
}
