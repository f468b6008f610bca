import type { AppConfig } from '@zhengmin/config'
import type { CounterStore } from './rate-counters'
import { createRateLimiter, type RateLimiter } from './rate-limit'

/**
 * The application's limits, one per purpose, so that using one feature never spends another's
 * allowance (after 30 lookups a guide rating still goes through), and each refusal says what
 * was done too often.
 */
export function createRateLimits(deps: {
  counters: CounterStore
  config: Pick<AppConfig, 'rateLimit' | 'staffLoginRateLimit'>
  clock: () => Date
}) {
  const { rateLimit, staffLoginRateLimit } = deps.config
  const limiter = (purpose: string, action: string, limit: number, windowSeconds?: number) =>
    createRateLimiter({
      purpose,
      action,
      limit,
      windowSeconds: windowSeconds ?? rateLimit.windowSeconds,
      counters: deps.counters,
      clock: deps.clock,
    })
  return {
    submission: limiter('submission', '提交留言', rateLimit.submissions),
    lookup: limiter('lookup', '查询', rateLimit.lookups),
    rating: limiter('rating', '评价', rateLimit.ratings),
    followUp: limiter('follow-up', '追问', rateLimit.followUps),
    wechatLogin: limiter('wechat-login', '微信登录', rateLimit.wechatLogins),
    guideRating: limiter('guide-rating', '办事指南评价', rateLimit.guideRatings),
    upload: limiter('upload', '上传照片', rateLimit.uploads),
    // Up to six photos for each lookup a citizen may make, by code + phone like the lookup.
    photoView: limiter('photo-view', '查看照片', rateLimit.lookups * 6),
    staffLogin: limiter(
      'staff-login',
      '登录尝试',
      staffLoginRateLimit.attempts,
      staffLoginRateLimit.windowSeconds,
    ),
  } satisfies Record<string, RateLimiter>
}

export type RateLimits = ReturnType<typeof createRateLimits>
