import {
  toBeijingIsoString,
  type Attachment,
  type AttachmentContentType,
  type UploadedAttachment,
} from '@zhengmin/shared'
import type { StoredAttachment } from './attachment.model'

/** The answer to an upload: the token to send with the message, and when it lapses. */
export function presentUploaded(attachment: StoredAttachment): UploadedAttachment {
  return {
    token: attachment.token,
    contentType: attachment.contentType,
    size: attachment.size,
    expiresAt: toBeijingIsoString(attachment.expiresAt),
  }
}

/** A photo in a message's list (its token is never shown again). */
export function presentAttachment(attachment: StoredAttachment): Attachment {
  return {
    id: String(attachment._id),
    part: attachment.part ?? 'message',
    contentType: attachment.contentType,
    size: attachment.size,
    uploadedAt: toBeijingIsoString(attachment.uploadedAt),
  }
}

const EXTENSIONS: Record<AttachmentContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

/**
 * The headers of a photo download: the type found in its bytes, saved rather than opened as a
 * page (Content-Disposition: attachment), never sniffed into something else, never cached.
 */
export function photoHeaders(attachment: StoredAttachment): Record<string, string> {
  return {
    'Content-Type': attachment.contentType,
    'Content-Disposition': `attachment; filename="photo-${String(attachment._id)}.${EXTENSIONS[attachment.contentType]}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  }
}
