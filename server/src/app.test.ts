import request from 'supertest'
import type { Connection } from 'mongoose'
import { testDatabaseUri, useTestDatabase } from '../../test/support/database'
import { buildTestApp } from '../../test/support/app'
import { connectDatabase } from './db/connection'
import { createModels } from './db/models'

const db = useTestDatabase({ clearBetweenTests: false })

describe('app', () => {
  it('reports a reachable database on /health', async () => {
    const response = await request(buildTestApp(db).callback).get('/api/v1/health').expect(200)
    expect(response.body).toEqual({ status: 'ok', db: 'up' })
  })

  it('sets security headers and forbids caching of API answers', async () => {
    const response = await request(buildTestApp(db).callback).get('/api/v1/health')
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    })
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('lists units and categories', async () => {
    const callback = buildTestApp(db).callback
    const units = await request(callback).get('/api/v1/units').expect(200)
    expect(units.body.items).toContainEqual({ code: 'social-insurance', name: '市社保局' })
    const categories = await request(callback).get('/api/v1/categories').expect(200)
    expect(categories.body.items.map((c: { name: string }) => c.name)).toEqual([
      '咨询',
      '投诉',
      '举报',
      '建议',
    ])
  })

  it('computes a deadline for the app before submission', async () => {
    const response = await request(buildTestApp(db).callback)
      .get('/api/v1/calendar/deadline')
      .query({ receivedAt: '2024-04-30T09:00:00+08:00' })
      .expect(200)
    expect(response.body).toEqual({
      receivedDate: '2024-04-30',
      dueDate: '2024-05-10',
      dueAt: '2024-05-11T00:00:00.000+08:00',
      provisional: false,
    })
  })

  it.each([
    [{ receivedAt: 'yesterday' }, 'receivedAt'],
    [{ receivedAt: '2024-04-30T09:00:00' }, 'receivedAt'],
    [{ receivedAt: '2024-04-30T09:00:00Z', workingDays: '0' }, 'workingDays'],
    [{ receivedAt: '2024-04-30T09:00:00Z', workingDays: 'many' }, 'workingDays'],
  ])('rejects a bad deadline query %j with 400', async (query, field) => {
    const response = await request(buildTestApp(db).callback)
      .get('/api/v1/calendar/deadline')
      .query(query)
      .expect(400)
    expect(response.body.error.fields[0].field).toBe(field)
  })
})

describe('when the database is unreachable', () => {
  let downDb: Connection
  beforeAll(async () => {
    downDb = await connectDatabase(testDatabaseUri(db.name))
    createModels(downDb)
    await downDb.close()
  })

  it('says so on /health with 503', async () => {
    const response = await request(buildTestApp(downDb).callback).get('/api/v1/health').expect(503)
    expect(response.body).toEqual({ status: 'degraded', db: 'down' })
    expect(response.headers['retry-after']).toBe('5')
  })

  it('answers writes with 503 and Retry-After and stores nothing', async () => {
    const response = await request(buildTestApp(downDb).callback)
      .post('/api/v1/messages')
      .send({
        category: 'suggestion',
        title: '建议延长窗口办公时间',
        content: '建议社保窗口在工作日延长办公时间到晚上七点，方便上班族办理。',
        phone: '13800001234',
        consent: true,
      })
      .expect(503)
    expect(response.headers['retry-after']).toBe('5')
    expect(response.body.error.code).toBe('service_unavailable')
    expect(await createModels(db).Message.countDocuments()).toBe(0)
  })
})

describe('deadline explanation', () => {
  it('lists the counted working days and the skipped rest days', async () => {
    const response = await request(buildTestApp(db).callback)
      .get('/api/v1/calendar/deadline')
      .query({ receivedAt: '2026-02-13T10:00:00+08:00', explain: 'true' })
      .expect(200)

    expect(response.body.dueDate).toBe('2026-02-27')
    const { explanation } = response.body
    expect(explanation.receivedAt).toBe('2026-02-13T10:00:00.000+08:00')
    // 02-14 is a make-up Saturday; the Spring Festival break 02-15…02-23 is skipped.
    expect(explanation.counted.map((d: { date: string }) => d.date)).toEqual([
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
    ])
    expect(explanation.counted[0].kind).toBe('make-up-working-day')
    expect(explanation.skipped.map((d: { date: string }) => d.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ])
  })

  it('leaves the explanation out unless asked', async () => {
    const response = await request(buildTestApp(db).callback)
      .get('/api/v1/calendar/deadline')
      .query({ receivedAt: '2026-02-13T10:00:00+08:00' })
      .expect(200)
    expect(response.body).not.toHaveProperty('explanation')
  })
})
