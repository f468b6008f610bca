import type { Middleware } from 'koa'
import { AppError } from './errors'

export interface RateLimitOptions {
  /** Requests allowed per client in one window. */
  limit: number
  windowSeconds: number
  /** Current time in ms; injected so tests control the clock. */
  now: () => number
}

/**
 * Fixed-window limit per client address (ctx.ip, which honours X-Forwarded-For only when the
 * app trusts the proxy). Counters live in this process: with several instances each allows
 * `limit`, which still bounds abuse; a shared store is not worth a network round trip here.
 */
export function rateLimit(options: RateLimitOptions): Middleware {
  const windows = new Map<string, { startedAt: number; count: number }>()
  const windowMs = options.windowSeconds * 1000
  let lastSweep = options.now()
  return async (ctx, next) => {
    const now = options.now()
    if (now - lastSweep > windowMs) {
      // Forget finished windows so the map cannot grow without bound.
      for (const [key, window] of windows)
        if (now - window.startedAt >= windowMs) windows.delete(key)
      lastSweep = now
    }
    const key = ctx.ip
    let window = windows.get(key)
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, count: 0 }
      windows.set(key, window)
    }
    window.count += 1
    if (window.count > options.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000))
      throw new AppError(429, 'rate_limited', `提交过于频繁，请 ${retryAfterSeconds} 秒后再试`, {
        retryAfterSeconds,
      })
    }
    await next()
  }
}
