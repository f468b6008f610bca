import request from 'supertest'
import { citizenMessageViewSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp, testConfig } from '../../../../test/support/app'
import { createModels } from '../../db/models'

const phone = '13900005555'
const submission = {
  category: 'consult',
  title: '失业保险金领取期限',
  content: '我缴纳失业保险六年了，请问最长可以领取多少个月的失业保险金？',
  name: '赵六',
  phone: '139-0000-5555',
  consent: true,
}

// Monday 2026-03-02, 10:00 Beijing.
const submittedAt = new Date('2026-03-02T02:00:00Z')

const db = useTestDatabase()

const appAt = (now: Date, config = {}) => buildTestApp(db, { clock: () => now, config }).callback

async function submit() {
  const response = await request(appAt(submittedAt))
    .post('/api/v1/messages')
    .send(submission)
    .expect(201)
  return response.body as { id: string; code: string }
}

/** Stands in for the unit's reply (the staff workflow's job), written straight to the database. */
async function markReplied(id: string, at: Date) {
  const { Message, MessageEvent } = createModels(db)
  await Message.updateOne(
    { _id: id },
    {
      $set: {
        status: 'replied',
        unit: 'social-insurance',
        answer: {
          kind: 'reply',
          content: '您好！按规定缴费满五年不足十年的，最长可领取18个月。',
          answeredAt: at,
        },
      },
    },
  )
  await MessageEvent.create([
    {
      messageId: id,
      type: 'replied',
      at,
      actor: { kind: 'staff', id: 's1' },
      toStatus: 'replied',
      visibleToCitizen: true,
    },
    {
      messageId: id,
      type: 'note',
      at,
      actor: { kind: 'staff', id: 's1' },
      visibleToCitizen: false,
      data: { text: '内部备注：已电话核实' },
    },
  ])
}

describe('GET /api/v1/messages/lookup', () => {
  it('shows the citizen their own message with its deadline and public history', async () => {
    const { code } = await submit()
    const response = await request(appAt(submittedAt))
      .get('/api/v1/messages/lookup')
      .query({ code: code.toLowerCase(), phone: '13900005555' })
      .expect(200)

    const view = citizenMessageViewSchema.parse(response.body)
    expect(view).toMatchObject({
      code,
      title: submission.title,
      content: submission.content,
      name: '赵六',
      status: 'submitted',
      dueDate: '2026-03-09',
      canRate: false,
      canFollowUp: false,
    })
    expect(view.history.map((h) => h.label)).toEqual(['留言已提交'])
  })

  it('answers an unknown code and a wrong phone with the same 404', async () => {
    const { code } = await submit()
    const callback = appAt(submittedAt)
    const wrongPhone = await request(callback)
      .get('/api/v1/messages/lookup')
      .query({ code, phone: '13900009999' })
      .expect(404)
    const unknownCode = await request(callback)
      .get('/api/v1/messages/lookup')
      .query({ code: 'BBBBBBBB', phone })
      .expect(404)
    expect(wrongPhone.body.error.message).toBe('未找到该留言，请核对查询码和联系电话')
    expect({ ...unknownCode.body.error, requestId: '' }).toEqual({
      ...wrongPhone.body.error,
      requestId: '',
    })
  })

  it.each([
    [{ code: 'short', phone }, 'code'],
    [{ code: 'BBBBBBBB', phone: '12345' }, 'phone'],
    [{ code: ['BBBBBBBB', 'CCCCCCCC'], phone }, 'code'],
  ])('rejects a malformed query %j with 400', async (query, field) => {
    const response = await request(appAt(submittedAt))
      .get('/api/v1/messages/lookup')
      .query(query)
      .expect(400)
    expect(response.body.error.fields[0].field).toBe(field)
  })

  it('limits lookups per client', async () => {
    const callback = appAt(submittedAt, {
      rateLimit: { ...testConfig().rateLimit, submissions: 10, lookups: 2, windowSeconds: 600 },
    })
    for (let i = 0; i < 2; i += 1) {
      await request(callback)
        .get('/api/v1/messages/lookup')
        .query({ code: 'BBBBBBBB', phone })
        .expect(404)
    }
    const limited = await request(callback)
      .get('/api/v1/messages/lookup')
      .query({ code: 'BBBBBBBB', phone })
      .expect(429)
    expect(limited.headers['retry-after']).toBeDefined()
  })

  it('shows the answer but never internal notes', async () => {
    const { id, code } = await submit()
    await markReplied(id, new Date('2026-03-04T06:00:00Z'))
    const response = await request(appAt(submittedAt))
      .get('/api/v1/messages/lookup')
      .query({ code, phone })
      .expect(200)

    expect(response.body.answer).toEqual({
      kind: 'reply',
      content: '您好！按规定缴费满五年不足十年的，最长可领取18个月。',
      answeredAt: '2026-03-04T14:00:00.000+08:00',
      unitName: '市社保局',
    })
    expect(response.body).toMatchObject({
      status: 'replied',
      unitName: '市社保局',
      canRate: true,
      canFollowUp: true,
    })
    expect(JSON.stringify(response.body)).not.toContain('内部备注')
    expect(response.body.history.map((h: { label: string }) => h.label)).toEqual([
      '留言已提交',
      '已答复',
    ])
  })
})

describe('POST /api/v1/messages/:code/rating', () => {
  it('records the rating and closes the message', async () => {
    const { id, code } = await submit()
    await markReplied(id, new Date('2026-03-04T06:00:00Z'))
    const ratedAt = new Date('2026-03-05T02:00:00Z')

    const response = await request(appAt(ratedAt))
      .post(`/api/v1/messages/${code}/rating`)
      .send({ phone, level: 5 })
      .expect(200)

    expect(response.body).toMatchObject({
      status: 'closed',
      rating: { level: 5 },
      canRate: false,
      canFollowUp: false,
    })
    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({ status: 'closed', rating: { level: 5 }, closedAt: ratedAt })
  })

  it('requires a reason for the two lowest levels', async () => {
    const { id, code } = await submit()
    await markReplied(id, new Date('2026-03-04T06:00:00Z'))
    const response = await request(appAt(submittedAt))
      .post(`/api/v1/messages/${code}/rating`)
      .send({ phone, level: 2 })
      .expect(400)
    expect(response.body.error.fields[0]).toEqual({
      field: 'comment',
      message: '选择“不满意”或“非常不满意”时，请写明原因',
    })
    expect((await createModels(db).Message.findById(id).lean())?.status).toBe('replied')
  })

  it('refuses to rate before there is an answer, and with a wrong phone', async () => {
    const { code } = await submit()
    const callback = appAt(submittedAt)
    const early = await request(callback)
      .post(`/api/v1/messages/${code}/rating`)
      .send({ phone, level: 4 })
      .expect(409)
    expect(early.body.error.code).toBe('state_conflict')
    await request(callback)
      .post(`/api/v1/messages/${code}/rating`)
      .send({ phone: '13900009999', level: 4 })
      .expect(404)
  })
})

describe('POST /api/v1/messages/:code/follow-up', () => {
  it('reopens the message once with a new 5-working-day clock', async () => {
    const { id, code } = await submit()
    await markReplied(id, new Date('2026-03-04T06:00:00Z'))
    // Friday 2026-04-03 10:00 Beijing: 04-04…04-06 are the Qingming break.
    const followUpAt = new Date('2026-04-03T02:00:00Z')
    const callback = appAt(followUpAt)

    const response = await request(callback)
      .post(`/api/v1/messages/${code}/follow-up`)
      .send({ phone, content: '请问领取期间的医疗保险怎么缴纳？' })
      .expect(200)

    expect(response.body).toMatchObject({
      status: 'reopened',
      dueDate: '2026-04-13',
      followUp: { content: '请问领取期间的医疗保险怎么缴纳？' },
      canFollowUp: false,
      canRate: false,
    })
    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({
      status: 'reopened',
      followUps: 1,
      dueDate: '2026-04-13',
      clockStartedAt: followUpAt,
    })

    await markReplied(id, new Date('2026-04-08T06:00:00Z'))
    const second = await request(callback)
      .post(`/api/v1/messages/${code}/follow-up`)
      .send({ phone, content: '还有一个问题想再问一下。' })
      .expect(409)
    expect(second.body.error.code).toBe('state_conflict')
  })
})
