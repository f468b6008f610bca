import type { Middleware } from 'koa'
import { AppError } from './errors'

declare module 'koa' {
  interface Request {
    /** The parsed JSON body of POST/PUT/PATCH/DELETE requests (undefined when empty). */
    jsonBody?: unknown
  }
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Reads a JSON body up to `limitBytes`. A larger body is 413, a body that is not JSON is 415,
 * malformed JSON is 400 — all before any handler runs, so bad input changes nothing.
 */
export function jsonBody(
  limitBytes: number,
  /** Paths whose route reads its own body as a stream (photo uploads, with their own limit). */
  streamedPaths: readonly string[] = [],
): Middleware {
  return async (ctx, next) => {
    if (!METHODS_WITH_BODY.has(ctx.method)) return next()
    if (streamedPaths.includes(ctx.path)) return next()
    const declaredLength = Number(ctx.get('Content-Length') || 0)
    if (declaredLength > limitBytes) throw tooLarge(limitBytes)
    const chunks: Buffer[] = []
    let received = 0
    for await (const chunk of ctx.req) {
      const buffer = chunk as Buffer
      received += buffer.length
      if (received > limitBytes) throw tooLarge(limitBytes)
      chunks.push(buffer)
    }
    if (received === 0) return next()
    if (!ctx.is('application/json')) {
      throw new AppError(415, 'unsupported_media_type', '请求内容须为 JSON（application/json）')
    }
    try {
      ctx.request.jsonBody = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      throw new AppError(400, 'malformed_json', '请求内容不是有效的 JSON')
    }
    return next()
  }
}

function tooLarge(limitBytes: number) {
  return new AppError(
    413,
    'payload_too_large',
    `请求内容过大（上限 ${Math.floor(limitBytes / 1024)} KB）`,
  )
}
