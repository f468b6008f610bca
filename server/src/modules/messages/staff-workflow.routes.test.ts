import request from 'supertest'
import { citizenMessageViewSchema, staffMessageDetailSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

// Monday 2026-03-02 10:00 Beijing: the deadline is the end of Monday 2026-03-09.
const receivedAt = new Date('2026-03-02T02:00:00Z')
const phone = '13900003434'
const submission = {
  category: 'consult',
  title: '灵活就业人员参保',
  content: '我是灵活就业人员，想咨询一下如何参加城镇职工养老保险，需要带哪些材料？',
  name: '周八',
  phone,
  consent: true,
}
const reply = { content: '您好！灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。' }
const extension = { workingDays: 3, reason: '需向省社保局核实政策口径' }

const db = useTestDatabase()

const appAt = (now: Date) => buildTestApp(db, { clock: () => now }).callback
const at = (iso: string) => new Date(iso)

/** A message submitted at `receivedAt` and dispatched to social-insurance by the office. */
async function assignedMessage(): Promise<{ id: string; code: string }> {
  const created = await request(appAt(receivedAt))
    .post('/api/v1/messages')
    .send(submission)
    .expect(201)
  const office = await createStaff(db, { role: 'office', now: receivedAt })
  await request(appAt(receivedAt))
    .post(`/api/v1/staff/messages/${created.body.id}/assign`)
    .set('Authorization', office.authorization)
    .send({ unit: 'social-insurance' })
    .expect(200)
  return { id: created.body.id as string, code: created.body.code as string }
}

const handlerAt = (now: Date, unit = 'social-insurance') =>
  createStaff(db, { role: 'handler', unit, now })
const officeAt = (now: Date) => createStaff(db, { role: 'office', now })

describe('every staff action needs a login and a valid id and body', () => {
  const actions: [string, object][] = [
    ['assign', { unit: 'legal' }],
    ['transfer', { unit: 'legal', reason: '属于法规科职责' }],
    ['notes', { text: '备注' }],
    ['reply', reply],
    ['decline', { reason: '该事项正在仲裁程序中。' }],
    ['extension', extension],
    ['extension/approve', {}],
    ['extension/refuse', {}],
  ]

  it.each(actions)('POST %s: 401 without a token, 404 for a malformed id', async (action, body) => {
    const { id } = await assignedMessage()
    const callback = appAt(receivedAt)
    await request(callback).post(`/api/v1/staff/messages/${id}/${action}`).send(body).expect(401)
    const office = await officeAt(receivedAt)
    await request(callback)
      .post(`/api/v1/staff/messages/not-an-id/${action}`)
      .set('Authorization', office.authorization)
      .send(body)
      .expect(404)
  })

  it.each([
    ['transfer', { unit: 'legal' }],
    ['notes', { text: '' }],
    ['decline', { reason: '太短' }],
    ['extension', { workingDays: 0, reason: '需要核实' }],
    ['extension', { workingDays: 21, reason: '需要核实政策' }],
    ['extension', { workingDays: 3 }],
  ])('POST %s with %j: 400 and nothing changes', async (action, body) => {
    const { id } = await assignedMessage()
    const handler = await handlerAt(receivedAt)
    const response = await request(appAt(receivedAt))
      .post(`/api/v1/staff/messages/${id}/${action}`)
      .set('Authorization', handler.authorization)
      .send(body)
      .expect(400)
    expect(response.body.error.fields.length).toBeGreaterThan(0)
    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({ status: 'assigned', unit: 'social-insurance' })
    expect(stored?.extension).toBeUndefined()
  })

  it('hides another unit’s message from a handler on every action (404)', async () => {
    const { id } = await assignedMessage()
    const other = await handlerAt(receivedAt, 'employment')
    for (const [action, body] of actions.filter(([a]) => !a.startsWith('extension/'))) {
      if (action === 'assign') continue
      await request(appAt(receivedAt))
        .post(`/api/v1/staff/messages/${id}/${action}`)
        .set('Authorization', other.authorization)
        .send(body)
        .expect(404)
    }
    expect(await createModels(db).MessageEvent.countDocuments({ messageId: id })).toBe(2)
  })
})

describe('transfer', () => {
  it('hands the message to the right unit with a reason; the old unit loses it', async () => {
    const { id, code } = await assignedMessage()
    const handler = await handlerAt(receivedAt)
    const callback = appAt(receivedAt)
    const moved = await request(callback)
      .post(`/api/v1/staff/messages/${id}/transfer`)
      .set('Authorization', handler.authorization)
      .send({ unit: 'employment', reason: '属于就业局职责范围' })
      .expect(200)
    expect(moved.body).toMatchObject({
      status: 'assigned',
      unit: 'employment',
      dueDate: '2026-03-09',
    })
    await request(callback)
      .get(`/api/v1/staff/messages/${id}`)
      .set('Authorization', handler.authorization)
      .expect(404)
    const citizen = await request(callback).get('/api/v1/messages/lookup').query({ code, phone })
    expect(citizen.body.history.at(-1).label).toBe('已转交市就业局办理')
    expect(JSON.stringify(citizen.body)).not.toContain('属于就业局职责范围')
  })
})

describe('extensions', () => {
  it('moves the deadline once approved; an answer after the original but before the extended deadline is on time', async () => {
    const { id, code } = await assignedMessage()
    const friday = at('2026-03-06T02:00:00Z')
    const handler = await handlerAt(friday)
    const office = await officeAt(friday)

    const requested = await request(appAt(friday))
      .post(`/api/v1/staff/messages/${id}/extension`)
      .set('Authorization', handler.authorization)
      .send(extension)
      .expect(200)
    expect(requested.body).toMatchObject({
      dueDate: '2026-03-09',
      extended: false,
      extension: { status: 'requested', workingDays: 3, originalDueDate: '2026-03-09' },
    })
    // One pending request at a time.
    const again = await request(appAt(friday))
      .post(`/api/v1/staff/messages/${id}/extension`)
      .set('Authorization', handler.authorization)
      .send(extension)
      .expect(409)
    expect(again.body.error.code).toBe('extension_pending')
    // The office finds it in the queue of requests awaiting a decision.
    const queue = await request(appAt(friday))
      .get('/api/v1/staff/messages')
      .query({ view: 'extensions' })
      .set('Authorization', office.authorization)
      .expect(200)
    expect(queue.body.items).toEqual([
      expect.objectContaining({ id, extensionStatus: 'requested', extended: false }),
    ])
    // Only the office decides.
    await request(appAt(friday))
      .post(`/api/v1/staff/messages/${id}/extension/approve`)
      .set('Authorization', handler.authorization)
      .expect(403)

    const approved = await request(appAt(friday))
      .post(`/api/v1/staff/messages/${id}/extension/approve`)
      .set('Authorization', office.authorization)
      .expect(200)
    const detail = staffMessageDetailSchema.parse(approved.body)
    expect(detail).toMatchObject({
      dueDate: '2026-03-12',
      extended: true,
      extension: { status: 'approved', originalDueDate: '2026-03-09' },
    })
    expect(detail.history.map((h) => [h.type, h.internal])).toEqual(
      expect.arrayContaining([
        ['extension_requested', true],
        ['extension_approved', false],
      ]),
    )
    await request(appAt(friday))
      .post(`/api/v1/staff/messages/${id}/extension/refuse`)
      .set('Authorization', office.authorization)
      .expect(409)
    const decided = await request(appAt(friday))
      .get('/api/v1/staff/messages')
      .query({ view: 'extensions' })
      .set('Authorization', office.authorization)
      .expect(200)
    expect(decided.body.items).toEqual([])

    // Wednesday 03-11: past the original deadline, within the extended one.
    const wednesday = at('2026-03-11T02:00:00Z')
    const late = await handlerAt(wednesday)
    const inbox = await request(appAt(wednesday))
      .get('/api/v1/staff/messages')
      .query({ view: 'overdue' })
      .set('Authorization', late.authorization)
      .expect(200)
    expect(inbox.body.items).toEqual([])
    const replied = await request(appAt(wednesday))
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', late.authorization)
      .send(reply)
      .expect(200)
    expect(replied.body).toMatchObject({ status: 'replied', onTime: true })

    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({
      answeredOnTime: true,
      firstAnsweredAt: wednesday,
      extensionWorkingDays: 3,
      dueDate: '2026-03-12',
      extension: { status: 'approved', decidedBy: String(office.account._id) },
    })
    const citizen = await request(appAt(wednesday))
      .get('/api/v1/messages/lookup')
      .query({ code, phone })
      .expect(200)
    expect(citizen.body.history.map((h: { label: string }) => h.label)).toContain(
      '答复期限经批准延长至 2026-03-12',
    )
    expect(JSON.stringify(citizen.body)).not.toContain(extension.reason)
  })

  it('refuses a request after the deadline (422) and a refused request leaves the deadline', async () => {
    const { id } = await assignedMessage()
    const tuesday = at('2026-03-10T02:00:00Z')
    const handler = await handlerAt(tuesday)
    const tooLate = await request(appAt(tuesday))
      .post(`/api/v1/staff/messages/${id}/extension`)
      .set('Authorization', handler.authorization)
      .send(extension)
      .expect(422)
    expect(tooLate.body.error.message).toContain('答复期限已过')

    const monday = at('2026-03-09T02:00:00Z')
    const early = await handlerAt(monday)
    const office = await officeAt(monday)
    await request(appAt(monday))
      .post(`/api/v1/staff/messages/${id}/extension`)
      .set('Authorization', early.authorization)
      .send(extension)
      .expect(200)
    const refused = await request(appAt(monday))
      .post(`/api/v1/staff/messages/${id}/extension/refuse`)
      .set('Authorization', office.authorization)
      .send({ reason: '请按期答复' })
      .expect(200)
    expect(refused.body).toMatchObject({
      dueDate: '2026-03-09',
      extended: false,
      extension: { status: 'refused' },
    })
    const events = await createModels(db)
      .MessageEvent.find({ messageId: id, type: 'extension_refused' })
      .lean()
    expect(events).toEqual([expect.objectContaining({ visibleToCitizen: false })])
  })

  it('does not let an extension be approved once the message is answered (409)', async () => {
    const { id } = await assignedMessage()
    const handler = await handlerAt(receivedAt)
    const office = await officeAt(receivedAt)
    const callback = appAt(receivedAt)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/extension`)
      .set('Authorization', handler.authorization)
      .send(extension)
      .expect(200)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', handler.authorization)
      .send(reply)
      .expect(200)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/extension/approve`)
      .set('Authorization', office.authorization)
      .expect(409)
    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({ dueDate: '2026-03-09', extension: { status: 'requested' } })
  })
})

describe('follow-up and rating through the whole flow', () => {
  it('a follow-up reopens with a new clock and no extension; the first answer’s timeliness stays', async () => {
    const { id, code } = await assignedMessage()
    const friday = at('2026-03-06T02:00:00Z')
    const handler = await handlerAt(friday)
    const office = await officeAt(friday)
    const callback = appAt(friday)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/extension`)
      .set('Authorization', handler.authorization)
      .send(extension)
      .expect(200)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/extension/approve`)
      .set('Authorization', office.authorization)
      .expect(200)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', handler.authorization)
      .send(reply)
      .expect(200)

    // Follow-up on Monday 2026-03-16: new clock, due Monday 03-23.
    const followUpAt = at('2026-03-16T02:00:00Z')
    const reopened = await request(appAt(followUpAt))
      .post(`/api/v1/messages/${code}/follow-up`)
      .send({ phone, content: '请问缴费基数如何确定？' })
      .expect(200)
    expect(citizenMessageViewSchema.parse(reopened.body)).toMatchObject({
      status: 'reopened',
      dueDate: '2026-03-23',
    })
    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({
      status: 'reopened',
      clockStartedAt: followUpAt,
      dueDate: '2026-03-23',
      extensionWorkingDays: 0,
      answeredOnTime: true,
    })
    expect(stored?.extension).toBeUndefined()

    // A late second answer does not change the first answer's timeliness.
    const muchLater = at('2026-04-01T02:00:00Z')
    const lateHandler = await handlerAt(muchLater)
    const second = await request(appAt(muchLater))
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', lateHandler.authorization)
      .send({ content: '您好！缴费基数可在当地社会平均工资的60%至300%之间自行选择。' })
      .expect(200)
    expect(second.body).toMatchObject({ status: 'replied', onTime: true })
    const after = await createModels(db).Message.findById(id).lean()
    expect(after).toMatchObject({ answeredOnTime: true, firstAnsweredAt: friday })

    const rated = await request(appAt(muchLater))
      .post(`/api/v1/messages/${code}/rating`)
      .send({ phone, level: 5 })
      .expect(200)
    expect(rated.body).toMatchObject({ status: 'closed', canRate: false, canFollowUp: false })
    const closed = await createModels(db).Message.findById(id).lean()
    expect(closed).toMatchObject({ status: 'closed', closedAt: muchLater, rating: { level: 5 } })
  })
})
