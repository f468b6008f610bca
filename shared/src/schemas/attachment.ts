import { z } from 'zod'

/** Limits of photos attached to a message or a 追问, shared by the app and the server. */
export const ATTACHMENT_LIMITS = {
  /** Photos per message, and per 追问. */
  perPart: 6,
  /** Largest photo accepted, in bytes (5 MB). */
  maxBytes: 5 * 1024 * 1024,
  /** Hours an upload waits to be attached to a message before it is removed. */
  pendingHours: 24,
  /** Uploads not yet attached that one client may hold at a time. */
  pendingPerUploader: 12,
} as const

/** Types stored, decided from the file's first bytes, never from its name or declared type. */
export const ATTACHMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number]

/** Which part of the conversation a photo belongs to: the message itself or a 追问. */
export const ATTACHMENT_PARTS = ['message', 'follow-up'] as const
export type AttachmentPart = (typeof ATTACHMENT_PARTS)[number]

/**
 * The secret an upload answers with; only its holder can attach the photo to a message. Random
 * (not the stored id, which is partly predictable), 32 base64url characters.
 */
export const attachmentTokenSchema = z
  .string({ error: '照片标识不正确，请重新上传' })
  .regex(/^[A-Za-z0-9_-]{32}$/, '照片标识不正确，请重新上传')

/** The photos sent with a message or a 追问: at most six distinct upload tokens. */
export const attachmentTokensSchema = z
  .array(attachmentTokenSchema, { error: '照片信息不正确，请重新上传' })
  .max(ATTACHMENT_LIMITS.perPart, `最多上传${ATTACHMENT_LIMITS.perPart}张照片`)
  .refine((tokens) => new Set(tokens).size === tokens.length, '同一张照片不能重复添加')

/** The answer of POST /attachments. */
export const uploadedAttachmentSchema = z.object({
  /** Send it in `attachments` of the message (or 追问) within `expiresAt`. */
  token: z.string(),
  contentType: z.enum(ATTACHMENT_CONTENT_TYPES),
  /** Size in bytes after location and other metadata were removed. */
  size: z.number(),
  expiresAt: z.string(),
})
export type UploadedAttachment = z.infer<typeof uploadedAttachmentSchema>

/** A photo of a message as staff and the citizen who sent it see it listed. */
export const attachmentSchema = z.object({
  id: z.string(),
  part: z.enum(ATTACHMENT_PARTS),
  contentType: z.enum(ATTACHMENT_CONTENT_TYPES),
  size: z.number(),
  uploadedAt: z.string(),
})
export type Attachment = z.infer<typeof attachmentSchema>

/** GET …/attachments: the message's photos in the order they were sent. */
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) })
export type AttachmentList = z.infer<typeof attachmentListSchema>
