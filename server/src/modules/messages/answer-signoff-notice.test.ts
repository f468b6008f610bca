import pino from 'pino'
import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { startFakeWeChat, type FakeWeChat } from '../../../../test/support/fake-wechat'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { createWeChatClient } from '../wechat/wechat-client'
import { createNotifications } from '../notifications/notifications.service'

// Monday 2026-03-02 10:00 Beijing; staff act on Tuesday.
const received = new Date('2026-03-02T10:00:00+08:00')
const written = new Date('2026-03-03T09:00:00+08:00')
const approved = new Date('2026-03-03T16:30:00+08:00')

const db = useTestDatabase()
let wechat: FakeWeChat
beforeAll(async () => {
  wechat = await startFakeWeChat()
})
afterAll(() => wechat.close())

it('sends the citizen’s WeChat notice when the answer is signed off, with that time', async () => {
  let now = received
  const clock = () => now
  const config = {
    ...wechat.config(),
    answerSignoff: { 'social-insurance': 'unit-head' as const },
  }
  const client = createWeChatClient({ config: config.wechat })
  const notifications = createNotifications({
    models: createModels(db),
    wechat: client,
    config: config.wechat,
    clock,
    log: pino({ level: 'silent' }),
  })
  const { callback } = buildTestApp(db, { clock, config, wechat: client, notifications })

  wechat.codes.set('signoff-code', 'openid-signoff')
  const login = await request(callback).post('/api/v1/auth/wechat').send({ code: 'signoff-code' })
  const created = await request(callback)
    .post('/api/v1/messages')
    .set('Authorization', `Bearer ${login.body.token as string}`)
    .send({
      category: 'consult',
      title: '退休手续',
      content: '我明年退休，想咨询一下退休手续在哪里办理，需要哪些材料？',
      phone: '13900009191',
      consent: true,
      notifyOnAnswer: true,
    })
    .expect(201)
  const id = created.body.id as string
  const office = await createStaff(db, { role: 'office', now })
  await request(callback)
    .post(`/api/v1/staff/messages/${id}/assign`)
    .set('Authorization', office.authorization)
    .send({ unit: 'social-insurance' })
    .expect(200)

  now = written
  const handler = await createStaff(db, { role: 'handler', unit: 'social-insurance', now })
  const head = await createStaff(db, { role: 'unit-head', unit: 'social-insurance', now })
  await request(callback)
    .post(`/api/v1/staff/messages/${id}/reply`)
    .set('Authorization', handler.authorization)
    .send({ content: '您好！退休手续请在退休前一个月到市社保局窗口办理，携带身份证即可。' })
    .expect(200)
  await notifications.settled()
  expect(wechat.sent).toEqual([])

  now = approved
  await request(callback)
    .post(`/api/v1/staff/messages/${id}/signoff/approve`)
    .set('Authorization', head.authorization)
    .expect(200)
  await notifications.settled()
  expect(wechat.sent).toHaveLength(1)
  expect(wechat.sent[0]?.body).toMatchObject({
    touser: 'openid-signoff',
    data: { phrase2: { value: '已答复' }, time3: { value: '2026-03-03 16:30' } },
  })
})
