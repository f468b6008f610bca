import { Schema, type Connection, type Model, type Types } from 'mongoose'
import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_PARTS,
  type AttachmentContentType,
  type AttachmentPart,
} from '@zhengmin/shared'

/**
 * storing: the record exists, the bytes are being written; pending: uploaded, waiting to be
 * attached (removed after 24 hours); attached: part of a message; removing: claimed by the
 * clean-up, which deletes the bytes and then the record.
 */
export const ATTACHMENT_STATES = ['storing', 'pending', 'attached', 'removing'] as const
export type AttachmentState = (typeof ATTACHMENT_STATES)[number]

/**
 * A photo a citizen uploaded, described here, its bytes in the attachment store (GridFS). The
 * record is written before the bytes, so the clean-up finds every file through one.
 */
export interface StoredAttachment {
  _id: Types.ObjectId
  /** The random secret that attaches the upload to a message (never shown to staff). */
  token: string
  state: AttachmentState
  /** Decided from the bytes, never from the name or the declared type. */
  contentType: AttachmentContentType
  /** Bytes stored, after metadata removal. */
  size: number
  /** The file in the attachment store. */
  fileId: Types.ObjectId
  /** SHA-256 of who uploaded it (WeChat openid, else client address), to cap pending uploads. */
  uploaderKey: string
  uploadedAt: Date
  /** When an upload still pending is removed. */
  expiresAt: Date
  messageId?: Types.ObjectId
  part?: AttachmentPart
  attachedAt?: Date
}

const attachmentSchema = new Schema<StoredAttachment>(
  {
    token: { type: String, required: true },
    state: { type: String, enum: ATTACHMENT_STATES, required: true },
    contentType: { type: String, enum: ATTACHMENT_CONTENT_TYPES, required: true },
    size: { type: Number, required: true },
    fileId: { type: Schema.Types.ObjectId, required: true },
    uploaderKey: { type: String, required: true },
    uploadedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    messageId: { type: Schema.Types.ObjectId },
    part: { type: String, enum: ATTACHMENT_PARTS },
    attachedAt: { type: Date },
  },
  { collection: 'attachments', versionKey: false, strict: 'throw' },
)

attachmentSchema.index({ token: 1 }, { unique: true })
// A message's photos in order.
attachmentSchema.index({ messageId: 1, part: 1, uploadedAt: 1 })
// The clean-up: uploads never attached, oldest first.
attachmentSchema.index({ state: 1, expiresAt: 1 })
// The cap on one uploader's pending uploads.
attachmentSchema.index({ uploaderKey: 1, state: 1 })

export function attachmentModel(connection: Connection): Model<StoredAttachment> {
  return (
    (connection.models.Attachment as Model<StoredAttachment> | undefined) ??
    connection.model<StoredAttachment>('Attachment', attachmentSchema)
  )
}
