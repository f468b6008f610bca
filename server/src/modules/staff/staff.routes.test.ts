import request from 'supertest'
import pino from 'pino'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp, testConfig } from '../../../../test/support/app'
import { createStaff, TEST_STAFF_PASSWORD } from '../../../../test/support/staff'
import type { AppConfig } from '@zhengmin/config'
import { createModels } from '../../db/models'
import { hashToken } from '../../http/session-tokens'

// Tuesday 2025-09-30 10:00 Beijing time.
const start = new Date('2025-09-30T02:00:00Z')
const HOUR = 3600 * 1000

const db = useTestDatabase()

/** The app on a clock the test moves, and the log lines it wrote. */
function appWithClock(config: Partial<AppConfig> = {}) {
  const clock = { now: start }
  const logged: Array<Record<string, unknown>> = []
  const logger = pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) })
  const { callback } = buildTestApp(db, { clock: () => clock.now, config, logger })
  return {
    callback,
    logged,
    advance: (ms: number) => {
      clock.now = new Date(clock.now.getTime() + ms)
    },
  }
}

function login(
  callback: ReturnType<typeof appWithClock>['callback'],
  username: string,
  password: string,
) {
  return request(callback).post('/api/v1/staff/session').send({ username, password })
}

/** The value of the zm_staff cookie in a response, and its attributes. */
function sessionCookie(response: request.Response): string | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined
  return header?.find((c) => c.startsWith('zm_staff='))
}

describe('POST /api/v1/staff/session', () => {
  it('signs in, answers the token once and sets an httpOnly SameSite=Strict cookie', async () => {
    const { account } = await createStaff(db, { role: 'handler', unit: 'employment', now: start })
    const { callback } = appWithClock()

    const response = await login(callback, account.username, TEST_STAFF_PASSWORD).expect(200)

    expect(response.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: '2025-09-30T22:00:00.000+08:00', // 12 hours later
      staff: {
        id: String(account._id),
        username: account.username,
        displayName: account.displayName,
        role: 'handler',
        unit: 'employment',
      },
    })
    const cookie = sessionCookie(response)
    expect(cookie).toContain(`zm_staff=${response.body.token}`)
    expect(cookie).toMatch(/; path=\/api\/v1/)
    expect(cookie).toMatch(/; httponly/)
    expect(cookie).toMatch(/; samesite=strict/)
    expect(cookie).not.toMatch(/; secure/)

    // Only the token's hash is stored.
    const { StaffSession, StaffAccount } = createModels(db)
    const session = await StaffSession.findOne({ tokenHash: hashToken(response.body.token) }).lean()
    expect(session).toMatchObject({
      staffId: account._id,
      createdAt: start,
      expiresAt: new Date(start.getTime() + 12 * HOUR),
      lastSeenAt: start,
    })
    const everySession = await StaffSession.find().lean()
    expect(JSON.stringify(everySession)).not.toContain(response.body.token)
    expect(await StaffAccount.findById(account._id).lean()).toMatchObject({ lastLoginAt: start })
  })

  it('marks the cookie Secure in production', async () => {
    const { account } = await createStaff(db, { role: 'office', now: start })
    const { callback } = appWithClock({ env: 'production' })
    const response = await login(callback, account.username, TEST_STAFF_PASSWORD).expect(200)
    expect(sessionCookie(response)).toMatch(/; secure/)
  })

  it('gives a token that works for GET /staff/me as Bearer and as cookie', async () => {
    const { account } = await createStaff(db, { role: 'admin', now: start })
    const { callback } = appWithClock()
    const { body } = await login(
      callback,
      account.username.toUpperCase(),
      TEST_STAFF_PASSWORD,
    ).expect(200)
    const profile = {
      id: String(account._id),
      username: account.username,
      displayName: account.displayName,
      role: 'admin',
    }

    const viaBearer = await request(callback)
      .get('/api/v1/staff/me')
      .set('Authorization', `Bearer ${body.token}`)
      .expect(200)
    const viaCookie = await request(callback)
      .get('/api/v1/staff/me')
      .set('Cookie', `zm_staff=${body.token}`)
      .expect(200)

    expect(viaBearer.body).toEqual(profile)
    expect(viaCookie.body).toEqual(profile)
  })

  it('answers an unknown user, a wrong password and a disabled account identically', async () => {
    const { account } = await createStaff(db, { role: 'office', now: start })
    const disabled = await createStaff(db, { role: 'office', disabled: true, now: start })
    const { callback } = appWithClock()

    const unknown = await login(callback, 'no-such-user', TEST_STAFF_PASSWORD)
    const wrong = await login(callback, account.username, 'wrong password!')
    const off = await login(callback, disabled.account.username, TEST_STAFF_PASSWORD)

    for (const response of [unknown, wrong, off]) {
      expect(response.status).toBe(401)
      expect(sessionCookie(response)).toBeUndefined()
      const { requestId, ...error } = response.body.error
      expect(requestId).toEqual(expect.any(String))
      expect(error).toEqual({ code: 'invalid_credentials', message: '用户名或密码错误' })
    }
    expect(await createModels(db).StaffSession.countDocuments()).toBe(2) // the factory's own
  })

  it('logs logins with the username and the outcome, never the password', async () => {
    const { account } = await createStaff(db, { role: 'office', now: start })
    const { callback, logged } = appWithClock()
    await login(callback, account.username, 'a-wrong-password').expect(401)
    await login(callback, account.username, TEST_STAFF_PASSWORD).expect(200)

    const logins = logged.filter((line) => line.msg === 'staff login')
    expect(logins).toEqual([
      expect.objectContaining({
        username: account.username,
        outcome: 'failure',
        reason: 'wrong_password',
      }),
      expect.objectContaining({ username: account.username, outcome: 'success' }),
    ])
    const everything = JSON.stringify(logged)
    expect(everything).not.toContain('a-wrong-password')
    expect(everything).not.toContain(TEST_STAFF_PASSWORD)
  })

  it('rejects a missing password with 400', async () => {
    const { callback } = appWithClock()
    const response = await request(callback)
      .post('/api/v1/staff/session')
      .send({ username: 'admin' })
      .expect(400)
    expect(response.body.error.fields).toEqual([{ field: 'password', message: '请填写密码' }])
  })

  it('slows down, then refuses, guesses from one address for one account', async () => {
    const { account } = await createStaff(db, { role: 'handler', now: start })
    const { callback, advance, logged } = appWithClock()
    const guess = (password = 'wrong password') => login(callback, account.username, password)

    for (let i = 1; i <= 3; i += 1) await guess().expect(401)
    // After the third failure the address waits 30 seconds, then 60 after the fourth.
    const slowed = await guess().expect(429)
    expect(slowed.headers['retry-after']).toBe('30')
    expect(slowed.body.error).toMatchObject({
      code: 'login_throttled',
      message: '登录失败次数过多，请 30 秒后再试',
    })
    advance(30_000)
    await guess().expect(401)
    expect((await guess().expect(429)).headers['retry-after']).toBe('60')
    advance(60_000)
    await guess().expect(401)

    // Five failures: this address is refused for 15 minutes, even with the right password.
    const refused = await guess(TEST_STAFF_PASSWORD).expect(429)
    expect(refused.headers['retry-after']).toBe('900')
    expect(refused.body.error.message).toBe('登录失败次数过多，请 15 分钟后再试')
    expect(logged).toContainEqual(
      expect.objectContaining({ msg: 'staff login', reason: 'throttled', outcome: 'failure' }),
    )
    advance(15 * 60 * 1000)
    await guess(TEST_STAFF_PASSWORD).expect(200)
    // The success forgets the failures: three more before any wait.
    for (let i = 1; i <= 3; i += 1) await guess().expect(401)
  })

  it('with TRUST_PROXY, five wrong passwords for office from one address do not stop office signing in from another', async () => {
    await createStaff(db, { role: 'office', username: 'office', now: start })
    const { callback, advance } = appWithClock({ trustProxy: true })
    const from = (address: string, password: string) =>
      login(callback, 'office', password).set('X-Forwarded-For', address)

    for (let i = 1; i <= 5; i += 1) {
      // The stranger even puts office's address first; the load balancer's entry is what counts.
      await from('203.0.113.20, 198.51.100.7', `wrong-${i}`).expect(401)
      advance(2 * 60 * 1000) // past every slow-down, so that all five are checked
    }
    // The stranger's address is refused now…
    await from('198.51.100.7', TEST_STAFF_PASSWORD).expect(429)
    // …and office signs in from its own address at once.
    const own = await from('203.0.113.20', TEST_STAFF_PASSWORD).expect(200)
    expect(own.body.staff.username).toBe('office')
  })

  it('answers a known and an unknown username identically, failure after failure', async () => {
    await createStaff(db, { role: 'office', username: 'office', now: start })
    const { callback, advance, logged } = appWithClock({ trustProxy: true })
    const answers = (username: string, address: string) =>
      login(callback, username, 'not the password').set('X-Forwarded-For', address)
    const shape = (response: request.Response) => {
      const { requestId, ...error } = response.body.error
      expect(requestId).toEqual(expect.any(String))
      return {
        status: response.status,
        error,
        retryAfter: response.headers['retry-after'],
        rateLimit: response.headers['ratelimit'],
        cookie: sessionCookie(response),
      }
    }

    for (let i = 1; i <= 7; i += 1) {
      const known = shape(await answers('office', '198.51.100.1'))
      const unknown = shape(await answers('no-such-user', '198.51.100.2'))
      expect(unknown).toEqual(known)
      if (i === 1) expect(known.status).toBe(401)
      advance(i === 3 ? 30_000 : 1000)
    }
    // Both were counted and refused the same way, and both had a password hash checked.
    const reasons = logged.filter((line) => line.msg === 'staff login').map((line) => line.reason)
    expect(reasons.filter((r) => r === 'wrong_password')).toHaveLength(4)
    expect(reasons.filter((r) => r === 'unknown_user')).toHaveLength(4)
  })

  it('counts parallel guesses atomically: 15 at once get no more than the limit checked', async () => {
    const { account } = await createStaff(db, { role: 'admin', now: start })
    const { callback, logged } = appWithClock()
    const responses = await Promise.all(
      Array.from({ length: 15 }, (_, i) => login(callback, account.username, `guess-${i}`)),
    )
    const statuses = responses.map((response) => response.status).sort()
    // Three before the first wait (all at the same instant), then every other one refused.
    expect(statuses).toEqual([...Array(3).fill(401), ...Array(12).fill(429)])
    const checked = logged.filter((line) => line.reason === 'wrong_password')
    expect(checked).toHaveLength(3)
  })

  it('alerts when many addresses fail on one account and slows strangers, never its own address', async () => {
    await createStaff(db, { role: 'office', username: 'office', now: start })
    const lockout = { ...testConfig().staffLoginLockout, accountAlertFailures: 6 }
    const { callback, advance, logged } = appWithClock({
      trustProxy: true,
      staffLoginLockout: lockout,
    })
    const from = (address: string, password = 'wrong password') =>
      login(callback, 'office', password).set('X-Forwarded-For', address)
    const home = '203.0.113.20'
    await from(home, TEST_STAFF_PASSWORD).expect(200)

    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      await from(address).expect(401)
      await from(address).expect(401)
    }
    const alerts = logged.filter((line) => line.alert === true)
    expect(alerts).toEqual([
      expect.objectContaining({
        level: 50,
        username: 'office',
        failures: 6,
        msg: 'staff account under a guessing attack: failed logins from many addresses',
      }),
    ])

    // Strangers share one attempt a minute, whatever their address.
    await from('198.51.100.4').expect(401)
    const spaced = await from('198.51.100.5').expect(429)
    expect(spaced.headers['retry-after']).toBe('60')
    expect(spaced.body.error.code).toBe('login_throttled')
    // The office's own address is not held up.
    await from(home, TEST_STAFF_PASSWORD).expect(200)
    advance(60_000)
    await from('198.51.100.5').expect(401)
    // One alert per attack window.
    expect(logged.filter((line) => line.alert === true)).toHaveLength(1)
  })

  it('limits login attempts per client address', async () => {
    const { callback } = appWithClock({ staffLoginRateLimit: { attempts: 2, windowSeconds: 600 } })
    await login(callback, 'someone', 'wrong password').expect(401)
    await login(callback, 'someone-else', 'wrong password').expect(401)
    const limited = await login(callback, 'third', 'wrong password').expect(429)
    expect(limited.body.error).toMatchObject({
      code: 'rate_limited',
      message: '登录尝试过于频繁，请 10 分钟后再试',
    })
    expect(limited.headers['retry-after']).toBe('600')
    expect(limited.headers['ratelimit-policy']).toBe('"staff-login";q=2;w=600')
    expect(limited.headers['ratelimit']).toBe('"staff-login";r=0;t=600')
  })
})

describe('staff sessions', () => {
  it('answers 401 "请先登录" without credentials', async () => {
    const response = await request(appWithClock().callback).get('/api/v1/staff/me').expect(401)
    expect(response.body.error).toMatchObject({ code: 'unauthenticated', message: '请先登录' })
  })

  it.each([
    ['an unknown token', `Bearer ${'A'.repeat(43)}`],
    ['a malformed token', 'Bearer not-a-token'],
    ['another scheme', 'Basic YWRtaW46YWRtaW4='],
  ])('answers 401 for %s', async (_what, authorization) => {
    const response = await request(appWithClock().callback)
      .get('/api/v1/staff/me')
      .set('Authorization', authorization)
      .expect(401)
    expect(response.body.error.code).toBe('session_expired')
  })

  it('ends a session when it expires', async () => {
    const { account } = await createStaff(db, { role: 'office', now: start })
    const { callback, advance } = appWithClock()
    const { body } = await login(callback, account.username, TEST_STAFF_PASSWORD).expect(200)
    const me = () =>
      request(callback).get('/api/v1/staff/me').set('Authorization', `Bearer ${body.token}`)

    advance(12 * HOUR - 1000)
    await me().expect(200)
    advance(1000)
    const expired = await me().expect(401)
    expect(expired.body.error).toMatchObject({
      code: 'session_expired',
      message: '登录已失效，请重新登录',
    })
  })

  it('records the last use at most once a minute', async () => {
    const { account, authorization } = await createStaff(db, { role: 'office', now: start })
    const { callback, advance } = appWithClock()
    const { StaffSession } = createModels(db)
    const lastSeen = async () =>
      (await StaffSession.findOne({ staffId: account._id }).lean())?.lastSeenAt

    advance(30_000)
    await request(callback).get('/api/v1/staff/me').set('Authorization', authorization).expect(200)
    expect(await lastSeen()).toEqual(start)
    advance(31_000)
    await request(callback).get('/api/v1/staff/me').set('Authorization', authorization).expect(200)
    expect(await lastSeen()).toEqual(new Date(start.getTime() + 61_000))
  })

  it('logs out: revokes the session, clears the cookie, and the token stops working', async () => {
    const { account } = await createStaff(db, { role: 'handler', now: start })
    const { callback, advance } = appWithClock()
    const { body } = await login(callback, account.username, TEST_STAFF_PASSWORD).expect(200)
    advance(5000)

    const response = await request(callback)
      .delete('/api/v1/staff/session')
      .set('Authorization', `Bearer ${body.token}`)
      .expect(204)

    expect(sessionCookie(response)).toMatch(/^zm_staff=;.*expires=Thu, 01 Jan 1970/)
    const session = await createModels(db)
      .StaffSession.findOne({ tokenHash: hashToken(body.token) })
      .lean()
    expect(session?.revokedAt).toEqual(new Date(start.getTime() + 5000))
    await request(callback)
      .get('/api/v1/staff/me')
      .set('Authorization', `Bearer ${body.token}`)
      .expect(401)
  })
})

describe('cookie sessions and cross-site requests', () => {
  const host = 'zhengmin.example'
  const ownOrigin = `http://${host}`

  /** Logs out with the session cookie and the given headers. */
  async function logoutWithCookie(headers: Record<string, string>) {
    const { account, token } = await createStaff(db, { role: 'office', now: start })
    const { callback } = appWithClock()
    const response = await request(callback)
      .delete('/api/v1/staff/session')
      .set({ Host: host, Cookie: `zm_staff=${token}`, ...headers })
    const session = await createModels(db).StaffSession.findOne({ staffId: account._id }).lean()
    return { response, revoked: session?.revokedAt !== undefined }
  }

  it('refuses a cookie-authenticated write from another origin with 403 and changes nothing', async () => {
    const { response, revoked } = await logoutWithCookie({ Origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('csrf_rejected')
    expect(revoked).toBe(false)
  })

  it('refuses a cookie-authenticated write without Origin or Referer', async () => {
    const { response, revoked } = await logoutWithCookie({})
    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('csrf_rejected')
    expect(revoked).toBe(false)
  })

  it('refuses "Origin: null" (sandboxed frames, privacy redirects)', async () => {
    const { response } = await logoutWithCookie({ Origin: 'null' })
    expect(response.status).toBe(403)
  })

  it('refuses a foreign Referer when Origin is absent', async () => {
    const { response } = await logoutWithCookie({ Referer: 'https://evil.example/page' })
    expect(response.status).toBe(403)
  })

  it('accepts a cookie-authenticated write from our own origin', async () => {
    const { response, revoked } = await logoutWithCookie({ Origin: ownOrigin })
    expect(response.status).toBe(204)
    expect(revoked).toBe(true)
  })

  it('accepts our own page as Referer when Origin is absent', async () => {
    const { response, revoked } = await logoutWithCookie({ Referer: `${ownOrigin}/staff/` })
    expect(response.status).toBe(204)
    expect(revoked).toBe(true)
  })

  it('behind a TLS-terminating load balancer, matches the HTTPS origin when TRUST_PROXY is on', async () => {
    const { token } = await createStaff(db, { role: 'office', now: start })
    const viaProxy = (trustProxy: boolean) =>
      request(appWithClock({ trustProxy }).callback)
        .delete('/api/v1/staff/session')
        .set({
          Host: host,
          'X-Forwarded-Proto': 'https',
          Origin: `https://${host}`,
          Cookie: `zm_staff=${token}`,
        })
    // Without trusting the proxy the server sees plain HTTP and cannot match the page's origin.
    expect((await viaProxy(false)).status).toBe(403)
    expect((await viaProxy(true)).status).toBe(204)
  })

  it('needs no origin for reads with the cookie', async () => {
    const { token } = await createStaff(db, { role: 'office', now: start })
    await request(appWithClock().callback)
      .get('/api/v1/staff/me')
      .set('Cookie', `zm_staff=${token}`)
      .expect(200)
  })

  it('lets a Bearer-token write through without Origin (the mini-program sends none)', async () => {
    const { authorization } = await createStaff(db, { role: 'office', now: start })
    await request(appWithClock().callback)
      .delete('/api/v1/staff/session')
      .set('Authorization', authorization)
      .expect(204)
  })
})
