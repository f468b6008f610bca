import Router from '@koa/router'
import { idempotencyKeySchema, newMessageSchema } from '@zhengmin/shared'
import { validate } from '../../http/validate'
import { badRequest } from '../../http/errors'
import type { Logger } from 'pino'
import type { MessagesService, SubmitResult } from './messages.service'
import { presentSubmitted } from './messages.presenter'
import type { Middleware } from 'koa'
import type { RateLimiter } from '../../http/rate-limit'

/** Reads the optional Idempotency-Key header, rejecting a malformed one. */
function idempotencyKeyOf(header: string): string | undefined {
  if (!header) return undefined
  const parsed = idempotencyKeySchema.safeParse(header)
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Idempotency-Key 格式不正确'
    throw badRequest(message, [{ field: 'Idempotency-Key', message }])
  }
  return parsed.data
}

export function messagesRoutes(deps: {
  messages: MessagesService
  submissionLimit: RateLimiter
  /** Whether an Idempotency-Key belongs to a stored submission. */
  isKnownKey: (key: string) => Promise<boolean>
  /** Reads a citizen's WeChat login when the mini-program sends one. */
  optionalCitizen: Middleware
  /** After the message is stored (content-security check); must not throw or wait for WeChat. */
  onSubmitted?: (message: SubmitResult['message'], log: Logger) => Promise<void>
  /** Photos sent with the message: checked before it is stored, attached after. */
  attachments?: {
    assertAttachable(tokens: readonly string[], options: { replay: boolean }): Promise<void>
    attach(
      message: SubmitResult['message'],
      part: 'message',
      tokens: readonly string[],
      log: Logger,
    ): Promise<void>
  }
}) {
  const router = new Router()

  router.post('/messages', deps.optionalCitizen, async (ctx) => {
    const key = idempotencyKeyOf(ctx.get('Idempotency-Key'))
    // The documented safe retry must work after the limit is reached: a known key is answered
    // with its stored message and never creates one, so it is not counted.
    const known = key ? await deps.isKnownKey(key) : false
    if (!known) await deps.submissionLimit.check(ctx)
    const input = validate(newMessageSchema, ctx.request.jsonBody)
    const photos = input.attachments ?? []
    await deps.attachments?.assertAttachable(photos, { replay: known })
    const { message, replayed } = await deps.messages.submit(
      input,
      key,
      ctx.state.log,
      ctx.state.citizen?.openid,
    )
    // Also on a replay: an earlier attempt may have stored the message and stopped before this.
    await deps.attachments?.attach(message, 'message', photos, ctx.state.log)
    await deps.onSubmitted?.(message, ctx.state.log)
    ctx.status = replayed ? 200 : 201
    if (replayed) ctx.set('Idempotent-Replayed', 'true')
    ctx.body = presentSubmitted(message)
  })

  return router
}
