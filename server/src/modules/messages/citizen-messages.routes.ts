import Router from '@koa/router'
import type { Middleware } from 'koa'
import {
  lookupCodeSchema,
  messageFollowUpSchema,
  messageLookupQuerySchema,
  messageRatingSchema,
} from '@zhengmin/shared'
import { validate } from '../../http/validate'
import type { CitizenMessagesService } from './citizen-messages.service'
import { presentCitizenMessage } from './citizen-messages.presenter'

/**
 * The citizen's routes: lookup by code + phone, rating, follow-up. All go through `limit`,
 * which bounds how fast anyone can guess codes.
 */
export function citizenMessagesRoutes(deps: {
  citizenMessages: CitizenMessagesService
  limit: Middleware
}) {
  const router = new Router()

  router.get('/messages/lookup', deps.limit, async (ctx) => {
    const { code, phone } = validate(messageLookupQuerySchema, ctx.query)
    ctx.body = presentCitizenMessage(await deps.citizenMessages.lookup(code, phone))
  })

  router.post('/messages/:code/rating', deps.limit, async (ctx) => {
    const code = validate(lookupCodeSchema, ctx.params.code)
    const body = validate(messageRatingSchema, ctx.request.jsonBody)
    ctx.body = presentCitizenMessage(await deps.citizenMessages.rate(code, body, ctx.state.log))
  })

  router.post('/messages/:code/follow-up', deps.limit, async (ctx) => {
    const code = validate(lookupCodeSchema, ctx.params.code)
    const body = validate(messageFollowUpSchema, ctx.request.jsonBody)
    ctx.body = presentCitizenMessage(await deps.citizenMessages.followUp(code, body, ctx.state.log))
  })

  return router
}
