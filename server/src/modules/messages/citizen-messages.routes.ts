import Router from '@koa/router'
import type { Middleware } from 'koa'
import {
  lookupCodeSchema,
  messageFollowUpSchema,
  messageLookupQuerySchema,
  messageRatingSchema,
  myMessageFollowUpSchema,
  myMessageRatingSchema,
  myMessagesQuerySchema,
} from '@zhengmin/shared'
import { validate } from '../../http/validate'
import type { RateLimits } from '../../http/rate-limits'
import { citizenSignedOut } from '../wechat'
import type { CitizenMessagesService, MessageDocument } from './citizen-messages.service'
import { presentCitizenMessage, presentMyMessageRow } from './citizen-messages.presenter'
import type { Logger } from 'pino'

/**
 * The citizen's routes. With code + phone (any browser): lookup, rating, follow-up, each
 * through its own limit, which bounds how fast anyone can guess codes. With a WeChat login
 * (mini-program): 我的留言 under /me, where the login proves ownership.
 */
export function citizenMessagesRoutes(deps: {
  citizenMessages: CitizenMessagesService
  limits: Pick<RateLimits, 'lookup' | 'rating' | 'followUp'>
  requireCitizen: Middleware
  /** Photos sent with a 追问: checked before it is stored, attached after. */
  attachments?: {
    assertAttachable(tokens: readonly string[]): Promise<void>
    attach(
      message: MessageDocument,
      part: 'follow-up',
      tokens: readonly string[],
      log: Logger,
    ): Promise<void>
  }
}) {
  const router = new Router()
  const service = deps.citizenMessages

  /** A 追问 with its photos (issue #22 part 3): refused whole before, attached after. */
  async function followUpWithPhotos(
    photos: readonly string[] | undefined,
    log: Logger,
    send: () => ReturnType<CitizenMessagesService['followUp']>,
  ) {
    await deps.attachments?.assertAttachable(photos ?? [])
    const record = await send()
    await deps.attachments?.attach(record.message, 'follow-up', photos ?? [], log)
    return record
  }
  const { lookup, rating, followUp } = deps.limits

  router.get('/messages/lookup', lookup.middleware, async (ctx) => {
    const { code, phone } = validate(messageLookupQuerySchema, ctx.query)
    ctx.body = presentCitizenMessage(await service.lookup(code, { phone }))
  })

  router.post('/messages/:code/rating', rating.middleware, async (ctx) => {
    const code = validate(lookupCodeSchema, ctx.params.code)
    const { phone, ...rating } = validate(messageRatingSchema, ctx.request.jsonBody)
    ctx.body = presentCitizenMessage(await service.rate(code, rating, { phone }, ctx.state.log))
  })

  router.post('/messages/:code/follow-up', followUp.middleware, async (ctx) => {
    const code = validate(lookupCodeSchema, ctx.params.code)
    const { phone, content, attachments } = validate(messageFollowUpSchema, ctx.request.jsonBody)
    ctx.body = presentCitizenMessage(
      await followUpWithPhotos(attachments, ctx.state.log, () =>
        service.followUp(code, { content }, { phone }, ctx.state.log),
      ),
    )
  })

  /** The signed-in citizen (requireCitizen has checked there is one). */
  const me = (ctx: { state: { citizen?: { openid: string } } }): { openid: string } => {
    if (!ctx.state.citizen) throw citizenSignedOut()
    return { openid: ctx.state.citizen.openid }
  }

  router.get('/me/messages', deps.requireCitizen, async (ctx) => {
    const query = validate(myMessagesQuerySchema, ctx.query)
    const page = await service.listOwn(me(ctx).openid, query)
    ctx.body = { items: page.items.map(presentMyMessageRow), nextCursor: page.nextCursor }
  })

  router.get('/me/messages/:code', deps.requireCitizen, async (ctx) => {
    const code = validate(lookupCodeSchema, ctx.params.code)
    ctx.body = presentCitizenMessage(await service.lookup(code, me(ctx)))
  })

  router.post('/me/messages/:code/rating', deps.requireCitizen, async (ctx) => {
    const code = validate(lookupCodeSchema, ctx.params.code)
    const rating = validate(myMessageRatingSchema, ctx.request.jsonBody)
    ctx.body = presentCitizenMessage(await service.rate(code, rating, me(ctx), ctx.state.log))
  })

  router.post('/me/messages/:code/follow-up', deps.requireCitizen, async (ctx) => {
    const code = validate(lookupCodeSchema, ctx.params.code)
    const { content, attachments } = validate(myMessageFollowUpSchema, ctx.request.jsonBody)
    ctx.body = presentCitizenMessage(
      await followUpWithPhotos(attachments, ctx.state.log, () =>
        service.followUp(code, { content }, me(ctx), ctx.state.log),
      ),
    )
  })

  return router
}
