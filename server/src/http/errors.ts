import type { FieldError, PublicationFinding } from '@zhengmin/shared'

/** A finding of personal data in an error body; `messageId` names the batch item it is in. */
export type ErrorFinding = PublicationFinding & { messageId?: string }

/**
 * The one error type of the API. `code` is stable for machines, `message` is Chinese and safe
 * to show to the person using the app; anything else thrown is an unexpected error and
 * becomes a generic 500.
 */
export class AppError extends Error {
  constructor(
    /** HTTP status to answer with. */
    readonly status: number,
    /** Stable machine-readable code, e.g. "validation_failed". */
    readonly code: string,
    /** Chinese text for the user. */
    message: string,
    readonly details: {
      fields?: FieldError[]
      retryAfterSeconds?: number
      findings?: ErrorFinding[]
    } = {},
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const badRequest = (message: string, fields?: FieldError[]) =>
  new AppError(400, 'validation_failed', message, fields ? { fields } : {})

export const notFound = (message = '请求的内容不存在') => new AppError(404, 'not_found', message)

export const conflict = (code: string, message: string) => new AppError(409, code, message)

export const serviceUnavailable = (retryAfterSeconds = 5) =>
  new AppError(503, 'service_unavailable', '服务暂时不可用，请稍后重试', { retryAfterSeconds })

/** A well-formed request the current state of things does not allow (e.g. no consent). */
export const unprocessable = (code: string, message: string, fields?: FieldError[]) =>
  new AppError(422, code, message, fields ? { fields } : {})
