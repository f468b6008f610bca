import type { Middleware } from 'koa'
import mongoose from 'mongoose'
import { AppError, serviceUnavailable } from './errors'
import { isDatabaseUnavailableError } from '../db/connection'

interface MongoServerErrorLike {
  code?: number
}

/** Maps whatever a request threw to an AppError; unknown errors map to undefined. */
function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error
  if (error instanceof mongoose.Error.CastError) {
    return new AppError(400, 'invalid_parameter', `参数 ${error.path} 格式不正确`)
  }
  if (error instanceof mongoose.Error.ValidationError) {
    const fields = Object.values(error.errors).map((e) => ({
      field: e.path,
      message: '格式不正确',
    }))
    return new AppError(400, 'validation_failed', '提交的内容不符合要求', { fields })
  }
  if ((error as MongoServerErrorLike | null)?.code === 11000) {
    return new AppError(409, 'duplicate', '该内容已存在')
  }
  if (isDatabaseUnavailableError(error)) return serviceUnavailable()
  // Errors raised by Koa's own helpers (ctx.throw, http-errors) carry an expose flag and status.
  const status = (error as { status?: unknown } | null)?.status
  if (status === 405) return new AppError(405, 'method_not_allowed', '不支持该请求方法')
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', '请求无法处理')
  }
  return undefined
}

/**
 * The one place that turns errors into the API's error body. Never leaks a stack trace:
 * unexpected errors are logged with the request id and answered with a generic 500.
 */
export function errorHandler(): Middleware {
  return async (ctx, next) => {
    try {
      await next()
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new AppError(404, 'not_found', '请求的地址不存在')
      }
    } catch (error) {
      const appError = toAppError(error)
      const requestId = ctx.state.requestId
      if (!appError) {
        ctx.state.log.error({ err: error }, 'unexpected error')
        ctx.status = 500
        ctx.body = {
          error: { code: 'internal_error', message: '服务器内部错误，请稍后重试', requestId },
        }
        return
      }
      if (appError.status >= 500) ctx.state.log.warn({ err: error }, appError.code)
      ctx.status = appError.status
      const { fields, retryAfterSeconds, findings } = appError.details
      if (retryAfterSeconds !== undefined) ctx.set('Retry-After', String(retryAfterSeconds))
      ctx.body = {
        error: {
          code: appError.code,
          message: appError.message,
          requestId,
          ...(fields ? { fields } : {}),
          ...(findings ? { findings } : {}),
        },
      }
    }
  }
}
