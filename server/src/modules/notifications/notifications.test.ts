import pino from 'pino'
import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import {
  FAKE_TEMPLATE_ID,
  startFakeWeChat,
  type FakeWeChat,
} from '../../../../test/support/fake-wechat'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { createWeChatClient } from '../wechat/wechat-client'
import { answerNoticeData, createNotifications, RETRY_DELAYS_MS } from './notifications.service'

// Monday 2026-03-02, 10:00 Beijing.
const start = new Date('2026-03-02T02:00:00Z')
const REPLY = { content: '您好！灵活就业人员可持身份证到社保经办窗口办理参保登记。' }

const db = useTestDatabase()
let wechat: FakeWeChat
beforeAll(async () => {
  wechat = await startFakeWeChat()
})
afterEach(() => {
  wechat.sent.length = 0
  wechat.sendFailures.length = 0
})
afterAll(() => wechat.close())

/** An app and its notices on a clock the test moves, logging into `logs`. */
function setup() {
  let now = start
  const clock = () => now
  const logs: { level: number; msg: string }[] = []
  const log = pino(
    { level: 'info' },
    { write: (line: string) => logs.push(JSON.parse(line) as { level: number; msg: string }) },
  )
  const config = wechat.config()
  const client = createWeChatClient({ config: config.wechat })
  const notifications = createNotifications({
    models: createModels(db),
    wechat: client,
    config: config.wechat,
    clock,
    log,
  })
  const { callback } = buildTestApp(db, { clock, config, wechat: client, notifications })
  return {
    callback,
    notifications,
    logs,
    setNow: (at: Date) => {
      now = at
    },
  }
}

/** A subscribed citizen's message, assigned to social-insurance; returns its id and code. */
async function subscribedMessage(callback: ReturnType<typeof setup>['callback'], notify = true) {
  wechat.codes.set('login-code', 'openid-citizen')
  const login = await request(callback)
    .post('/api/v1/auth/wechat')
    .send({ code: 'login-code' })
    .expect(200)
  const created = await request(callback)
    .post('/api/v1/messages')
    .set('Authorization', `Bearer ${login.body.token as string}`)
    .send({
      category: 'consult',
      title: '灵活就业人员如何参加职工养老保险及缴费档次怎么选',
      content: '我是灵活就业人员，想参加职工养老保险，请问在哪里办理，缴费档次怎么选？',
      phone: '13900003131',
      consent: true,
      notifyOnAnswer: notify,
    })
    .expect(201)
  const office = await createStaff(db, { role: 'office', now: start })
  await request(callback)
    .post(`/api/v1/staff/messages/${created.body.id as string}/assign`)
    .set('Authorization', office.authorization)
    .send({ unit: 'social-insurance' })
    .expect(200)
  return { id: created.body.id as string, code: created.body.code as string }
}

/** The unit's reply; it must succeed whatever WeChat does. */
async function reply(callback: ReturnType<typeof setup>['callback'], id: string) {
  const handler = await createStaff(db, { role: 'handler', now: start })
  const response = await request(callback)
    .post(`/api/v1/staff/messages/${id}/reply`)
    .set('Authorization', handler.authorization)
    .send(REPLY)
  expect(response.status).toBe(200)
  expect(response.body.status).toBe('replied')
}

describe('answer notices to subscribed citizens', () => {
  it('sends the notice after the reply, with the template, page and fitted values', async () => {
    const { callback, notifications } = setup()
    const { id, code } = await subscribedMessage(callback)
    await reply(callback, id)
    await notifications.settled()

    expect(wechat.sent).toHaveLength(1)
    expect(wechat.sent[0]?.body).toEqual({
      touser: 'openid-citizen',
      template_id: FAKE_TEMPLATE_ID,
      page: `pages/my-messages/index?code=${code}`,
      data: {
        // thing values take at most 20 characters.
        thing1: { value: '灵活就业人员如何参加职工养老保险及缴费…' },
        phrase2: { value: '已答复' },
        time3: { value: '2026-03-02 10:00' },
        thing4: { value: '市社保局' },
      },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    })
    const stored = await createModels(db).Notification.findOne().lean()
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, sentAt: start })
  })

  it('does not notify a citizen who did not subscribe', async () => {
    const { callback, notifications } = setup()
    const { id } = await subscribedMessage(callback, false)
    await reply(callback, id)
    await notifications.settled()
    expect(wechat.sent).toEqual([])
    expect(await createModels(db).Notification.countDocuments()).toBe(0)
  })

  it('keeps a failed notice, retries it later and logs each failure; the reply is not held up', async () => {
    const { callback, notifications, logs, setNow } = setup()
    const { id } = await subscribedMessage(callback)
    wechat.sendFailures.push({ httpStatus: 500 }, { errcode: -1, errmsg: 'system busy' })
    await reply(callback, id)
    await notifications.settled()
    const { Notification } = createModels(db)
    const firstFailure = await Notification.findOne().lean()
    expect(firstFailure).toMatchObject({ status: 'pending', attempts: 1 })
    expect(firstFailure?.nextAttemptAt).toEqual(new Date(start.getTime() + RETRY_DELAYS_MS[0]!))
    expect(logs.some((entry) => entry.msg === 'answer notice failed, will retry')).toBe(true)

    // Not due yet: nothing is tried.
    expect(await notifications.deliverDue()).toEqual({ sent: 0, pending: 0, failed: 0 })
    setNow(new Date(start.getTime() + RETRY_DELAYS_MS[0]!))
    expect(await notifications.deliverDue()).toEqual({ sent: 0, pending: 1, failed: 0 })
    setNow(new Date(start.getTime() + RETRY_DELAYS_MS[0]! + RETRY_DELAYS_MS[1]!))
    expect(await notifications.deliverDue()).toEqual({ sent: 1, pending: 0, failed: 0 })
    expect(wechat.sent).toHaveLength(1)
    expect(await Notification.findOne().lean()).toMatchObject({ status: 'sent', attempts: 3 })
  })

  it('gives up at once when WeChat says the citizen’s subscription is gone, and logs an error', async () => {
    const { callback, notifications, logs } = setup()
    const { id } = await subscribedMessage(callback)
    wechat.sendFailures.push({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    await reply(callback, id)
    await notifications.settled()
    const stored = await createModels(db).Notification.findOne().lean()
    expect(stored).toMatchObject({ status: 'failed', attempts: 1 })
    expect(stored?.lastError).toContain('43101')
    expect(logs.find((entry) => entry.msg === 'answer notice failed for good')?.level).toBe(50)
  })

  it('marks a notice failed after the last retry', async () => {
    const { callback, notifications, setNow } = setup()
    const { id } = await subscribedMessage(callback)
    wechat.sendFailures.push(
      ...Array.from({ length: RETRY_DELAYS_MS.length + 1 }, () => ({ httpStatus: 503 })),
    )
    await reply(callback, id)
    await notifications.settled()
    let at = start.getTime()
    for (const delay of RETRY_DELAYS_MS) {
      at += delay
      setNow(new Date(at))
      await notifications.deliverDue()
    }
    expect(await createModels(db).Notification.findOne().lean()).toMatchObject({
      status: 'failed',
      attempts: RETRY_DELAYS_MS.length + 1,
    })
    expect(wechat.sent).toEqual([])
  })

  it('fetches a new access token once when WeChat says the old one is stale', async () => {
    const { callback, notifications } = setup()
    const { id } = await subscribedMessage(callback)
    await reply(callback, id)
    await notifications.settled()
    const issued = wechat.tokensIssued
    wechat.expireTokens()
    // A second answer (after a follow-up) is a second notice.
    const { Message } = createModels(db)
    const message = await Message.findById(id).lean()
    await notifications.answered(
      { ...message!, answer: { ...message!.answer!, answeredAt: new Date(start.getTime() + 1) } },
      pino({ level: 'silent' }),
    )
    await notifications.settled()
    expect(wechat.tokensIssued).toBe(issued + 1)
    expect(wechat.sent).toHaveLength(2)
    expect(wechat.sent[1]?.accessToken).toBe(`token-${issued + 1}`)
  })
})

describe('answerNoticeData', () => {
  it('says 不予受理 for a decline and leaves out keywords without a value', () => {
    expect(
      answerNoticeData(
        {
          title: '短标题',
          answer: { kind: 'decline', content: '理由', answeredAt: start },
        },
        { title: 'thing1', result: 'phrase2', time: 'time3', unit: 'thing4' },
      ),
    ).toEqual({
      thing1: { value: '短标题' },
      phrase2: { value: '不予受理' },
      time3: { value: '2026-03-02 10:00' },
    })
  })
})
