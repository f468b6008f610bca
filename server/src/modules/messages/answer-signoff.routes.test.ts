import request from 'supertest'
import {
  citizenMessageViewSchema,
  staffMessageDetailSchema,
  staffMessagePageSchema,
  toBeijingIsoString,
  type SignoffRules,
} from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

// Monday 2026-03-02 10:00 Beijing: the deadline is the end of Monday 2026-03-09.
const receivedAt = new Date('2026-03-02T02:00:00Z')
const phone = '13900005656'
const submission = {
  category: 'consult',
  title: '退休后养老金领取',
  content: '我明年退休，想咨询一下养老金领取需要办理哪些手续，在哪里办理？',
  name: '吴九',
  phone,
  allowPublish: true,
  consent: true,
}
const firstDraft = '您好！养老金领取手续请到社保局办理。'
const corrected = '您好！您可在退休前一个月持身份证到市社保局窗口办理退休待遇核定，也可在网上办理。'

// social-insurance answers go out once its unit head signs off; labor-inspection needs the
// office; every other unit (employment here) needs none.
const rules: SignoffRules = { 'social-insurance': 'unit-head', 'labor-inspection': 'office' }

const db = useTestDatabase()

const appAt = (now: Date) =>
  buildTestApp(db, { clock: () => now, config: { answerSignoff: rules } }).callback
/** A Beijing wall-clock time on a March 2026 day. */
const beijing = (day: number, hour: number) =>
  new Date(`2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`)

// Staff sessions last 12 hours: staff sign in on Tuesday morning and act that day.
const workday = new Date('2026-03-03T08:00:00+08:00')
const handlerOf = (unit: string) => createStaff(db, { role: 'handler', unit, now: workday })
const unitHeadOf = (unit: string) => createStaff(db, { role: 'unit-head', unit, now: workday })
const office = (now = workday) => createStaff(db, { role: 'office', now })

/** A message submitted at `receivedAt` and dispatched to `unit` (with 分办意见 when given). */
async function dispatched(unit: string, dispatchNote?: string) {
  const created = await request(appAt(receivedAt))
    .post('/api/v1/messages')
    .send(submission)
    .expect(201)
  const response = await request(appAt(receivedAt))
    .post(`/api/v1/staff/messages/${created.body.id}/assign`)
    .set('Authorization', (await office(receivedAt)).authorization)
    .send({ unit, ...(dispatchNote === undefined ? {} : { dispatchNote }) })
    .expect(200)
  return {
    id: created.body.id as string,
    code: created.body.code as string,
    detail: staffMessageDetailSchema.parse(response.body),
  }
}

const post = (now: Date, authorization: string, path: string, body: object = {}) =>
  request(appAt(now))
    .post(`/api/v1/staff/messages/${path}`)
    .set('Authorization', authorization)
    .send(body)

const staffDetail = async (now: Date, authorization: string, id: string) =>
  staffMessageDetailSchema.parse(
    (
      await request(appAt(now))
        .get(`/api/v1/staff/messages/${id}`)
        .set('Authorization', authorization)
        .expect(200)
    ).body,
  )

const citizenView = async (now: Date, code: string) =>
  citizenMessageViewSchema.parse(
    (await request(appAt(now)).get('/api/v1/messages/lookup').query({ code, phone }).expect(200))
      .body,
  )

/** The dashboard's figures of social-insurance for March 2026. */
async function answeredFigures(now: Date) {
  const response = await request(appAt(now))
    .get('/api/v1/staff/stats?from=2026-03-01&to=2026-03-31')
    .set('Authorization', (await office()).authorization)
    .expect(200)
  const units = response.body.units as { unit: string; figures: Record<string, unknown> }[]
  return units.find((row) => row.unit === 'social-insurance')?.figures
}

describe('an answer in a unit that requires sign-off', () => {
  it('waits, is sent back with a comment, is resubmitted, then approved and delivered', async () => {
    const { id, code, detail: assigned } = await dispatched('social-insurance')
    const handler = await handlerOf('social-insurance')
    const head = await unitHeadOf('social-insurance')

    // The handler answers: held for sign-off, nothing reaches the citizen.
    const held = await post(beijing(3, 9), handler.authorization, `${id}/reply`, {
      content: firstDraft,
    }).expect(200)
    const heldDetail = staffMessageDetailSchema.parse(held.body)
    expect(heldDetail).toMatchObject({
      status: 'assigned',
      signoff: 'pending',
      pendingAnswer: {
        status: 'pending',
        kind: 'reply',
        content: firstDraft,
        level: 'unit-head',
        authorName: handler.account.displayName,
      },
    })
    expect(heldDetail.answer).toBeUndefined()
    const waiting = await citizenView(beijing(3, 9), code)
    expect(waiting.status).toBe('assigned')
    expect(waiting.answer).toBeUndefined()
    expect(waiting.conversation.map((turn) => turn.kind)).toEqual(['question'])
    expect(JSON.stringify(waiting)).not.toContain(firstDraft)

    // Sending back needs a comment.
    await post(beijing(3, 10), head.authorization, `${id}/signoff/return`, {}).expect(400)
    await post(beijing(3, 10), head.authorization, `${id}/signoff/return`, { comment: ' ' }).expect(
      400,
    )
    await post(beijing(3, 10), head.authorization, `${id}/signoff/return`, {
      comment: { $gt: '' },
    }).expect(400)
    expect((await staffDetail(beijing(3, 10), head.authorization, id)).pendingAnswer?.status).toBe(
      'pending',
    )
    const comment = '请写明办理地点和可以网上办理的渠道。'
    const returned = staffMessageDetailSchema.parse(
      (
        await post(beijing(3, 11), head.authorization, `${id}/signoff/return`, { comment }).expect(
          200,
        )
      ).body,
    )
    expect(returned.signoff).toBe('returned')

    // The handler sees the comment, edits and resubmits.
    const seen = await staffDetail(beijing(3, 12), handler.authorization, id)
    expect(seen.pendingAnswer).toMatchObject({
      status: 'returned',
      content: firstDraft,
      returned: { comment, byName: head.account.displayName },
    })
    expect((await citizenView(beijing(3, 12), code)).answer).toBeUndefined()
    await post(beijing(3, 13), handler.authorization, `${id}/reply`, { content: corrected }).expect(
      200,
    )
    expect(await answeredFigures(beijing(3, 14))).toMatchObject({ answered: 0 })

    // The unit head approves: delivered as an answer is, at the approval time.
    const approvedAt = beijing(3, 15)
    const approved = staffMessageDetailSchema.parse(
      (await post(approvedAt, head.authorization, `${id}/signoff/approve`).expect(200)).body,
    )
    expect(approved).toMatchObject({ status: 'replied', onTime: true })
    expect(approved.pendingAnswer).toBeUndefined()
    expect(approved.signoff).toBeUndefined()
    expect(approved.answer).toMatchObject({
      content: corrected,
      answeredAt: toBeijingIsoString(approvedAt),
    })
    // The deadline did not move while the answer waited.
    expect(approved.dueDate).toBe(assigned.dueDate)
    expect(approved.conversation.at(-1)).toMatchObject({
      kind: 'reply',
      content: corrected,
      answeredBy: handler.account.displayName,
    })
    const history = approved.history.map((entry) => entry.type)
    expect(history).toEqual(
      expect.arrayContaining([
        'answer_submitted',
        'answer_returned',
        'answer_signed_off',
        'replied',
      ]),
    )
    expect(history.filter((type) => type === 'answer_submitted')).toHaveLength(2)
    expect(approved.history.find((e) => e.type === 'answer_returned')).toMatchObject({
      internal: true,
      text: comment,
      actorName: head.account.displayName,
    })

    const citizen = await citizenView(beijing(3, 16), code)
    expect(citizen.status).toBe('replied')
    expect(citizen.answer).toMatchObject({
      content: corrected,
      answeredAt: toBeijingIsoString(approvedAt),
    })
    expect(JSON.stringify(citizen)).not.toContain(comment)
    expect(citizen.history.map((entry) => entry.type)).not.toContain('answer_submitted')

    // The dashboard counts the answer when it goes out, not when it was written.
    expect(await answeredFigures(beijing(3, 16))).toMatchObject({ answered: 1, answeredOnTime: 1 })

    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored?.firstAnsweredAt).toEqual(approvedAt)
    expect(stored?.pendingAnswer).toBeUndefined()
    expect(stored?.answers).toHaveLength(1)
    expect(stored?.answers?.[0]).toMatchObject({ staffId: String(handler.account._id) })
  })

  it('holds the answer to a 追问 for sign-off too', async () => {
    const { id, code } = await dispatched('social-insurance')
    const handler = await handlerOf('social-insurance')
    const head = await unitHeadOf('social-insurance')
    await post(beijing(3, 9), handler.authorization, `${id}/reply`, { content: firstDraft })
    await post(beijing(3, 10), head.authorization, `${id}/signoff/approve`).expect(200)
    await request(appAt(beijing(3, 11)))
      .post(`/api/v1/messages/${code}/follow-up`)
      .send({ phone, content: '请问能否在网上办理？需要准备哪些电子材料？' })
      .expect(200)

    await post(beijing(3, 12), handler.authorization, `${id}/reply`, { content: corrected }).expect(
      200,
    )
    const waiting = await citizenView(beijing(3, 13), code)
    expect(waiting.status).toBe('reopened')
    expect(waiting.conversation.map((turn) => turn.kind)).toEqual(['question', 'reply', 'followUp'])

    await post(beijing(3, 15), head.authorization, `${id}/signoff/approve`).expect(200)
    const answered = await citizenView(beijing(3, 16), code)
    expect(answered.conversation.map((turn) => turn.kind)).toEqual([
      'question',
      'reply',
      'followUp',
      'reply',
    ])
    expect(answered.answer?.answeredAt).toBe(toBeijingIsoString(beijing(3, 15)))
  })

  it('lets neither a handler nor another unit’s head approve, and changes nothing', async () => {
    const { id } = await dispatched('social-insurance')
    const handler = await handlerOf('social-insurance')
    await post(beijing(3, 10), handler.authorization, `${id}/reply`, { content: firstDraft })

    await post(beijing(3, 11), handler.authorization, `${id}/signoff/approve`).expect(403)
    await post(beijing(3, 11), handler.authorization, `${id}/signoff/return`, {
      comment: '自己退回',
    }).expect(403)
    // Another unit's message answers as if it did not exist (as for every action on it).
    const otherHead = await unitHeadOf('employment')
    await post(beijing(3, 11), otherHead.authorization, `${id}/signoff/approve`).expect(404)
    await request(appAt(receivedAt))
      .post(`/api/v1/staff/messages/${id}/signoff/approve`)
      .expect(401)

    const stored = await createModels(db).Message.findById(id).lean()
    expect(stored).toMatchObject({ status: 'assigned', pendingAnswer: { status: 'pending' } })
    expect(stored?.answer).toBeUndefined()
  })

  it('needs the office where the unit’s answers are signed off by the office', async () => {
    const { id, code } = await dispatched('labor-inspection')
    const handler = await handlerOf('labor-inspection')
    const head = await unitHeadOf('labor-inspection')
    // The unit head's own answer waits for the office too.
    const held = await post(beijing(3, 10), head.authorization, `${id}/reply`, {
      content: firstDraft,
    }).expect(200)
    expect(held.body.pendingAnswer).toMatchObject({ level: 'office' })
    await post(beijing(3, 11), head.authorization, `${id}/signoff/approve`).expect(403)
    await post(beijing(3, 11), handler.authorization, `${id}/signoff/approve`).expect(403)
    // It is in the office's 待签发 queue, not the unit head's.
    const queue = async (who: { authorization: string }) =>
      (
        await request(appAt(beijing(3, 11)))
          .get('/api/v1/staff/messages?view=signoff')
          .set('Authorization', who.authorization)
          .expect(200)
      ).body.items.map((row: { id: string }) => row.id)
    await expect(queue(head)).resolves.toEqual([])
    await expect(queue(await office())).resolves.toEqual([id])
    await post(beijing(3, 12), (await office()).authorization, `${id}/signoff/approve`).expect(200)
    expect((await citizenView(beijing(3, 13), code)).answer?.content).toBe(firstDraft)
  })

  it('delivers once when two approvers click together', async () => {
    const { id } = await dispatched('social-insurance')
    const handler = await handlerOf('social-insurance')
    await post(beijing(3, 10), handler.authorization, `${id}/reply`, { content: firstDraft })
    const head = await unitHeadOf('social-insurance')
    const officeStaff = await office()

    const results = await Promise.all(
      [head, officeStaff, head, officeStaff].map((approver) =>
        post(beijing(3, 11), approver.authorization, `${id}/signoff/approve`),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409])

    const models = createModels(db)
    const stored = await models.Message.findById(id).lean()
    expect(stored?.answers).toHaveLength(1)
    expect(stored?.status).toBe('replied')
    expect(await models.MessageEvent.countDocuments({ messageId: id, type: 'replied' })).toBe(1)
    expect(
      await models.MessageEvent.countDocuments({ messageId: id, type: 'answer_signed_off' }),
    ).toBe(1)
  })

  it('lets nothing go past a waiting answer', async () => {
    const { id } = await dispatched('social-insurance')
    const handler = await handlerOf('social-insurance')
    await post(beijing(3, 10), handler.authorization, `${id}/reply`, { content: firstDraft })

    const again = await post(beijing(3, 11), handler.authorization, `${id}/reply`, {
      content: corrected,
    }).expect(409)
    expect(again.body.error.code).toBe('answer_pending')
    await post(beijing(3, 11), handler.authorization, `${id}/decline`, {
      reason: '该事项正在仲裁程序中。',
    }).expect(409)
    await post(beijing(3, 11), handler.authorization, `${id}/transfer`, {
      unit: 'employment',
      reason: '属于就业局职责',
    }).expect(409)
    await post(beijing(3, 11), (await office()).authorization, `${id}/reply`, {
      content: corrected,
    }).expect(409)
    // With nothing waiting, approving or sending back is a conflict, not a delivery.
    const { id: fresh } = await dispatched('social-insurance')
    const head = await unitHeadOf('social-insurance')
    const none = await post(beijing(3, 11), head.authorization, `${fresh}/signoff/approve`).expect(
      409,
    )
    expect(none.body.error.code).toBe('no_pending_answer')
  })

  it('lists waiting answers under 待签发 with a badge, for the unit head and the office', async () => {
    const { id } = await dispatched('social-insurance')
    await dispatched('social-insurance')
    const handler = await handlerOf('social-insurance')
    await post(beijing(3, 10), handler.authorization, `${id}/reply`, { content: firstDraft })

    for (const approver of [await unitHeadOf('social-insurance'), await office()]) {
      const page = staffMessagePageSchema.parse(
        (
          await request(appAt(beijing(3, 11)))
            .get('/api/v1/staff/messages?view=signoff')
            .set('Authorization', approver.authorization)
            .expect(200)
        ).body,
      )
      expect(page.items.map((row) => [row.id, row.signoff])).toEqual([[id, 'pending']])
    }
    // Neither another unit's head nor a handler has anything to approve.
    for (const other of [await unitHeadOf('employment'), handler]) {
      const page = await request(appAt(beijing(3, 11)))
        .get('/api/v1/staff/messages?view=signoff')
        .set('Authorization', other.authorization)
        .expect(200)
      expect(page.body.items).toEqual([])
    }
    const open = await request(appAt(beijing(3, 11)))
      .get('/api/v1/staff/messages?view=open')
      .set('Authorization', handler.authorization)
      .expect(200)
    expect(open.body.items.find((row: { id: string }) => row.id === id).signoff).toBe('pending')
  })
})

describe('a unit without sign-off', () => {
  it('delivers the handler’s answer at once, as before', async () => {
    const { id, code } = await dispatched('employment')
    const handler = await handlerOf('employment')
    const answeredAt = beijing(3, 10)
    const response = await post(answeredAt, handler.authorization, `${id}/reply`, {
      content: corrected,
    }).expect(200)
    expect(response.body).toMatchObject({ status: 'replied' })
    expect(response.body.pendingAnswer).toBeUndefined()
    expect((await citizenView(beijing(3, 11), code)).answer).toMatchObject({
      content: corrected,
      answeredAt: toBeijingIsoString(answeredAt),
    })
  })
})

describe('分办意见', () => {
  const note = '请重点核实其视同缴费年限，答复时附上办理指南链接。'

  it('is stored, shown to the handler, and never to the citizen or the public', async () => {
    const { id, code, detail } = await dispatched('employment', note)
    expect(detail.dispatchNote).toMatchObject({ text: note })
    const handler = await handlerOf('employment')
    const seen = await staffDetail(beijing(3, 9), handler.authorization, id)
    expect(seen.dispatchNote).toMatchObject({ text: note, at: toBeijingIsoString(receivedAt) })
    expect(seen.history.find((entry) => entry.type === 'dispatch_noted')).toMatchObject({
      internal: true,
      text: note,
    })

    expect(JSON.stringify(await citizenView(beijing(3, 9), code))).not.toContain(note)
    await post(beijing(3, 10), handler.authorization, `${id}/reply`, { content: corrected })
    const officeStaff = await office()
    const draft = await request(appAt(beijing(3, 11)))
      .get(`/api/v1/staff/publications/draft/${id}`)
      .set('Authorization', officeStaff.authorization)
      .expect(200)
    expect(JSON.stringify(draft.body)).not.toContain(note)
    const published = await request(appAt(beijing(3, 11)))
      .post('/api/v1/staff/publications')
      .set('Authorization', officeStaff.authorization)
      .send({
        messageId: id,
        title: submission.title,
        question: submission.content,
        answer: corrected,
      })
      .expect(201)
    const publicDetail = await request(appAt(beijing(3, 12)))
      .get(`/api/v1/publications/${published.body.id}`)
      .expect(200)
    const publicList = await request(appAt(beijing(3, 12)))
      .get('/api/v1/publications')
      .expect(200)
    expect(JSON.stringify(publicDetail.body)).not.toContain(note)
    expect(JSON.stringify(publicList.body)).not.toContain(note)
    expect(publicList.body.items).toHaveLength(1)
  })

  it('is optional, at most 500 characters, and the office’s alone', async () => {
    const { id } = await dispatched('employment', '')
    expect((await staffDetail(workday, (await office()).authorization, id)).dispatchNote).toBe(
      undefined,
    )
    const created = await request(appAt(receivedAt)).post('/api/v1/messages').send(submission)
    const officeStaff = await office()
    await post(workday, officeStaff.authorization, `${created.body.id}/assign`, {
      unit: 'employment',
      dispatchNote: '长'.repeat(501),
    }).expect(400)
    await post(workday, officeStaff.authorization, `${created.body.id}/assign`, {
      unit: 'employment',
      dispatchNote: { $gt: '' },
    }).expect(400)
    expect((await createModels(db).Message.findById(created.body.id).lean())?.status).toBe(
      'submitted',
    )

    // A handler transferring cannot give 分办意见; the office re-dispatching can, replacing it.
    const handler = await handlerOf('employment')
    await post(beijing(3, 10), handler.authorization, `${id}/transfer`, {
      unit: 'legal',
      reason: '属于法规科职责',
      dispatchNote: '请法规科答复',
    }).expect(403)
    const redispatched = await post(beijing(3, 11), officeStaff.authorization, `${id}/transfer`, {
      unit: 'legal',
      reason: '属于法规科职责',
      dispatchNote: '请法规科依据条例答复',
    }).expect(200)
    expect(redispatched.body.dispatchNote).toMatchObject({ text: '请法规科依据条例答复' })
  })
})
