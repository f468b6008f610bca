import request from 'supertest'
import { UNITS } from '@zhengmin/config'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createModels } from '../../db/models'
import { seedDemoStaff } from './demo-staff'

const password = 'demo-password-123'

const db = useTestDatabase()

describe('seedDemoStaff', () => {
  it('creates admin, office, and one handler and one unit head per unit that answers messages', async () => {
    const { created, existing } = await seedDemoStaff(createModels(db), password)

    const units = UNITS.filter((u) => u.answersMessages)
    const handlers = units.map((u) => `handler-${u.code}`)
    const heads = units.map((u) => `head-${u.code}`)
    expect(created).toEqual(['admin', 'office', ...handlers, ...heads])
    expect(existing).toEqual([])
    const accounts = await createModels(db).StaffAccount.find().lean()
    expect(accounts).toHaveLength(2 + handlers.length + heads.length)
    expect(accounts.find((a) => a.username === 'handler-social-insurance')).toMatchObject({
      role: 'handler',
      unit: 'social-insurance',
      displayName: '市社保局经办人（演示）',
    })
    expect(accounts.find((a) => a.username === 'head-social-insurance')).toMatchObject({
      role: 'unit-head',
      unit: 'social-insurance',
      displayName: '市社保局科室负责人（演示）',
    })
    expect(accounts.find((a) => a.username === 'admin')).toMatchObject({ role: 'admin' })
    expect(accounts.find((a) => a.username === 'office')).toMatchObject({ role: 'office' })
  })

  it('is idempotent: a second run creates nothing and keeps the first password', async () => {
    const models = createModels(db)
    await seedDemoStaff(models, password)
    const before = await models.StaffAccount.find().sort({ username: 1 }).lean()

    const second = await seedDemoStaff(models, 'another-password-456')

    expect(second.created).toEqual([])
    expect(second.existing).toHaveLength(before.length)
    const after = await models.StaffAccount.find().sort({ username: 1 }).lean()
    expect(after.map((a) => a.passwordHash)).toEqual(before.map((a) => a.passwordHash))
    await request(buildTestApp(db).callback)
      .post('/api/v1/staff/session')
      .send({ username: 'handler-employment', password })
      .expect(200)
    // The demo unit head signs in as the unit head of their unit.
    const head = await request(buildTestApp(db).callback)
      .post('/api/v1/staff/session')
      .send({ username: 'head-employment', password })
      .expect(200)
    expect(head.body.staff).toMatchObject({ role: 'unit-head', unit: 'employment' })
  })
})
