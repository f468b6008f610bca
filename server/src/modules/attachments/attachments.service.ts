import { createHash, randomBytes as cryptoRandomBytes } from 'node:crypto'
import { Types } from 'mongoose'
import type { Logger } from 'pino'
import {
  ATTACHMENT_LIMITS,
  canSeeAttachments,
  type AttachmentPart,
  type StaffPrincipal,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError, badRequest, notFound } from '../../http/errors'
import { toObjectId } from '../../http/object-id'
import type { MessageDocument } from '../messages'
import type { AttachmentStore } from './attachment-store'
import type { StoredAttachment } from './attachment.model'

export type { StoredAttachment }
import { sniffImageFormat } from './image-format'
import { MalformedImageError, stripImageMetadata } from './strip-metadata'

export interface AttachmentsServiceDeps {
  models: Models
  store: AttachmentStore
  clock: () => Date
}

const HOUR_MS = 60 * 60 * 1000

const unsupportedImage = () =>
  new AppError(415, 'unsupported_image', '只能上传 JPG、PNG 或 WebP 格式的照片')

// Stripping location data out of HEIF needs its item tables rewritten; rather than risk leaving
// GPS in a photo, HEIC is refused with a way out (WeChat's chooser already sends JPEG).
const heicRefused = () =>
  new AppError(
    415,
    'heic_not_supported',
    '暂不支持 HEIC 格式的照片，请将相机格式设为“兼容性最佳”，或截图后上传 JPG/PNG 照片',
  )

const staffMessageNotFound = () => notFound('留言不存在或不在您的办理范围内')
const attachmentNotFound = () => notFound('照片不存在')

/** The key that counts one uploader's pending uploads, without keeping their address. */
export function uploaderKeyOf(who: { openid?: string; ip: string }): string {
  const identity = who.openid ? `openid:${who.openid}` : `ip:${who.ip}`
  return createHash('sha256').update(identity).digest('hex')
}

/**
 * Photos with messages: upload (type from the bytes, metadata removed, then stored), attach to a
 * message by the upload's secret token, list and read for the people allowed, and remove the
 * uploads never attached.
 */
export function createAttachmentsService(deps: AttachmentsServiceDeps) {
  const { Attachment, Message } = deps.models

  /** The stored photos of a message, in the order they were uploaded. */
  async function attachedTo(messageId: Types.ObjectId): Promise<StoredAttachment[]> {
    return Attachment.find({ messageId, state: 'attached' }).sort({ uploadedAt: 1, _id: 1 }).lean()
  }

  async function readOne(messageId: Types.ObjectId, attachmentId: string) {
    const id = toObjectId(attachmentId)
    if (!id) throw attachmentNotFound()
    const attachment = await Attachment.findOne({ _id: id, messageId, state: 'attached' }).lean()
    if (!attachment) throw attachmentNotFound()
    const bytes = await deps.store.load(attachment.fileId)
    if (!bytes) throw attachmentNotFound()
    return { attachment, bytes }
  }

  async function staffMessage(staff: StaffPrincipal, messageId: string) {
    const id = toObjectId(messageId)
    const message = id ? await Message.findById(id, { unit: 1, status: 1 }).lean() : null
    // Another unit's message answers as if it did not exist, so ids reveal nothing.
    if (!message || !canSeeAttachments(staff, message)) throw staffMessageNotFound()
    return message
  }

  return {
    /**
     * Stores an uploaded photo: its type read from its first bytes (HEIC and anything that is
     * not JPEG/PNG/WebP refused), EXIF/XMP and other metadata removed, then the record and the
     * bytes. Answers the token that attaches it to a message within 24 hours.
     */
    async upload(bytes: Buffer, uploaderKey: string, log: Logger): Promise<StoredAttachment> {
      const format = sniffImageFormat(bytes)
      if (format === 'image/heic') throw heicRefused()
      if (format === 'unknown') throw unsupportedImage()
      let stripped: Buffer
      try {
        stripped = stripImageMetadata(bytes, format)
      } catch (error) {
        if (error instanceof MalformedImageError) {
          throw badRequest('照片文件已损坏或不完整，请重新选择')
        }
        throw error
      }
      const pending = await Attachment.countDocuments({
        uploaderKey,
        state: { $in: ['storing', 'pending'] },
      })
      if (pending >= ATTACHMENT_LIMITS.pendingPerUploader) {
        throw new AppError(
          429,
          'too_many_pending_uploads',
          '已上传的照片尚未随留言提交，请先提交留言，或稍后再试',
          { retryAfterSeconds: 3600 },
        )
      }
      const now = deps.clock()
      const record = await Attachment.create({
        token: cryptoRandomBytes(24).toString('base64url'),
        state: 'storing',
        contentType: format,
        size: stripped.length,
        fileId: new Types.ObjectId(),
        uploaderKey,
        uploadedAt: now,
        expiresAt: new Date(now.getTime() + ATTACHMENT_LIMITS.pendingHours * HOUR_MS),
      })
      await deps.store.save(record.fileId, stripped, format)
      await Attachment.updateOne(
        { _id: record._id, state: 'storing' },
        { $set: { state: 'pending' } },
      )
      log.info(
        { attachmentId: String(record._id), bytes: bytes.length, stored: stripped.length, format },
        'photo uploaded',
      )
      return { ...record.toObject(), state: 'pending' }
    },

    /**
     * Refuses (400, changing nothing) photos that cannot be attached: unknown, expired, not
     * finished uploading, or already sent with a message — which only a retried submission
     * (`replay`: its Idempotency-Key is known) may send again. Checked before the message is
     * stored.
     */
    async assertAttachable(
      tokens: readonly string[],
      options: { replay?: boolean } = {},
    ): Promise<void> {
      if (tokens.length === 0) return
      const now = deps.clock()
      // Tokens passed attachmentTokensSchema: plain strings of 32 URL-safe characters.
      const found = await Attachment.find(
        { token: { $in: [...tokens] } },
        { token: 1, state: 1, expiresAt: 1 },
      ).lean()
      const usable = new Set(
        found
          .filter((a) =>
            a.state === 'attached'
              ? options.replay === true
              : a.state === 'pending' && a.expiresAt > now,
          )
          .map((a) => a.token),
      )
      if (tokens.some((token) => !usable.has(token))) {
        const message = '有照片已失效（已过期或已随其他留言提交），请删除后重新上传'
        throw badRequest(message, [{ field: 'attachments', message }])
      }
    },

    /**
     * Attaches the uploads to the stored message, each by a conditional update of a pending
     * upload (atomic on every engine); again for a retried submission, where the photos already
     * belong to this message and nothing changes. At most six per part, whatever was sent.
     */
    async attach(
      message: Pick<MessageDocument, '_id'>,
      part: AttachmentPart,
      tokens: readonly string[],
      log: Logger,
    ): Promise<void> {
      if (tokens.length === 0) return
      const now = deps.clock()
      for (const token of tokens) {
        const already = await Attachment.countDocuments({
          messageId: message._id,
          part,
          state: 'attached',
        })
        if (already >= ATTACHMENT_LIMITS.perPart) break
        const attached = await Attachment.updateOne(
          { token, state: 'pending', expiresAt: { $gt: now } },
          { $set: { state: 'attached', messageId: message._id, part, attachedAt: now } },
        )
        if (attached.modifiedCount === 1) continue
        const mine = await Attachment.exists({ token, messageId: message._id, state: 'attached' })
        if (!mine) {
          log.warn(
            { messageId: String(message._id) },
            'a photo could not be attached: it expired or went to another message meanwhile',
          )
        }
      }
    },

    /** The photos of a message the staff member may read (404 for another unit's message). */
    async listForStaff(staff: StaffPrincipal, messageId: string) {
      const message = await staffMessage(staff, messageId)
      return attachedTo(message._id)
    },

    /** One photo's bytes for a staff member who may read the message. */
    async readForStaff(
      staff: StaffPrincipal,
      messageId: string,
      attachmentId: string,
      log: Logger,
    ) {
      const message = await staffMessage(staff, messageId)
      const result = await readOne(message._id, attachmentId)
      // Photos are personal data: every staff read is on record in the log.
      log.info({ messageId, attachmentId, staffId: staff.id }, 'staff viewed a photo of a message')
      return result
    },

    /** The photos of a message whose owner the caller proved to be (code + phone, or WeChat). */
    listForOwner(message: Pick<MessageDocument, '_id'>) {
      return attachedTo(message._id)
    },

    /** One photo of a message whose owner the caller proved to be. */
    readForOwner(message: Pick<MessageDocument, '_id'>, attachmentId: string) {
      return readOne(message._id, attachmentId)
    },

    /**
     * Removes uploads that were never attached within 24 hours (and any stuck half-way): each
     * is first claimed by a conditional update, so an upload attached at that moment is kept.
     */
    async removeStale(now: Date, log: Logger, batch = 200): Promise<{ removed: number }> {
      const stale = await Attachment.find(
        { state: { $in: ['storing', 'pending', 'removing'] }, expiresAt: { $lte: now } },
        { state: 1, fileId: 1 },
      )
        .sort({ expiresAt: 1 })
        .limit(batch)
        .lean()
      let removed = 0
      for (const upload of stale) {
        if (upload.state !== 'removing') {
          const claimed = await Attachment.updateOne(
            { _id: upload._id, state: upload.state },
            { $set: { state: 'removing' } },
          )
          if (claimed.modifiedCount !== 1) continue
        }
        await deps.store.remove(upload.fileId)
        await Attachment.deleteOne({ _id: upload._id, state: 'removing' })
        removed += 1
      }
      if (removed > 0) log.info({ removed }, 'photos never attached to a message removed')
      return { removed }
    },
  }
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>
