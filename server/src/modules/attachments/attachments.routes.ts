import Router from '@koa/router'
import type { Context, Middleware } from 'koa'
import { ATTACHMENT_LIMITS, lookupCodeSchema, messageLookupQuerySchema } from '@zhengmin/shared'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import type { RateLimiter } from '../../http/rate-limit'
import { citizenSignedOut } from '../wechat'
import type { MessageDocument, Owner } from '../messages'
import type { AttachmentsService, StoredAttachment } from './attachments.service'
import { uploaderKeyOf } from './attachments.service'
import { presentAttachment, presentUploaded, photoHeaders } from './attachments.presenter'
import { readMultipartFile } from './multipart-file'

/** The upload route, read as a stream here rather than by the JSON body reader. */
export const ATTACHMENT_UPLOAD_PATH = '/attachments'

function sendPhoto(ctx: Context, photo: { attachment: StoredAttachment; bytes: Buffer }) {
  ctx.set(photoHeaders(photo.attachment))
  ctx.body = photo.bytes
  // Koa would otherwise call a Buffer body application/octet-stream.
  ctx.type = photo.attachment.contentType
}

/**
 * Photos of messages. Upload: anyone may upload (rate-limited, at most 12 pending per
 * uploader), and only the holder of the answered token can attach it. Reading: staff who may
 * read the message, and the citizen who sent it, proven exactly as for their message (code +
 * phone, or the WeChat login). No public route ever returns a photo.
 */
export function attachmentsRoutes(deps: {
  attachments: AttachmentsService
  auth: StaffAuth
  /** Uploads per client address and window. */
  uploadLimit: RateLimiter
  /** Photo lists and downloads by code + phone per client address and window. */
  viewLimit: RateLimiter
  optionalCitizen: Middleware
  requireCitizen: Middleware
  /** The citizen's own message, 404 alike for an unknown code or another owner. */
  findOwnMessage: (code: string, owner: Owner) => Promise<MessageDocument>
}) {
  const router = new Router()
  const { attachments } = deps
  const { requireStaff } = deps.auth

  router.post(ATTACHMENT_UPLOAD_PATH, deps.optionalCitizen, async (ctx) => {
    await deps.uploadLimit.check(ctx)
    let bytes: Buffer
    try {
      bytes = await readMultipartFile(ctx.req, ATTACHMENT_LIMITS.maxBytes)
    } catch (error) {
      // The rest of a refused body is not wanted: the connection closes after the answer
      // rather than reading (discarding) whatever the client still sends.
      ctx.set('Connection', 'close')
      throw error
    }
    const uploaderKey = uploaderKeyOf({ openid: ctx.state.citizen?.openid, ip: ctx.ip })
    const stored = await attachments.upload(bytes, uploaderKey, ctx.state.log)
    ctx.status = 201
    ctx.body = presentUploaded(stored)
  })

  router.get('/staff/messages/:id/attachments', requireStaff(), async (ctx) => {
    const items = await attachments.listForStaff(staffOf(ctx), ctx.params.id ?? '')
    ctx.body = { items: items.map(presentAttachment) }
  })

  router.get('/staff/messages/:id/attachments/:attachmentId', requireStaff(), async (ctx) => {
    const photo = await attachments.readForStaff(
      staffOf(ctx),
      ctx.params.id ?? '',
      ctx.params.attachmentId ?? '',
      ctx.state.log,
    )
    sendPhoto(ctx, photo)
  })

  /** The message of code + phone (the same proof and the same 404 as the lookup). */
  const byPhone = (ctx: Context) => {
    const { code, phone } = validate(messageLookupQuerySchema, {
      code: ctx.params.code,
      phone: ctx.query.phone,
    })
    return deps.findOwnMessage(code, { phone })
  }

  router.get('/messages/:code/attachments', deps.viewLimit.middleware, async (ctx) => {
    const message = await byPhone(ctx)
    ctx.body = { items: (await attachments.listForOwner(message)).map(presentAttachment) }
  })

  router.get(
    '/messages/:code/attachments/:attachmentId',
    deps.viewLimit.middleware,
    async (ctx) => {
      const message = await byPhone(ctx)
      sendPhoto(ctx, await attachments.readForOwner(message, ctx.params.attachmentId ?? ''))
    },
  )

  /** The signed-in citizen's own message (requireCitizen has checked there is a login). */
  const byLogin = (ctx: Context) => {
    const openid = ctx.state.citizen?.openid
    if (!openid) throw citizenSignedOut()
    return deps.findOwnMessage(validate(lookupCodeSchema, ctx.params.code), { openid })
  }

  router.get('/me/messages/:code/attachments', deps.requireCitizen, async (ctx) => {
    const message = await byLogin(ctx)
    ctx.body = { items: (await attachments.listForOwner(message)).map(presentAttachment) }
  })

  router.get('/me/messages/:code/attachments/:attachmentId', deps.requireCitizen, async (ctx) => {
    const message = await byLogin(ctx)
    sendPhoto(ctx, await attachments.readForOwner(message, ctx.params.attachmentId ?? ''))
  })

  return router
}
