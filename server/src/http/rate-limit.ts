import type { Context, Middleware } from 'koa'
import { AppError } from './errors'
import type { CounterStore } from './rate-counters'

/** "45 秒" / "10 分钟": how long to wait, as the app also says it. */
export function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
}

/** Whole seconds from `now` until `at`, at least 1 (a Retry-After of 0 invites a hot loop). */
export function secondsUntil(at: Date, now: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000))
}

export interface RateLimitOptions {
  /** Names the counter and the RateLimit-Policy, e.g. "lookup". */
  purpose: string
  /** What the client did too often, in Chinese: "查询" → 查询过于频繁，请 2 分钟后再试. */
  action: string
  /** Requests allowed per client address in one window. */
  limit: number
  windowSeconds: number
  counters: CounterStore
  clock: () => Date
}

/** A limit of one purpose: `check` counts the request or throws 429. */
export interface RateLimiter {
  check(ctx: Context): Promise<void>
  /** `check` as a middleware in front of a route. */
  middleware: Middleware
}

/**
 * A fixed-window limit per client address (ctx.ip, which honours X-Forwarded-For only when
 * TRUST_PROXY is on), counted in MongoDB so that every instance shares it. Each answer carries
 * `RateLimit-Policy` and `RateLimit` (IETF draft: limit, remaining, seconds to reset); a
 * refusal is 429 with `Retry-After` and the purpose's own message.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const windowMs = options.windowSeconds * 1000
  async function check(ctx: Context) {
    const now = options.clock()
    const counted = await options.counters.take(
      `${options.purpose}:${ctx.ip}`,
      options.limit,
      windowMs,
      now,
    )
    const reset = secondsUntil(counted.resetAt, now)
    const remaining = counted.allowed ? Math.max(0, options.limit - counted.count) : 0
    ctx.set(
      'RateLimit-Policy',
      `"${options.purpose}";q=${options.limit};w=${options.windowSeconds}`,
    )
    ctx.set('RateLimit', `"${options.purpose}";r=${remaining};t=${reset}`)
    if (!counted.allowed) {
      throw new AppError(
        429,
        'rate_limited',
        `${options.action}过于频繁，请 ${waitText(reset)}后再试`,
        { retryAfterSeconds: reset },
      )
    }
  }
  return {
    check,
    middleware: async (ctx, next) => {
      await check(ctx)
      await next()
    },
  }
}
