import pino from 'pino'
import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createModels } from '../../db/models'
import { AppError } from '../../http/errors'
import { createCalendarService } from './calendar.service'

/**
 * A made-up schedule for 2027, for tests only (the real one is not published yet): New Year
 * 01-01…01-03 off, Sunday 01-03 is rest, and Saturday 01-09 a make-up working day.
 */
const fictional2027 = {
  year: 2027,
  restDays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'],
  makeUpWorkingDays: ['2027-01-09'],
  notice: { number: '测试用文号〔2026〕1号', issuedOn: '2026-11-10' },
}

const message = {
  category: 'consult',
  title: '年底办理参保证明',
  content: '年底前想开一份养老保险参保证明，请问需要带什么材料？',
  phone: '13900001111',
  consent: true,
}

const log = pino({ level: 'silent' })
const db = useTestDatabase()

function serviceAt(now: Date) {
  return createCalendarService({ models: createModels(db), clock: () => now, log })
}

describe('calendar service', () => {
  const now = new Date('2026-12-28T02:00:00Z') // Monday 2026-12-28, 10:00 Beijing

  it('seeds the shipped years into the database once', async () => {
    const service = serviceAt(now)
    await service.initialize()
    await service.initialize()
    const years = await createModels(db).CalendarYear.find().sort({ year: 1 }).lean()
    expect(years.map((y) => [y.year, y.version, y.source])).toEqual([
      [2024, 1, 'shipped'],
      [2025, 1, 'shipped'],
      [2026, 1, 'shipped'],
    ])
  })

  it('refuses an invalid schedule with the reasons and stores nothing', async () => {
    const service = serviceAt(now)
    const bad = { ...fictional2027, restDays: ['2028-01-01'], makeUpWorkingDays: ['2027-01-09'] }
    await expect(service.loadYear(bad, 'test')).rejects.toBeInstanceOf(AppError)
    await expect(
      service.loadYear({ ...fictional2027, notice: { issuedOn: '2026-11-10' } }, 'test'),
    ).rejects.toMatchObject({
      status: 400,
    })
    expect(await createModels(db).CalendarYear.countDocuments({ year: 2027 })).toBe(0)
  })

  it('recomputes provisional deadlines of open messages when their year is loaded, and records it', async () => {
    const callback = buildTestApp(db, { clock: () => now }).callback
    const submitted = await request(callback).post('/api/v1/messages').send(message).expect(201)
    // 12-29, 12-30, 12-31 are working days in 2026; then 2027 has no data yet.
    expect(submitted.body).toMatchObject({ receivedDate: '2026-12-28', provisional: true })
    expect(submitted.body.dueDate).toBe('2027-01-05') // weekdays plus 01-01 as the law fixes

    const result = await serviceAt(now).loadYear(fictional2027, 'test')

    expect(result).toEqual({ year: 2027, version: 1, checked: 1, changed: 1 })
    const { Message, MessageEvent } = createModels(db)
    const stored = await Message.findById(submitted.body.id).lean()
    // 12-29, 12-30, 12-31, then 01-05 and 01-06 (01-01…01-04 off in the fictional schedule).
    expect(stored).toMatchObject({ dueDate: '2027-01-06', provisional: false })
    expect(stored?.dueAt.toISOString()).toBe('2027-01-06T16:00:00.000Z')
    const events = await MessageEvent.find({
      messageId: stored?._id,
      type: 'deadline_recomputed',
    }).lean()
    expect(events).toHaveLength(1)
    expect(events[0]?.data).toMatchObject({
      fromDueDate: '2027-01-05',
      toDueDate: '2027-01-06',
      fromProvisional: true,
      toProvisional: false,
      calendarYear: 2027,
      calendarVersion: 1,
    })
  })

  it('keeps approved extension days on top of a recomputed deadline', async () => {
    const callback = buildTestApp(db, { clock: () => now }).callback
    const submitted = await request(callback).post('/api/v1/messages').send(message).expect(201)
    const { Message } = createModels(db)
    // Two approved working days on the provisional 2027-01-05: 01-07.
    await Message.updateOne(
      { _id: submitted.body.id },
      {
        $set: {
          status: 'assigned',
          unit: 'social-insurance',
          dueDate: '2027-01-07',
          dueAt: new Date('2027-01-07T16:00:00Z'),
          extensionWorkingDays: 2,
          extension: {
            workingDays: 2,
            reason: '需要核实',
            status: 'approved',
            requestedAt: now,
            requestedBy: 's1',
            originalDueDate: '2027-01-05',
          },
        },
      },
    )

    await serviceAt(now).loadYear(fictional2027, 'test')

    // Base 01-06 under the loaded schedule, then 01-07 and 01-08.
    expect(await Message.findById(submitted.body.id).lean()).toMatchObject({
      dueDate: '2027-01-08',
      provisional: false,
      extension: { originalDueDate: '2027-01-06' },
    })
  })

  it('leaves answered messages alone', async () => {
    const callback = buildTestApp(db, { clock: () => now }).callback
    const submitted = await request(callback).post('/api/v1/messages').send(message).expect(201)
    const { Message } = createModels(db)
    await Message.updateOne({ _id: submitted.body.id }, { $set: { status: 'replied' } })

    const result = await serviceAt(now).loadYear(fictional2027, 'test')

    expect(result.checked).toBe(0)
    expect(await Message.findById(submitted.body.id).lean()).toMatchObject({
      dueDate: '2027-01-05',
      provisional: true,
    })
  })

  it('keeps every version and uses the newest', async () => {
    const service = serviceAt(now)
    await service.loadYear(fictional2027, 'test')
    await service.loadYear(
      { ...fictional2027, restDays: ['2027-01-01'], makeUpWorkingDays: [] },
      'test',
    )
    expect(await createModels(db).CalendarYear.countDocuments({ year: 2027 })).toBe(2)
    expect(service.current().isWorkingDay('2027-01-04')).toBe(true)
  })

  it('lets another server instance pick up a loaded year before it stores a deadline', async () => {
    const otherInstance = buildTestApp(db, { clock: () => now }).callback
    // Warm the other instance's calendar before the load.
    await request(otherInstance)
      .get('/api/v1/calendar/deadline')
      .query({ receivedAt: now.toISOString() })

    await serviceAt(now).loadYear(fictional2027, 'test')
    const submitted = await request(otherInstance)
      .post('/api/v1/messages')
      .send(message)
      .expect(201)

    expect(submitted.body).toMatchObject({ dueDate: '2027-01-06', provisional: false })
  })
})
