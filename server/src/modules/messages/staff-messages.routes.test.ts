import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { staffMessagePageSchema } from '@zhengmin/shared'
import { createModels } from '../../db/models'

// Monday 2026-03-02 10:00 Beijing; the deadline of a message received then is 2026-03-09.
const receivedAt = new Date('2026-03-02T02:00:00Z')
const submission = {
  category: 'complaint',
  title: '公司未缴纳社保',
  content: '我入职半年了，公司一直没有给我缴纳社会保险，请问怎么处理？',
  name: '孙七',
  phone: '13900001212',
  consent: true,
}

const db = useTestDatabase()

const appAt = (now: Date) => buildTestApp(db, { clock: () => now }).callback

async function submitted(): Promise<string> {
  const response = await request(appAt(receivedAt))
    .post('/api/v1/messages')
    .send(submission)
    .expect(201)
  return response.body.id as string
}

/** A signed-in staff member whose session starts at `now` (sessions expire after hours). */
async function staff(role: 'office' | 'handler' | 'admin', unit?: string, now = receivedAt) {
  return createStaff(db, { role, ...(unit ? { unit } : {}), now })
}

describe('staff inbox', () => {
  it('requires a login', async () => {
    const response = await request(appAt(receivedAt)).get('/api/v1/staff/messages').expect(401)
    expect(response.body.error.code).toBe('unauthenticated')
  })

  it('shows the office the unassigned queue and refuses it to handlers', async () => {
    const id = await submitted()
    const now = new Date('2026-03-03T02:00:00Z')
    const office = await staff('office', undefined, now)
    const handler = await staff('handler', 'social-insurance', now)
    const callback = appAt(now)

    const queue = await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'unassigned' })
      .set('Authorization', office.authorization)
      .expect(200)
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        id,
        status: 'submitted',
        dueDate: '2026-03-09',
        workingDaysLeft: 4,
      }),
    ])
    expect(queue.body.nextCursor).toBeNull()
    staffMessagePageSchema.parse(queue.body)

    await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'unassigned' })
      .set('Authorization', handler.authorization)
      .expect(403)
    await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'everything' })
      .set('Authorization', office.authorization)
      .expect(400)
  })

  it('pages through a view with an opaque cursor and rejects a forged one', async () => {
    for (let i = 0; i < 3; i += 1) await submitted()
    const office = await staff('office')
    const callback = appAt(receivedAt)
    const first = await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'unassigned', limit: 2 })
      .set('Authorization', office.authorization)
      .expect(200)
    const second = await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'unassigned', limit: 2, cursor: first.body.nextCursor })
      .set('Authorization', office.authorization)
      .expect(200)
    const ids = [...first.body.items, ...second.body.items].map((m: { id: string }) => m.id)
    expect(new Set(ids).size).toBe(3)
    expect(second.body.nextCursor).toBeNull()
    await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'unassigned', cursor: 'bm90LWEtY3Vyc29y' })
      .set('Authorization', office.authorization)
      .expect(400)
  })
})

describe('dispatch and answer', () => {
  it('office assigns, the unit replies on time, and the citizen sees it', async () => {
    const id = await submitted()
    const now = new Date('2026-03-04T02:00:00Z')
    const office = await staff('office', undefined, now)
    const handler = await staff('handler', 'labor-inspection', now)
    const callback = appAt(now)

    await request(callback)
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', handler.authorization)
      .send({ unit: 'labor-inspection' })
      .expect(403)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'no-such-unit' })
      .expect(400)
    const assigned = await request(callback)
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'labor-inspection' })
      .expect(200)
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      unit: 'labor-inspection',
      unitName: '劳动保障监察执法科',
    })

    const inbox = await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'open' })
      .set('Authorization', handler.authorization)
      .expect(200)
    expect(inbox.body.items.map((m: { id: string }) => m.id)).toEqual([id])

    await request(callback)
      .post(`/api/v1/staff/messages/${id}/notes`)
      .set('Authorization', handler.authorization)
      .send({ text: '已电话联系用人单位核实' })
      .expect(200)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', handler.authorization)
      .send({ content: '短' })
      .expect(400)
    const replied = await request(callback)
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', handler.authorization)
      .send({
        content: '您好！用人单位应当自用工之日起三十日内为职工办理社会保险登记，我科已立案核查。',
      })
      .expect(200)
    expect(replied.body).toMatchObject({
      status: 'replied',
      onTime: true,
      urgency: 'answered',
      phone: '13900001212',
    })
    expect(replied.body.history.find((h: { type: string }) => h.type === 'note')).toMatchObject({
      internal: true,
      text: '已电话联系用人单位核实',
    })

    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({
      status: 'replied',
      answeredOnTime: true,
      answer: { kind: 'reply' },
    })

    const citizen = await request(callback)
      .get('/api/v1/messages/lookup')
      .query({ code: stored?.code, phone: '13900001212' })
      .expect(200)
    expect(JSON.stringify(citizen.body)).not.toContain('已电话联系用人单位核实')
    expect(citizen.body.history.map((h: { label: string }) => h.label)).toEqual([
      '留言已提交',
      '已分派至劳动保障监察执法科办理',
      '已答复',
    ])
  })

  it('hides another unit’s message from a handler (404) and records every staff read', async () => {
    const id = await submitted()
    const office = await staff('office')
    const otherHandler = await staff('handler', 'legal')
    const callback = appAt(receivedAt)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'labor-inspection' })
      .expect(200)

    await request(callback)
      .get(`/api/v1/staff/messages/${id}`)
      .set('Authorization', otherHandler.authorization)
      .expect(404)
    await request(callback)
      .get('/api/v1/staff/messages/not-an-id')
      .set('Authorization', office.authorization)
      .expect(404)
    await request(callback)
      .get(`/api/v1/staff/messages/${id}`)
      .set('Authorization', office.authorization)
      .expect(200)

    const reads = await createModels(db)
      .MessageEvent.find({ messageId: id, type: 'personal_data_viewed' })
      .lean()
    expect(reads).toHaveLength(1)
    expect(reads[0]).toMatchObject({
      actor: { kind: 'staff', id: String(office.account._id) },
      visibleToCitizen: false,
    })
  })

  it('lets only one of two concurrent replies succeed', async () => {
    const id = await submitted()
    const office = await staff('office')
    const callback = appAt(receivedAt)
    await request(callback)
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'social-insurance' })
      .expect(200)
    const a = await staff('handler', 'social-insurance')
    const b = await staff('handler', 'social-insurance')

    const results = await Promise.all(
      [a, b].map((h, i) =>
        request(callback)
          .post(`/api/v1/staff/messages/${id}/reply`)
          .set('Authorization', h.authorization)
          .send({ content: `您好！这是第${i + 1}位经办人的答复内容，供核对。` }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const events = await createModels(db).MessageEvent.countDocuments({
      messageId: id,
      type: 'replied',
    })
    expect(events).toBe(1)
  })

  it('lists an undispatched overdue message in the office’s 超期 tab, not in a unit’s', async () => {
    const id = await submitted()
    // Tuesday 2026-03-10 10:00 Beijing: past the 03-09 deadline, still waiting for dispatch.
    const now = new Date('2026-03-10T02:00:00Z')
    const office = await staff('office', undefined, now)
    const handler = await staff('handler', 'social-insurance', now)
    const callback = appAt(now)
    const overdueTab = (authorization: string) =>
      request(callback)
        .get('/api/v1/staff/messages')
        .query({ view: 'overdue' })
        .set('Authorization', authorization)
        .expect(200)

    const forOffice = await overdueTab(office.authorization)
    expect(forOffice.body.items).toEqual([
      expect.objectContaining({ id, status: 'submitted', workingDaysLeft: -1, urgency: 'overdue' }),
    ])
    staffMessagePageSchema.parse(forOffice.body)
    expect((await overdueTab(handler.authorization)).body.items).toEqual([])
    // Overdue is not due soon: the 临期 tab leaves it out.
    const dueSoon = await request(callback)
      .get('/api/v1/staff/messages')
      .query({ view: 'due-soon' })
      .set('Authorization', office.authorization)
      .expect(200)
    expect(dueSoon.body.items).toEqual([])
  })

  it('lists an undispatched message due the next working day in the office’s 临期 tab', async () => {
    const id = await submitted()
    // Friday 2026-03-06 10:00 Beijing: the 03-09 deadline is the next working day.
    const now = new Date('2026-03-06T02:00:00Z')
    const office = await staff('office', undefined, now)
    const response = await request(appAt(now))
      .get('/api/v1/staff/messages')
      .query({ view: 'due-soon' })
      .set('Authorization', office.authorization)
      .expect(200)
    expect(response.body.items).toEqual([
      expect.objectContaining({ id, status: 'submitted', urgency: 'due-soon' }),
    ])
  })

  it('records a late answer as late, and a decline counts as the answer', async () => {
    const id = await submitted()
    // Tuesday 2026-03-10: past the 03-09 deadline.
    const now = new Date('2026-03-10T02:00:00Z')
    const office = await staff('office', undefined, now)
    const late = appAt(now)
    await request(late)
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'legal' })
      .expect(200)
    const overdue = await request(late)
      .get('/api/v1/staff/messages')
      .query({ view: 'overdue' })
      .set('Authorization', office.authorization)
      .expect(200)
    expect(overdue.body.items).toEqual([
      expect.objectContaining({ id, workingDaysLeft: -1, urgency: 'overdue' }),
    ])

    const declined = await request(late)
      .post(`/api/v1/staff/messages/${id}/decline`)
      .set('Authorization', office.authorization)
      .send({ reason: '该事项已进入劳动仲裁程序，依法不予受理。' })
      .expect(200)
    expect(declined.body).toMatchObject({ status: 'declined', onTime: false })
    await request(late)
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', office.authorization)
      .send({ content: '您好！补充答复内容如下，请查收。' })
      .expect(409)
  })
})

describe('routing suggestion for dispatch', () => {
  it('suggests a unit by keyword, or the citizen’s choice, only while awaiting dispatch', async () => {
    const office = await staff('office')
    const id = await submitted()
    const detail = await request(appAt(receivedAt))
      .get(`/api/v1/staff/messages/${id}`)
      .set('Authorization', office.authorization)
      .expect(200)
    // The title says 社保: the social-insurance rule matches.
    expect(detail.body.routingSuggestion).toEqual({
      unit: 'social-insurance',
      unitName: '市社保局',
      reason: 'rule',
      keyword: '社保',
    })

    const chosen = await request(appAt(receivedAt))
      .post('/api/v1/messages')
      .send({ ...submission, unit: 'labor-inspection' })
      .expect(201)
    const withChoice = await request(appAt(receivedAt))
      .get(`/api/v1/staff/messages/${chosen.body.id as string}`)
      .set('Authorization', office.authorization)
      .expect(200)
    expect(withChoice.body.routingSuggestion).toEqual({
      unit: 'labor-inspection',
      unitName: '劳动保障监察执法科',
      reason: 'citizen',
    })

    const assigned = await request(appAt(receivedAt))
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'social-insurance' })
      .expect(200)
    expect(assigned.body.routingSuggestion).toBeUndefined()
    const afterAssignment = await request(appAt(receivedAt))
      .get(`/api/v1/staff/messages/${id}`)
      .set('Authorization', office.authorization)
      .expect(200)
    expect(afterAssignment.body.status).toBe('assigned')
    expect(afterAssignment.body).not.toHaveProperty('routingSuggestion')
  })

  it('uses the rules from the configuration', async () => {
    const office = await staff('office')
    const id = await submitted()
    const callback = buildTestApp(db, {
      clock: () => receivedAt,
      config: { routingRules: [{ unit: 'petition', keywords: ['入职'] }] },
    }).callback
    const detail = await request(callback)
      .get(`/api/v1/staff/messages/${id}`)
      .set('Authorization', office.authorization)
      .expect(200)
    expect(detail.body.routingSuggestion).toMatchObject({ unit: 'petition', keyword: '入职' })
  })
})
