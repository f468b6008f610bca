import request from 'supertest'
import pino from 'pino'
import { Types } from 'mongoose'
import { SHIPPED_GUIDES } from '@zhengmin/config'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { insertAnsweredMessage } from '../../../../test/support/messages'
import { createStaff } from '../../../../test/support/staff'
import { createModels, type Models } from '../../db/models'
import { createCalendarService } from '../calendar/calendar.service'
import { createStatsCounters } from '../stats/stats-counters'
import { computeStatsFromMessages } from '../stats/stats-rebuild'
import type { UnitDayStats } from '../stats/unit-day-stats.model'
import { reconcile } from './reconcile'

// Monday 2026-03-02 10:00 Beijing.
const NOW = new Date('2026-03-02T02:00:00Z')
const submission = {
  category: 'consult',
  title: '灵活就业人员参保',
  content: '我是灵活就业人员，想咨询一下如何参加城镇职工养老保险，需要带哪些材料？',
  phone: '13900003434',
  consent: true,
}

const db = useTestDatabase()
let models: Models
beforeAll(() => {
  models = createModels(db)
})
afterEach(() => jest.restoreAllMocks())

const app = () => buildTestApp(db, { clock: () => NOW }).callback

async function calendarNow() {
  const calendar = createCalendarService({
    models,
    clock: () => NOW,
    log: pino({ level: 'silent' }),
  })
  await calendar.initialize()
  return calendar.current()
}

async function runReconcile() {
  const calendar = await calendarNow()
  return reconcile(models, createStatsCounters({ models, calendar: () => calendar }), NOW)
}

/** The live counters without their bookkeeping, and only rows that count something. */
async function liveCounters() {
  const rows = await models.UnitDayStats.find().sort({ _id: 1 }).lean<UnitDayStats[]>()
  return rows
    .map(({ applied: _marks, ...row }) => row)
    .filter((row) => row.received !== 0 || row.answered !== 0)
}

async function computedCounters() {
  const computed = await computeStatsFromMessages(models, await calendarNow())
  return [...computed.values()]
    .filter((row) => row.received !== 0 || row.answered !== 0)
    .sort((a, b) => a._id.localeCompare(b._id))
}

async function submit(): Promise<string> {
  const response = await request(app()).post('/api/v1/messages').send(submission).expect(201)
  return response.body.id as string
}

describe('an action interrupted between its writes', () => {
  it('keeps its state change with the history still owed, and reconcile writes it once', async () => {
    const id = await submit()
    const office = await createStaff(db, { role: 'office', now: NOW })
    // The process "dies" after the state change: every write of the history fails from here.
    const failing = jest
      .spyOn(models.MessageEvent, 'create')
      .mockRejectedValue(new Error('connection reset'))
    const assigned = await request(app())
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'social-insurance' })
      .expect(200)
    expect(failing).toHaveBeenCalled()
    failing.mockRestore()

    // The change happened, and its reader already sees the event it is owed.
    const stored = await models.Message.findById(id).lean()
    expect(stored?.status).toBe('assigned')
    expect(stored?.outbox?.events.map((e) => e.type)).toEqual(['assigned'])
    expect(assigned.body.history.map((e: { type: string }) => e.type)).toEqual([
      'submitted',
      'assigned',
    ])
    expect(await models.MessageEvent.countDocuments({ messageId: id, type: 'assigned' })).toBe(0)
    // The receipt still counts for 待分办: the counters are owed too.
    expect(await liveCounters()).not.toEqual(await computedCounters())

    const report = await runReconcile()
    expect(report.actionsCompleted).toBe(1)
    expect(report.statusMismatches).toEqual([])
    expect(await models.MessageEvent.countDocuments({ messageId: id, type: 'assigned' })).toBe(1)
    expect((await models.Message.findById(id).lean())?.outbox).toBeUndefined()
    expect(await liveCounters()).toEqual(await computedCounters())

    // Running it again changes nothing.
    const again = await runReconcile()
    expect(again.actionsCompleted).toBe(0)
    expect(await models.MessageEvent.countDocuments({ messageId: id })).toBe(2)
    expect(await liveCounters()).toEqual(await computedCounters())
  })

  it('counts exactly once when it died after the counters but before clearing the outbox', async () => {
    const id = await submit()
    const office = await createStaff(db, { role: 'office', now: NOW })
    // The last write of the action (removing the outbox) never happens.
    const original = models.Message.updateOne.bind(models.Message)
    jest.spyOn(models.Message, 'updateOne').mockImplementation(((
      filter: Record<string, unknown>,
      update: Record<string, unknown>,
    ) => {
      if ('$unset' in update && 'outbox.id' in filter) throw new Error('process killed')
      return original(filter, update)
    }) as typeof models.Message.updateOne)
    await request(app())
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'legal' })
      .expect(200)
    jest.restoreAllMocks()
    expect((await models.Message.findById(id).lean())?.outbox).toBeDefined()
    expect(await liveCounters()).toEqual(await computedCounters())

    expect((await runReconcile()).actionsCompleted).toBe(1)
    expect(await models.MessageEvent.countDocuments({ messageId: id, type: 'assigned' })).toBe(1)
    expect(await liveCounters()).toEqual(await computedCounters())
  })

  it('is finished by the next action on the message before that action runs', async () => {
    const id = await submit()
    const office = await createStaff(db, { role: 'office', now: NOW })
    const failing = jest
      .spyOn(models.MessageEvent, 'create')
      .mockRejectedValue(new Error('connection reset'))
    await request(app())
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit: 'social-insurance' })
      .expect(200)
    failing.mockRestore()
    const handler = await createStaff(db, { role: 'handler', now: NOW })
    await request(app())
      .post(`/api/v1/staff/messages/${id}/reply`)
      .set('Authorization', handler.authorization)
      .send({ content: '您好！灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。' })
      .expect(200)
    const history = await models.MessageEvent.find({ messageId: id, toStatus: { $exists: true } })
      .sort({ at: 1, _id: 1 })
      .lean()
    expect(history.map((e) => e.toStatus)).toEqual(['submitted', 'assigned', 'replied'])
    expect(await liveCounters()).toEqual(await computedCounters())
  })

  it('publishes completely: the publication carried in the message is stored by reconcile', async () => {
    const message = await insertAnsweredMessage(db)
    const office = await createStaff(db, { role: 'office', now: NOW })
    const failing = jest
      .spyOn(models.Publication, 'create')
      .mockRejectedValue(new Error('connection reset'))
    const published = await request(app())
      .post('/api/v1/staff/publications')
      .set('Authorization', office.authorization)
      .send({
        messageId: String(message._id),
        title: message.title,
        question: '灵活就业人员如何参加城镇职工养老保险？',
        answer: '可持身份证到户籍所在地社保经办机构办理参保登记。',
      })
      .expect(201)
    failing.mockRestore()
    expect(await models.Publication.countDocuments()).toBe(0)
    // The message is taken (no second publication can start) and says by which publication.
    const linked = await models.Message.findById(message._id).lean()
    expect(String(linked?.publicationId)).toBe(published.body.id)

    expect((await runReconcile()).actionsCompleted).toBe(1)
    const stored = await models.Publication.findById(published.body.id).lean()
    expect(stored?.status).toBe('published')
    expect(
      await models.MessageEvent.countDocuments({ messageId: message._id, type: 'published' }),
    ).toBe(1)
  })
})

describe('a guide version published without its revision', () => {
  it('gets its revision recorded once', async () => {
    const [shipped] = SHIPPED_GUIDES
    if (!shipped) throw new Error('no shipped guide')
    const revision = {
      _id: new Types.ObjectId(),
      slug: shipped.slug,
      version: 2,
      content: shipped,
      at: NOW,
      by: { id: 'staff-1', name: '测试' },
      summary: '更新材料清单',
      changedParts: ['materials'],
    }
    await models.Guide.create({
      _id: shipped.slug,
      content: shipped,
      version: 2,
      pendingRevision: revision,
      updatedAt: NOW,
    })
    expect((await runReconcile()).guideRevisionsCompleted).toBe(1)
    expect(await models.GuideRevision.countDocuments({ slug: shipped.slug, version: 2 })).toBe(1)
    expect((await models.Guide.findById(shipped.slug).lean())?.pendingRevision).toBeUndefined()
    expect((await runReconcile()).guideRevisionsCompleted).toBe(0)
  })
})

describe('gaps left by older versions', () => {
  it('adds a missing first event, drops a link to a publication never stored, reports the rest', async () => {
    const message = await insertAnsweredMessage(db)
    const orphan = await insertAnsweredMessage(db, { publicationId: message._id })
    const report = await runReconcile()
    expect(report.submittedEventsAdded).toBe(2)
    expect(report.danglingPublicationLinks).toBe(1)
    expect((await models.Message.findById(orphan._id).lean())?.publicationId).toBeUndefined()
    // Replied without a reply in the history: reported for a person to look at, not invented.
    expect(report.statusMismatches.sort()).toEqual([String(message._id), String(orphan._id)].sort())
    expect((await runReconcile()).submittedEventsAdded).toBe(0)
  })
})

describe('messages answered before answers were kept as a list', () => {
  it('get their one answer as the first of the list, once, and keep a list they have', async () => {
    const old = await insertAnsweredMessage(db, {
      firstAnswer: { kind: 'reply', unit: 'social-insurance' },
    })
    const listed = await insertAnsweredMessage(db, {
      answers: [
        {
          kind: 'reply',
          content: '已有列表的答复，不应被改写。',
          answeredAt: new Date('2026-03-04T06:00:00Z'),
          unit: 'employment',
        },
      ],
    })
    const report = await runReconcile()
    expect(report.answerListsMigrated).toBe(1)
    const migrated = await models.Message.findById(old._id).lean()
    expect(migrated?.answers).toEqual([
      {
        kind: 'reply',
        content: old.answer?.content,
        answeredAt: old.answer?.answeredAt,
        unit: 'social-insurance',
      },
    ])
    const untouched = await models.Message.findById(listed._id).lean()
    expect(untouched?.answers?.map((answer) => answer.content)).toEqual([
      '已有列表的答复，不应被改写。',
    ])
    expect((await runReconcile()).answerListsMigrated).toBe(0)
  })

  it('show that answer as the first in the lookup, and a reply after a 追问 as the second', async () => {
    // Answered before the test's clock, so the answers given now come after it.
    const answeredAt = new Date('2026-02-27T02:00:00Z')
    const old = await insertAnsweredMessage(db, {
      receivedAt: new Date('2026-02-26T02:00:00Z'),
      receivedDate: '2026-02-26',
      answer: { kind: 'reply', content: '您好！您反映的欠薪问题已转劳动监察处理。', answeredAt },
      firstAnsweredAt: answeredAt,
    })
    const lookup = await request(app())
      .get('/api/v1/messages/lookup')
      .query({ code: old.code, phone: old.phone })
      .expect(200)
    expect(lookup.body.conversation.map((turn: { kind: string }) => turn.kind)).toEqual([
      'question',
      'reply',
    ])
    expect(lookup.body.conversation[1].content).toBe(old.answer?.content)

    await request(app())
      .post(`/api/v1/messages/${old.code}/follow-up`)
      .send({ phone: old.phone, content: '工资到现在还没有发放，请再帮忙催一下。' })
      .expect(200)
    const handler = await createStaff(db, { role: 'handler', now: NOW, displayName: '王经办' })
    await request(app())
      .post(`/api/v1/staff/messages/${String(old._id)}/reply`)
      .set('Authorization', handler.authorization)
      .send({ content: '已再次督促用人单位，工资将于本周内发放，请留意。' })
      .expect(200)
    const after = await request(app())
      .get('/api/v1/messages/lookup')
      .query({ code: old.code, phone: old.phone })
      .expect(200)
    expect(
      after.body.conversation.map((turn: { kind: string; content: string }) => [
        turn.kind,
        turn.content,
      ]),
    ).toEqual([
      ['question', old.content],
      ['reply', old.answer?.content],
      ['followUp', '工资到现在还没有发放，请再帮忙催一下。'],
      ['reply', '已再次督促用人单位，工资将于本周内发放，请留意。'],
    ])
    // The citizen never sees who answered; staff do.
    expect(after.body.conversation[3].answeredBy).toBeUndefined()
    const detail = await request(app())
      .get(`/api/v1/staff/messages/${String(old._id)}`)
      .set('Authorization', handler.authorization)
      .expect(200)
    expect(detail.body.conversation[3]).toMatchObject({
      kind: 'reply',
      answeredBy: '王经办',
      unitName: expect.any(String),
    })
    const stored = await models.Message.findById(old._id).lean()
    expect(stored?.answers?.map((answer) => answer.content)).toEqual([
      old.answer?.content,
      '已再次督促用人单位，工资将于本周内发放，请留意。',
    ])
  })
})
