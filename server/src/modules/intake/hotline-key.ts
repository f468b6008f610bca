import { createHash, timingSafeEqual } from 'node:crypto'
import type { Middleware } from 'koa'
import { AppError } from '../../http/errors'

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/**
 * Admits only requests carrying the 12345 platform's key in `X-Api-Key`. Compared in constant
 * time (digests of equal length, so neither content nor length leaks through timing), and
 * never logged. Without a configured key the interface is off (503).
 */
export function requireHotlineKey(apiKey: string | undefined): Middleware {
  const expected = apiKey ? digest(apiKey) : undefined
  return async (ctx, next) => {
    if (!expected) throw new AppError(503, 'hotline_disabled', '12345工单接口未启用')
    const given = ctx.get('X-Api-Key')
    if (!given || !timingSafeEqual(digest(given), expected))
      throw new AppError(401, 'invalid_api_key', 'API 密钥无效')
    await next()
  }
}
