import pino from 'pino'
import request from 'supertest'
import { Types } from 'mongoose'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp, testConfig } from '../../../../test/support/app'
import {
  FAKE_HOTLINE_CALLBACK_KEY,
  startFakeHotline,
  type FakeHotline,
} from '../../../../test/support/fake-hotline'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { RETRY_DELAYS_MS } from '../notifications'
import { hotlineAnswersFor } from './intake.module'
import type { SmsSender } from './sms'

// Monday 2026-03-09, 10:00 Beijing; "last Friday" is 2026-03-06.
const MONDAY = new Date('2026-03-09T02:00:00Z')
const LAST_FRIDAY_AFTERNOON = '2026-03-06T15:30:00+08:00'
const API_KEY = 'test-12345-platform-key-0123456789abcdef'

const PHONE_MESSAGE = {
  channel: 'phone',
  receivedAt: LAST_FRIDAY_AFTERNOON,
  category: 'consult',
  title: '来电咨询失业保险金申领条件',
  content: '来电人询问失业后如何申领失业保险金，需要满足哪些条件，到哪里办理。',
  name: '张先生',
  phone: '13900001111',
}

const TICKET = {
  ticketId: 'BJ12345-20260309-0001',
  receivedAt: '2026-03-09T09:10:00+08:00',
  category: 'complaint',
  title: '单位未按时缴纳社会保险费',
  content: '市民反映所在单位连续三个月未为其缴纳社会保险费，请求核实处理。',
  name: '李女士',
  phone: '13900002222',
}

const db = useTestDatabase()
let hotline: FakeHotline
beforeAll(async () => {
  hotline = await startFakeHotline()
})
afterEach(() => {
  hotline.received.length = 0
  hotline.failures.length = 0
})
afterAll(() => hotline.close())

/** An app on a clock the test moves, pointed at the fake 12345 platform, texting into `texts`. */
function setup() {
  let now = MONDAY
  const clock = () => now
  const base = testConfig()
  const config = {
    intake: {
      ...base.intake,
      hotline: {
        ...base.intake.hotline,
        apiKey: API_KEY,
        answerBaseUrl: hotline.url,
        answerKey: FAKE_HOTLINE_CALLBACK_KEY,
      },
    },
  }
  const texts: { phone: string; text: string }[] = []
  const sms: SmsSender = {
    async send(phone, text) {
      texts.push({ phone, text })
      return true
    },
  }
  const models = createModels(db)
  const hotlineAnswers = hotlineAnswersFor({
    config: { ...base, ...config },
    models,
    clock,
    log: pino({ level: 'silent' }),
  })
  const { callback } = buildTestApp(db, { clock, config, hotlineAnswers, sms })
  return {
    callback,
    models,
    hotlineAnswers,
    texts,
    setNow: (at: Date) => {
      now = at
    },
  }
}

describe('POST /staff/intake (代录入)', () => {
  it('records a phone message received last Friday, its deadline counted from Friday', async () => {
    const { callback, models, texts } = setup()
    const office = await createStaff(db, { role: 'office', now: MONDAY })
    const response = await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', office.authorization)
      .send(PHONE_MESSAGE)
      .expect(201)

    // Five working days strictly after Friday 03-06: 03-09 … 03-13. From Monday's typing
    // date it would have been 03-16.
    expect(response.body).toMatchObject({
      channel: 'phone',
      status: 'submitted',
      receivedDate: '2026-03-06',
      dueDate: '2026-03-13',
      receivedAt: '2026-03-06T15:30:00.000+08:00',
      smsSent: true,
    })
    const stored = await models.Message.findById(response.body.id).lean()
    expect(stored).toMatchObject({
      code: response.body.code,
      channel: 'phone',
      name: '张先生',
      phone: '13900001111',
      receivedDate: '2026-03-06',
      dueDate: '2026-03-13',
      intake: { recordedBy: String(office.account._id), recordedAt: MONDAY },
    })
    expect(texts).toHaveLength(1)
    expect(texts[0]?.phone).toBe('13900001111')
    expect(texts[0]?.text).toContain(
      `${String(response.body.code).slice(0, 4)}-${String(response.body.code).slice(4)}`,
    )
    const events = await models.MessageEvent.find({ messageId: stored?._id }).lean()
    expect(events.map((e) => e.type)).toEqual(['submitted'])
    expect(events[0]?.actor).toEqual({ kind: 'staff', id: String(office.account._id) })
  })

  it('refuses a receipt time in the future or more than 30 days back, storing nothing', async () => {
    const { callback, models } = setup()
    const office = await createStaff(db, { role: 'office', now: MONDAY })
    const future = await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', office.authorization)
      .send({ ...PHONE_MESSAGE, receivedAt: '2026-03-09T11:00:00+08:00' })
      .expect(400)
    expect(future.body.error.message).toBe('收到时间不能晚于当前时间')
    expect(future.body.error.fields).toEqual([
      { field: 'receivedAt', message: '收到时间不能晚于当前时间' },
    ])
    const old = await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', office.authorization)
      .send({ ...PHONE_MESSAGE, receivedAt: '2026-02-06T09:00:00+08:00' }) // 31 days back
      .expect(400)
    expect(old.body.error.message).toBe('收到时间不能早于30天前，请核对后录入')
    expect(await models.Message.countDocuments()).toBe(0)
  })

  it('accepts a receipt exactly 30 days back', async () => {
    const { callback } = setup()
    const office = await createStaff(db, { role: 'office', now: MONDAY })
    await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', office.authorization)
      .send({ ...PHONE_MESSAGE, receivedAt: '2026-02-07T10:00:00+08:00' })
      .expect(201)
  })

  it('lets the 信访窗口 record a visit; other handlers get 403, strangers 401', async () => {
    const { callback, models } = setup()
    const petition = await createStaff(db, { role: 'handler', unit: 'petition', now: MONDAY })
    const visit = { ...PHONE_MESSAGE, channel: 'visit' }
    await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', petition.authorization)
      .send(visit)
      .expect(201)
    const handler = await createStaff(db, { role: 'handler', now: MONDAY })
    const refused = await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', handler.authorization)
      .send(visit)
      .expect(403)
    expect(refused.body.error.message).toBe('只有办公室和信访窗口可以代录入留言')
    await request(callback).post('/api/v1/staff/intake').send(visit).expect(401)
    expect(await models.Message.countDocuments()).toBe(1)
  })

  it('answers bad input with the field and a Chinese message, storing nothing', async () => {
    const { callback, models } = setup()
    const office = await createStaff(db, { role: 'office', now: MONDAY })
    const cases: [Record<string, unknown>, string][] = [
      [{ ...PHONE_MESSAGE, channel: 'app' }, 'channel'],
      [{ ...PHONE_MESSAGE, channel: 'hotline12345' }, 'hotlineTicketId'],
      [{ ...PHONE_MESSAGE, hotlineTicketId: 'BJ-0001' }, 'hotlineTicketId'],
      [{ ...PHONE_MESSAGE, receivedAt: '2026-03-06 15:30' }, 'receivedAt'],
      [{ ...PHONE_MESSAGE, receivedAt: { $gt: '' } }, 'receivedAt'],
      [{ ...PHONE_MESSAGE, name: '' }, 'name'],
      [{ ...PHONE_MESSAGE, phone: '123' }, 'phone'],
      [{ ...PHONE_MESSAGE, unit: 'nowhere' }, 'unit'],
    ]
    for (const [body, field] of cases) {
      const response = await request(callback)
        .post('/api/v1/staff/intake')
        .set('Authorization', office.authorization)
        .send(body)
      expect(response.status).toBe(400)
      const fields = response.body.error.fields as { field: string; message: string }[]
      expect(fields.map((f) => f.field)).toContain(field)
      expect(fields.every((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true)
    }
    expect(await models.Message.countDocuments()).toBe(0)
  })

  it('takes a 12345 工单 typed in by the office once; the same 工单号 again is a 409', async () => {
    const { callback, models } = setup()
    const office = await createStaff(db, { role: 'office', now: MONDAY })
    const typed = { ...PHONE_MESSAGE, channel: 'hotline12345', hotlineTicketId: 'BJ-0001' }
    const first = await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', office.authorization)
      .send(typed)
      .expect(201)
    expect(first.body.hotlineTicketId).toBe('BJ-0001')
    const again = await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', office.authorization)
      .send(typed)
      .expect(409)
    expect(again.body.error.message).toContain(first.body.code)
    expect(await models.Message.countDocuments()).toBe(1)
  })
})

describe('POST /hotline/tickets (the 12345 interface)', () => {
  const push = (callback: ReturnType<typeof setup>['callback'], body: unknown, key = API_KEY) =>
    request(callback)
      .post('/api/v1/hotline/tickets')
      .set('X-Api-Key', key)
      .send(body as object)

  it('stores a pushed 工单 with a 查询码, and delivers the answer back to 12345', async () => {
    const { callback, models, hotlineAnswers } = setup()
    const pushed = await push(callback, TICKET).expect(201)
    expect(pushed.body).toMatchObject({
      channel: 'hotline12345',
      hotlineTicketId: TICKET.ticketId,
      receivedDate: '2026-03-09',
      dueDate: '2026-03-16',
      status: 'submitted',
    })
    expect(pushed.body.code).toMatch(/^[0-9A-Z]{8}$/)

    const office = await createStaff(db, { role: 'office', now: MONDAY })
    await request(callback)
      .post(`/api/v1/staff/messages/${pushed.body.id as string}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'labor-inspection' })
      .expect(200)
    const handler = await createStaff(db, { role: 'handler', unit: 'labor-inspection' })
    await request(callback)
      .post(`/api/v1/staff/messages/${pushed.body.id as string}/reply`)
      .set('Authorization', handler.authorization)
      .send({ content: '您好，我科已受理并将对该单位欠缴社会保险费问题依法核查处理。' })
      .expect(200)
    await hotlineAnswers.settled()

    expect(hotline.received).toEqual([
      {
        path: `/tickets/${TICKET.ticketId}/answer`,
        apiKey: FAKE_HOTLINE_CALLBACK_KEY,
        body: {
          ticketId: TICKET.ticketId,
          code: pushed.body.code,
          kind: 'reply',
          content: '您好，我科已受理并将对该单位欠缴社会保险费问题依法核查处理。',
          answeredAt: '2026-03-09T10:00:00.000+08:00',
          unit: 'labor-inspection',
          unitName: '劳动保障监察执法科',
          onTime: true,
        },
      },
    ])
    const delivery = await models.HotlineAnswer.findOne().lean()
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1, sentAt: MONDAY })
  })

  it('retries a failed delivery after the backoff delay, then succeeds', async () => {
    const { callback, models, hotlineAnswers, setNow } = setup()
    const pushed = await push(callback, TICKET).expect(201)
    const office = await createStaff(db, { role: 'office', now: MONDAY })
    hotline.failures.push(503)
    // The office may answer a message itself before dispatching it.
    await request(callback)
      .post(`/api/v1/staff/messages/${pushed.body.id as string}/decline`)
      .set('Authorization', office.authorization)
      .send({ reason: '该诉求属于劳动仲裁受理范围，请向劳动人事争议仲裁院申请。' })
      .expect(200)
    await hotlineAnswers.settled()
    expect(hotline.received).toHaveLength(0)
    const failed = await models.HotlineAnswer.findOne().lean()
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 })
    expect(failed?.lastError).toContain('503')
    expect(failed?.nextAttemptAt).toEqual(new Date(MONDAY.getTime() + (RETRY_DELAYS_MS[0] ?? 0)))

    // Not due yet: nothing is sent.
    expect(await hotlineAnswers.deliverDue()).toEqual({ sent: 0, pending: 0, failed: 0 })
    setNow(new Date(MONDAY.getTime() + (RETRY_DELAYS_MS[0] ?? 0)))
    expect(await hotlineAnswers.deliverDue()).toEqual({ sent: 1, pending: 0, failed: 0 })
    expect(hotline.received).toHaveLength(1)
    expect(hotline.received[0]?.body).toMatchObject({ kind: 'decline', unit: 'office' })
    expect(await models.HotlineAnswer.findOne().lean()).toMatchObject({
      status: 'sent',
      attempts: 2,
    })
  })

  it('refuses a missing or wrong key with 401 and stores nothing', async () => {
    const { callback, models } = setup()
    const wrong = await push(callback, TICKET, `${API_KEY}x`).expect(401)
    expect(wrong.body.error.code).toBe('invalid_api_key')
    await request(callback).post('/api/v1/hotline/tickets').send(TICKET).expect(401)
    expect(await models.Message.countDocuments()).toBe(0)
    expect(await models.HotlineTicket.countDocuments()).toBe(0)
  })

  it('answers a malformed 工单 with 400 and stores nothing', async () => {
    const { callback, models } = setup()
    const malformed: unknown[] = [
      { ...TICKET, ticketId: { $ne: null } },
      { ...TICKET, ticketId: 'no spaces allowed' },
      { ...TICKET, receivedAt: 'yesterday' },
      { ...TICKET, receivedAt: '2026-03-10T09:00:00+08:00' }, // in the future
      { ...TICKET, category: 'praise' },
      { ...TICKET, phone: undefined },
      { ...TICKET, content: '太短' },
      ['not', 'an', 'object'],
    ]
    for (const body of malformed) {
      const response = await push(callback, body)
      expect(response.status).toBe(400)
      expect(response.body.error.message).toBeTruthy()
    }
    const invalidJson = await request(callback)
      .post('/api/v1/hotline/tickets')
      .set('X-Api-Key', API_KEY)
      .set('Content-Type', 'application/json')
      .send('{"ticketId":')
    expect(invalidJson.status).toBe(400)
    expect(await models.Message.countDocuments()).toBe(0)
    expect(await models.HotlineTicket.countDocuments()).toBe(0)
  })

  it('stores the same 工单号 pushed twice once, answering both with its 查询码', async () => {
    const { callback, models, texts } = setup()
    const first = await push(callback, TICKET).expect(201)
    const second = await push(callback, { ...TICKET, title: '重复推送的工单' }).expect(200)
    expect(second.headers['idempotent-replayed']).toBe('true')
    expect(second.body.code).toBe(first.body.code)
    expect(second.body.id).toBe(first.body.id)
    expect(await models.Message.countDocuments()).toBe(1)
    expect(texts).toHaveLength(1)
  })

  it('finishes a 工单 whose first push stopped after claiming the 工单号', async () => {
    const { callback, models } = setup()
    const promised = new Types.ObjectId()
    await models.HotlineTicket.create({
      _id: TICKET.ticketId,
      messageId: promised,
      createdAt: MONDAY,
    })
    const pushed = await push(callback, TICKET).expect(201)
    expect(pushed.body.id).toBe(String(promised))
    expect(await models.Message.countDocuments()).toBe(1)
    await push(callback, TICKET).expect(200)
  })

  it('is off (503) while no key is configured', async () => {
    const { callback } = buildTestApp(db, { clock: () => MONDAY })
    const response = await push(callback, TICKET).expect(503)
    expect(response.body.error.code).toBe('hotline_disabled')
  })
})

describe('channels in the inbox and the figures', () => {
  it('filters the inbox by channel and counts each channel from the messages', async () => {
    const { callback, models, setNow } = setup()
    const office = await createStaff(db, { role: 'office', now: MONDAY })
    const phone = await request(callback)
      .post('/api/v1/staff/intake')
      .set('Authorization', office.authorization)
      .send(PHONE_MESSAGE)
      .expect(201)
    await request(callback)
      .post('/api/v1/hotline/tickets')
      .set('X-Api-Key', API_KEY)
      .send(TICKET)
      .expect(201)
    await request(callback)
      .post('/api/v1/messages')
      .send({
        category: 'consult',
        title: '网上咨询养老保险',
        content: '请问灵活就业人员怎样参加养老保险，在哪里办理？',
        phone: '13900003333',
        consent: true,
      })
      .expect(201)
    // A message stored before channels existed has none: it counts as from the app.
    await models.Message.updateOne({ title: '网上咨询养老保险' }, { $unset: { channel: 1 } })
    // The phone message is answered (不予受理 by the office) on time; the others stay open
    // past their deadline (03-16).
    await request(callback)
      .post(`/api/v1/staff/messages/${phone.body.id as string}/decline`)
      .set('Authorization', office.authorization)
      .send({ reason: '该事项属于劳动人事争议仲裁受理范围，请向仲裁院申请。' })
      .expect(200)
    const later = new Date('2026-03-17T02:00:00Z')
    setNow(later)
    // Sessions last a working day: the office signs in again.
    const reader = await createStaff(db, { role: 'office', now: later })

    const inbox = await request(callback)
      .get('/api/v1/staff/messages?channel=hotline12345')
      .set('Authorization', reader.authorization)
      .expect(200)
    expect(inbox.body.items.map((m: { channel: string }) => m.channel)).toEqual(['hotline12345'])
    expect(inbox.body.items[0].hotlineTicketId).toBe(TICKET.ticketId)
    const app = await request(callback)
      .get('/api/v1/staff/messages?channel=app')
      .set('Authorization', reader.authorization)
      .expect(200)
    expect(
      app.body.items.map((m: { title: string; channel: string }) => [m.title, m.channel]),
    ).toEqual([['网上咨询养老保险', 'app']])
    for (const query of ['channel=fax', 'channel=app&channel=phone']) {
      const bad = await request(callback)
        .get(`/api/v1/staff/messages?${query}`)
        .set('Authorization', reader.authorization)
        .expect(400)
      expect(bad.body.error.message).toBe('请选择正确的来源渠道')
    }

    const stats = await request(callback)
      .get('/api/v1/staff/stats/channels?from=2026-03-01&to=2026-03-17')
      .set('Authorization', reader.authorization)
      .expect(200)
    const figures = Object.fromEntries(
      (
        stats.body.rows as {
          channel: string
          received: number
          answered: number
          answeredOnTime: number
          overdue: number
        }[]
      ).map((r) => [r.channel, [r.received, r.answered, r.answeredOnTime, r.overdue]]),
    )
    expect(figures).toEqual({
      app: [1, 0, 0, 1],
      phone: [1, 1, 1, 0],
      letter: [0, 0, 0, 0],
      visit: [0, 0, 0, 0],
      hotline12345: [1, 0, 0, 1],
    })
    // The same figures computed from the stored messages directly.
    const stored = await models.Message.find().lean()
    expect(stored.filter((m) => (m.channel ?? 'app') === 'app')).toHaveLength(1)
    expect(stored.filter((m) => m.answeredOnTime === true).map((m) => m.channel)).toEqual(['phone'])
    const handler = await createStaff(db, { role: 'handler', now: later })
    const own = await request(callback)
      .get('/api/v1/staff/stats/channels?from=2026-03-01&to=2026-03-17')
      .set('Authorization', handler.authorization)
      .expect(200)
    expect(own.body.unit).toBe('social-insurance')
    expect(own.body.rows.every((r: { received: number }) => r.received === 0)).toBe(true)
    await request(callback).get('/api/v1/staff/stats/channels').expect(401)
  })
})
