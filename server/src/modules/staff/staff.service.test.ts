import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff, TEST_STAFF_PASSWORD } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { verifyPassword } from './passwords'
import { createStaffService } from './staff.service'

const now = new Date('2025-09-30T02:00:00Z')

const db = useTestDatabase()

function service() {
  return createStaffService({ models: createModels(db), clock: () => now })
}

function me(authorization: string) {
  return request(buildTestApp(db, { clock: () => now }).callback)
    .get('/api/v1/staff/me')
    .set('Authorization', authorization)
}

describe('staff accounts', () => {
  it('stores an argon2id hash, never the password, and a lowercase username', async () => {
    const account = await service().create(
      { username: 'ZhangSan', displayName: '张三', role: 'handler', unit: 'social-insurance' },
      'a-long-password',
    )
    const stored = await createModels(db).StaffAccount.findById(account._id).lean()
    expect(stored).toMatchObject({
      username: 'zhangsan',
      displayName: '张三',
      role: 'handler',
      unit: 'social-insurance',
      disabled: false,
      passwordChangedAt: now,
    })
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(JSON.stringify(stored)).not.toContain('a-long-password')
    expect(await verifyPassword(stored?.passwordHash ?? '', 'a-long-password')).toBe(true)
  })

  it.each([
    [{ role: 'handler' }, 'unit', '经办人须指定所属科室'],
    [{ role: 'handler', unit: 'no-such-unit' }, 'unit', '请选择正确的经办科室'],
    [{ role: 'root' }, 'role', expect.stringContaining('请选择角色')],
    [{ role: 'office', username: 'a b' }, 'username', expect.stringContaining('用户名须为')],
  ])('refuses %j with 400 and stores nothing', async (change, field, message) => {
    await expect(
      service().create({ username: 'zhangsan', displayName: '张三', ...change }, 'a-long-password'),
    ).rejects.toMatchObject({ status: 400, details: { fields: [{ field, message }] } })
    expect(await createModels(db).StaffAccount.countDocuments()).toBe(0)
  })

  it('refuses a password shorter than 10 characters', async () => {
    await expect(
      service().create({ username: 'zhangsan', displayName: '张三', role: 'office' }, 'short'),
    ).rejects.toMatchObject({
      status: 400,
      details: { fields: [{ field: 'password', message: '密码至少10个字符' }] },
    })
  })

  it('refuses a username that is taken with 409', async () => {
    const input = { username: 'zhangsan', displayName: '张三', role: 'office' }
    await service().create(input, 'a-long-password')
    await expect(
      service().create({ ...input, username: 'ZhangSan' }, 'a-long-password'),
    ).rejects.toMatchObject({ status: 409, code: 'username_taken' })
  })

  it('disabling ends the sessions at once, and enabling allows a new login', async () => {
    const { account, authorization } = await createStaff(db, { role: 'handler', now })
    await me(authorization).expect(200)

    const { revokedSessions } = await service().disable(account.username)

    expect(revokedSessions).toBe(1)
    await me(authorization).expect(401)
    const callback = buildTestApp(db, { clock: () => now }).callback
    const credentials = { username: account.username, password: TEST_STAFF_PASSWORD }
    await request(callback).post('/api/v1/staff/session').send(credentials).expect(401)
    await service().enable(account.username)
    await request(callback).post('/api/v1/staff/session').send(credentials).expect(200)
  })

  it('resetting the password ends old sessions, lifts a lockout, and the new password works', async () => {
    const { account, authorization } = await createStaff(db, { role: 'office', now })
    const { StaffSession } = createModels(db)
    const callback = buildTestApp(db, { clock: () => now }).callback
    // Failures from this address until it is refused (the clock stands still: the third
    // failure already makes the address wait).
    const wrong = { username: account.username, password: 'not-the-password' }
    for (let i = 0; i < 3; i += 1) {
      await request(callback).post('/api/v1/staff/session').send(wrong).expect(401)
    }
    await request(callback).post('/api/v1/staff/session').send(wrong).expect(429)

    await service().resetPassword(account.username, 'a-brand-new-password')

    await me(authorization).expect(401)
    expect(await StaffSession.countDocuments({ revokedAt: now })).toBe(1)
    await request(callback)
      .post('/api/v1/staff/session')
      .send({ username: account.username, password: 'a-brand-new-password' })
      .expect(200)
  })

  it('answers 404 for an unknown username', async () => {
    await expect(service().disable('nobody')).rejects.toMatchObject({ status: 404 })
  })
})
