import request from 'supertest'
import { citizenMessageViewSchema, myMessagePageSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { startFakeWeChat, type FakeWeChat } from '../../../../test/support/fake-wechat'
import { createModels } from '../../db/models'
import { hashToken } from '../../http/session-tokens'

// Monday 2026-03-02, 10:00 Beijing.
const now = new Date('2026-03-02T02:00:00Z')
const submission = (title: string) => ({
  category: 'consult',
  title,
  content: '请问灵活就业人员怎样参加职工基本养老保险？需要准备哪些材料？',
  phone: '13900001212',
  consent: true,
})

const db = useTestDatabase()
let wechat: FakeWeChat
beforeAll(async () => {
  wechat = await startFakeWeChat()
})
afterEach(() => {
  wechat.codes.clear()
})
afterAll(() => wechat.close())

const app = (at = now) => buildTestApp(db, { clock: () => at, config: wechat.config() }).callback

/** Signs a citizen in through the fake WeChat; returns the Authorization header value. */
async function signIn(openid: string, at = now): Promise<string> {
  const code = `code-${openid}-${Math.random().toString(36).slice(2)}`
  wechat.codes.set(code, openid)
  const response = await request(app(at)).post('/api/v1/auth/wechat').send({ code }).expect(200)
  return `Bearer ${response.body.token as string}`
}

describe('POST /auth/wechat', () => {
  it('exchanges a wx.login code for a session token and stores only its hash', async () => {
    wechat.codes.set('0a3Xyz', 'openid-alice')
    const response = await request(app()).post('/api/v1/auth/wechat').send({ code: '0a3Xyz' })
    expect(response.status).toBe(200)
    expect(response.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    // 30 days by default, shown in Beijing time.
    expect(response.body.expiresAt).toBe('2026-04-01T10:00:00.000+08:00')
    const session = await createModels(db).CitizenSession.findOne().lean()
    expect(session).toMatchObject({
      openid: 'openid-alice',
      tokenHash: hashToken(response.body.token),
    })
    expect(JSON.stringify(session)).not.toContain(response.body.token)
  })

  it('answers 400 for a malformed code and 401 for one WeChat refuses, creating no session', async () => {
    const malformed = await request(app())
      .post('/api/v1/auth/wechat')
      .send({ code: { $ne: '' } })
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.fields[0].field).toBe('code')
    const refused = await request(app()).post('/api/v1/auth/wechat').send({ code: 'unknown' })
    expect(refused.status).toBe(401)
    expect(refused.body.error.code).toBe('wechat_code_invalid')
    expect(await createModels(db).CitizenSession.countDocuments()).toBe(0)
  })

  it('answers 503 without WeChat credentials and 502 when WeChat cannot be reached', async () => {
    const unconfigured = buildTestApp(db, { clock: () => now }).callback
    const off = await request(unconfigured).post('/api/v1/auth/wechat').send({ code: 'abc' })
    expect(off.status).toBe(503)
    expect(off.body.error.message).toContain('查询码')

    const unreachable = buildTestApp(db, {
      clock: () => now,
      config: {
        wechat: { ...wechat.config().wechat, apiBaseUrl: 'http://127.0.0.1:9', timeoutMs: 500 },
      },
    }).callback
    const down = await request(unreachable).post('/api/v1/auth/wechat').send({ code: 'abc' })
    expect(down.status).toBe(502)
    expect(down.body.error.code).toBe('wechat_unreachable')
  })
})

describe('我的留言 with a WeChat login', () => {
  it('lists only the citizen’s own messages, newest first, a page at a time', async () => {
    const alice = await signIn('openid-alice')
    const bob = await signIn('openid-bob')
    const codes: string[] = []
    for (const [index, title] of ['第一条留言', '第二条留言', '第三条留言'].entries()) {
      const at = new Date(now.getTime() + index * 60_000)
      const created = await request(app(at))
        .post('/api/v1/messages')
        .set('Authorization', alice)
        .send(submission(title))
        .expect(201)
      codes.push(created.body.code as string)
    }
    await request(app())
      .post('/api/v1/messages')
      .set('Authorization', bob)
      .send(submission('别人的留言'))
      .expect(201)
    // Without a login the message is still accepted, just not linked to anyone.
    await request(app()).post('/api/v1/messages').send(submission('匿名留言')).expect(201)

    const first = await request(app())
      .get('/api/v1/me/messages')
      .query({ limit: 2 })
      .set('Authorization', alice)
      .expect(200)
    const page = myMessagePageSchema.parse(first.body)
    expect(page.items.map((item) => item.title)).toEqual(['第三条留言', '第二条留言'])
    expect(page.nextCursor).not.toBeNull()
    const second = await request(app())
      .get('/api/v1/me/messages')
      .query({ limit: 2, cursor: page.nextCursor })
      .set('Authorization', alice)
      .expect(200)
    expect(second.body).toEqual({
      items: [expect.objectContaining({ title: '第一条留言', code: codes[0] })],
      nextCursor: null,
    })
    // No phone in the list.
    expect(JSON.stringify(first.body)).not.toContain('13900001212')
  })

  it('shows, rates and follows up the citizen’s own message; another’s is 404', async () => {
    const alice = await signIn('openid-alice')
    const bob = await signIn('openid-bob')
    const created = await request(app())
      .post('/api/v1/messages')
      .set('Authorization', alice)
      .send(submission('参保咨询'))
      .expect(201)
    const code = created.body.code as string

    const own = await request(app())
      .get(`/api/v1/me/messages/${code}`)
      .set('Authorization', alice)
      .expect(200)
    expect(citizenMessageViewSchema.parse(own.body)).toMatchObject({ code, status: 'submitted' })
    const foreign = await request(app())
      .get(`/api/v1/me/messages/${code}`)
      .set('Authorization', bob)
    expect(foreign.status).toBe(404)

    await createModels(db).Message.updateOne(
      { code },
      {
        $set: {
          status: 'replied',
          unit: 'social-insurance',
          answer: { kind: 'reply', content: '已答复的内容', answeredAt: now },
        },
      },
    )
    await request(app())
      .post(`/api/v1/me/messages/${code}/rating`)
      .set('Authorization', bob)
      .send({ level: 5 })
      .expect(404)
    const lowWithoutReason = await request(app())
      .post(`/api/v1/me/messages/${code}/rating`)
      .set('Authorization', alice)
      .send({ level: 1 })
    expect(lowWithoutReason.status).toBe(400)
    const rated = await request(app())
      .post(`/api/v1/me/messages/${code}/rating`)
      .set('Authorization', alice)
      .send({ level: 4 })
      .expect(200)
    expect(rated.body).toMatchObject({ status: 'closed', rating: { level: 4 } })
  })

  it('refuses missing, malformed, unknown and expired tokens with 401', async () => {
    await request(app()).get('/api/v1/me/messages').expect(401)
    await request(app())
      .get('/api/v1/me/messages')
      .set('Authorization', 'Bearer not-a-token')
      .expect(401)
    await request(app())
      .get('/api/v1/me/messages')
      .set('Authorization', `Bearer ${'x'.repeat(43)}`)
      .expect(401)
    const alice = await signIn('openid-alice')
    const later = new Date(now.getTime() + 31 * 24 * 3600 * 1000)
    const expired = await request(app(later)).get('/api/v1/me/messages').set('Authorization', alice)
    expect(expired.status).toBe(401)
    expect(expired.body.error.code).toBe('citizen_unauthenticated')
    // A submission with a bad token is refused rather than silently stored unlinked.
    await request(app())
      .post('/api/v1/messages')
      .set('Authorization', 'Bearer broken')
      .send(submission('坏令牌'))
      .expect(401)
    expect(await createModels(db).Message.countDocuments()).toBe(0)
  })

  it('rejects a bad cursor and limit with 400', async () => {
    const alice = await signIn('openid-alice')
    for (const query of [{ cursor: 'bm90LWEtY3Vyc29y' }, { limit: 0 }, { limit: 'all' }]) {
      const response = await request(app())
        .get('/api/v1/me/messages')
        .query(query)
        .set('Authorization', alice)
      expect(response.status).toBe(400)
    }
  })
})
