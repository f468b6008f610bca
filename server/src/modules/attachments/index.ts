// The attachments module's front door: citizens' photos (GridFS, metadata removed), their
// upload and download routes, and the clean-up of uploads never attached.
export { gridFsAttachmentStore } from './attachment-store'
export { ATTACHMENT_UPLOAD_PATH, attachmentsRoutes } from './attachments.routes'
export { createAttachmentsService, type AttachmentsService } from './attachments.service'
