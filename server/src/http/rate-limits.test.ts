import request from 'supertest'
import { clearDatabase, useTestDatabase } from '../../../test/support/database'
import { buildTestApp, testConfig } from '../../../test/support/app'
import type { AppConfig } from '@zhengmin/config'
import { createModels } from '../db/models'
import { createCounterStore } from './rate-counters'

// Tuesday 2025-09-30 10:00 Beijing time.
const now = new Date('2025-09-30T02:00:00Z')
const validBody = {
  category: 'consult',
  title: '失业保险金怎么申领',
  content: '我上个月被公司裁员，想了解失业保险金的申领条件和需要准备的材料。',
  name: '张三',
  phone: '138 0000 1234',
  allowPublish: false,
  consent: true,
}
const phone = '13800001234'

const db = useTestDatabase()

/** An app instance with every per-address limit set to `limit` (others as configured). */
function instance(limit: number, overrides: Partial<AppConfig> = {}) {
  const rateLimit = {
    ...testConfig().rateLimit,
    submissions: limit,
    lookups: limit,
    ratings: limit,
    followUps: limit,
    wechatLogins: limit,
    guideRatings: limit,
  }
  return buildTestApp(db, { clock: () => now, config: { rateLimit, ...overrides } }).callback
}

type Callback = ReturnType<typeof instance>

/** One request of each purpose, as any client may send it. */
const purposes: Record<string, (callback: Callback) => request.Test> = {
  submission: (callback) => request(callback).post('/api/v1/messages').send(validBody),
  lookup: (callback) =>
    request(callback).get('/api/v1/messages/lookup').query({ code: 'BBBBBBBB', phone }),
  rating: (callback) =>
    request(callback).post('/api/v1/messages/BBBBBBBB/rating').send({ phone, level: 5 }),
  followUp: (callback) =>
    request(callback)
      .post('/api/v1/messages/BBBBBBBB/follow-up')
      .send({ phone, content: '请问办理进度如何？' }),
  wechatLogin: (callback) =>
    request(callback).post('/api/v1/auth/wechat').send({ code: '0a1b2c3d4e5f' }),
  guideRating: (callback) =>
    request(callback)
      .post('/api/v1/guides/no-such-guide/ratings')
      .set('X-Device-Id', 'device-0123456789abcdef')
      .send({ level: 5 }),
}

describe('one limit per purpose', () => {
  it('refuses each purpose with its own message, Retry-After and RateLimit headers', async () => {
    const callback = instance(1)
    const expected: Record<string, [string, string]> = {
      submission: ['submission', '提交留言过于频繁，请 10 分钟后再试'],
      lookup: ['lookup', '查询过于频繁，请 10 分钟后再试'],
      rating: ['rating', '评价过于频繁，请 10 分钟后再试'],
      followUp: ['follow-up', '追问过于频繁，请 10 分钟后再试'],
      wechatLogin: ['wechat-login', '微信登录过于频繁，请 10 分钟后再试'],
      guideRating: ['guide-rating', '办事指南评价过于频繁，请 10 分钟后再试'],
    }
    for (const [purpose, send] of Object.entries(purposes)) {
      const [name, message] = expected[purpose]!
      const first = await send(callback)
      expect(first.status).not.toBe(429)
      expect(first.headers['ratelimit-policy']).toBe(`"${name}";q=1;w=600`)
      expect(first.headers['ratelimit']).toBe(`"${name}";r=0;t=600`)
      // Each purpose has its own allowance: the others' use left this one's first request free.
      const second = await send(callback).expect(429)
      expect(second.headers['retry-after']).toBe('600')
      expect(second.body.error).toMatchObject({ code: 'rate_limited', message })
    }
  })

  it('lets a guide rating through after the lookups are used up', async () => {
    const callback = instance(30)
    for (let i = 0; i < 30; i += 1) await purposes.lookup!(callback).expect(404)
    await purposes.lookup!(callback).expect(429)
    const rating = await purposes.guideRating!(callback).expect(404)
    expect(rating.headers['ratelimit']).toBe('"guide-rating";r=29;t=600')
  })

  it('counts in the database, so that every instance shares one limit', async () => {
    const first = instance(3)
    const second = instance(3)
    await purposes.submission!(first).expect(201)
    await purposes.submission!(second).expect(201)
    await purposes.submission!(first).expect(201)
    await purposes.submission!(second).expect(429)
    expect(await createModels(db).Message.countDocuments()).toBe(3)
  })

  it('counts parallel requests atomically: never more than the limit get through', async () => {
    const callbacks = [instance(5), instance(5), instance(5)]
    const responses = await Promise.all(
      Array.from({ length: 15 }, (_, i) => purposes.lookup!(callbacks[i % 3]!)),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([...Array(5).fill(404), ...Array(10).fill(429)])
  })

  it('tells clients apart by X-Forwarded-For only when TRUST_PROXY is on', async () => {
    const from = (callback: Callback, address: string) =>
      purposes.lookup!(callback).set('X-Forwarded-For', address)
    const trusting = instance(1, { trustProxy: true })
    await from(trusting, '198.51.100.1').expect(404)
    await from(trusting, '198.51.100.2').expect(404)
    // Only the entry the load balancer appended counts: a forged first entry changes nothing.
    await from(trusting, '198.51.100.3, 198.51.100.2').expect(429)
    await clearDatabase(db)
    const direct = instance(1)
    await from(direct, '198.51.100.1').expect(404)
    await from(direct, '198.51.100.2').expect(429)
  })
})

describe('the counter store', () => {
  it('starts a new window when the last one is over, with the full allowance', async () => {
    const counters = createCounterStore(createModels(db).RateCounter)
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000)
    expect(await counters.take('k', 2, 60_000, at(0))).toMatchObject({ allowed: true, count: 1 })
    expect(await counters.take('k', 2, 60_000, at(30))).toMatchObject({ allowed: true, count: 2 })
    expect(await counters.take('k', 2, 60_000, at(59))).toEqual({
      allowed: false,
      count: 2,
      resetAt: at(60),
    })
    expect(await counters.take('k', 2, 60_000, at(60))).toEqual({
      allowed: true,
      count: 1,
      resetAt: at(120),
    })
  })

  it('restarts an expired window atomically: parallel requests never exceed the limit', async () => {
    // rate-limiter-flexible's Mongo store let more than 5 of 15 through in 1 of 20 such rounds on the
    // embedded engine (its restart is a guarded findOneAndUpdate); this store must not.
    const counters = createCounterStore(createModels(db).RateCounter)
    const later = new Date(now.getTime() + 60_000)
    for (let round = 0; round < 20; round += 1) {
      await counters.take(`r${round}`, 5, 60_000, now)
      const results = await Promise.all(
        Array.from({ length: 15 }, () => counters.take(`r${round}`, 5, 60_000, later)),
      )
      expect(results.filter((result) => result.allowed)).toHaveLength(5)
    }
  })
})
