import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

/** A made-up schedule for 2027, for tests only (the real one is not published yet). */
const fictional2027 = {
  year: 2027,
  restDays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  makeUpWorkingDays: ['2027-01-09'],
  notice: { number: '测试用文号〔2026〕3号', issuedOn: '2026-11-10' },
}

const now = new Date('2026-12-28T02:00:00Z')

const db = useTestDatabase()

function app() {
  return buildTestApp(db, { clock: () => now }).callback
}

const years2027 = () => createModels(db).CalendarYear.find({ year: 2027 }).lean()

describe('PUT /api/v1/staff/calendar/:year', () => {
  it('answers 401 without a login and stores nothing', async () => {
    const response = await request(app())
      .put('/api/v1/staff/calendar/2027')
      .send(fictional2027)
      .expect(401)
    expect(response.body.error.code).toBe('unauthenticated')
    expect(await years2027()).toHaveLength(0)
  })

  it.each(['office', 'handler'] as const)(
    'answers 403 to the %s and stores nothing',
    async (role) => {
      const { authorization } = await createStaff(db, { role, now })
      const response = await request(app())
        .put('/api/v1/staff/calendar/2027')
        .set('Authorization', authorization)
        .send(fictional2027)
        .expect(403)
      expect(response.body.error).toMatchObject({
        code: 'forbidden',
        message: '没有权限执行此操作',
      })
      expect(await years2027()).toHaveLength(0)
    },
  )

  it('answers 400 with the reasons for an invalid schedule', async () => {
    const { authorization } = await createStaff(db, { role: 'admin', now })
    const response = await request(app())
      .put('/api/v1/staff/calendar/2027')
      .set('Authorization', authorization)
      .send({ ...fictional2027, makeUpWorkingDays: ['2027-01-06'] }) // a Wednesday
      .expect(400)
    expect(response.body.error.fields).toEqual([
      {
        field: 'makeUpWorkingDays.0',
        message: '调休上班日期 2027-01-06 是星期三；调休上班日只能是星期六或星期日',
      },
    ])
    expect(await years2027()).toHaveLength(0)
  })

  it('answers 400 when the year in the path is not the year of the schedule', async () => {
    const { authorization } = await createStaff(db, { role: 'admin', now })
    const response = await request(app())
      .put('/api/v1/staff/calendar/2028')
      .set('Authorization', authorization)
      .send(fictional2027)
      .expect(400)
    expect(response.body.error.fields).toEqual([
      { field: 'year', message: '地址中的年份 2028 与节假日安排中的年份 2027 不一致' },
    ])
    expect(await createModels(db).CalendarYear.countDocuments()).toBe(0)
  })

  it.each(['next', '1999'])('answers 400 for the path year %s', async (year) => {
    const { authorization } = await createStaff(db, { role: 'admin', now })
    const response = await request(app())
      .put(`/api/v1/staff/calendar/${year}`)
      .set('Authorization', authorization)
      .send(fictional2027)
      .expect(400)
    expect(response.body.error.fields[0].field).toBe('year')
  })

  it('answers 400 for an empty body', async () => {
    const { authorization } = await createStaff(db, { role: 'admin', now })
    await request(app())
      .put('/api/v1/staff/calendar/2027')
      .set('Authorization', authorization)
      .expect(400)
  })

  it('loads the year for the admin, records who loaded it, and recomputes open deadlines', async () => {
    const { account, authorization } = await createStaff(db, { role: 'admin', now })
    const callback = app()
    await request(callback)
      .post('/api/v1/messages')
      .send({
        category: 'consult',
        title: '年底办理参保证明',
        content: '年底前想开一份养老保险参保证明，请问需要带什么材料？',
        phone: '13900001111',
        consent: true,
      })
      .expect(201)

    const response = await request(callback)
      .put('/api/v1/staff/calendar/2027')
      .set('Authorization', authorization)
      .send(fictional2027)
      .expect(200)

    expect(response.body).toEqual({ year: 2027, version: 1, checked: 1, changed: 1 })
    expect(await years2027()).toEqual([
      expect.objectContaining({
        year: 2027,
        version: 1,
        source: 'loaded',
        loadedAt: now,
        loadedBy: `staff:${account.username}`,
        restDays: fictional2027.restDays,
        makeUpWorkingDays: fictional2027.makeUpWorkingDays,
      }),
    ])
  })
})
