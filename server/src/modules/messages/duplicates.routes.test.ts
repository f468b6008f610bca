import pino from 'pino'
import request from 'supertest'
import {
  mergeOverviewSchema,
  staffMessageDetailSchema,
  type MergeOverview,
  type StatsReport,
} from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { startFakeWeChat, type FakeWeChat } from '../../../../test/support/fake-wechat'
import { createStaff, type CreatedStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { createCalendarService } from '../calendar/calendar.service'
import { rebuildStats } from '../stats/stats-rebuild'
import { createWeChatClient } from '../wechat/wechat-client'
import { createNotifications } from '../notifications/notifications.service'
import { createDuplicatesService } from './duplicates.service'

// Monday 2026-03-02 10:00 Beijing; the deadline is the end of Monday 2026-03-09.
const NOW = new Date('2026-03-02T02:00:00Z')
const REPLY = { content: '您好！经核查，该公司已于3月5日前补发全部拖欠工资，请注意查收。' }
const complaint = (n: number) => ({
  category: 'complaint',
  title: `某建筑公司拖欠农民工工资${n}`,
  content: '我们在某工地干活三个月，公司一直拖欠工资不发，请劳动监察部门帮忙处理。',
  name: `工人${n}`,
  phone: `1390000340${n}`,
  consent: true,
  notifyOnAnswer: true,
})

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

function setup() {
  const config = wechat.config()
  const client = createWeChatClient({ config: config.wechat })
  const notifications = createNotifications({
    models: createModels(db),
    wechat: client,
    config: config.wechat,
    clock: () => NOW,
    log: pino({ level: 'silent' }),
  })
  const { callback } = buildTestApp(db, {
    clock: () => NOW,
    config,
    wechat: client,
    notifications,
  })
  return { callback, notifications }
}
type Callback = ReturnType<typeof setup>['callback']

/** A citizen signed in with WeChat (openid-n) submits complaint n; returns its id and code. */
/** The office and a handler of 劳动保障监察, signed in against `callback`. */
async function officeAndHandler(callback: Callback) {
  return {
    office: as(await createStaff(db, { role: 'office', now: NOW }), callback),
    handler: as(
      await createStaff(db, { role: 'handler', unit: 'labor-inspection', now: NOW }),
      callback,
    ),
  }
}

async function submit(callback: Callback, n: number, body: object = complaint(n)) {
  wechat.codes.set(`login-${n}`, `openid-${n}`)
  const login = await request(callback)
    .post('/api/v1/auth/wechat')
    .send({ code: `login-${n}` })
    .expect(200)
  const created = await request(callback)
    .post('/api/v1/messages')
    .set('Authorization', `Bearer ${login.body.token as string}`)
    .send(body)
    .expect(201)
  return { id: created.body.id as string, code: created.body.code as string }
}

const as = (staff: CreatedStaff, callback: Callback) => ({
  get: (path: string) =>
    request(callback).get(`/api/v1${path}`).set('Authorization', staff.authorization),
  post: (path: string, body: object = {}) =>
    request(callback).post(`/api/v1${path}`).set('Authorization', staff.authorization).send(body),
})

type StaffClient = ReturnType<typeof as>

/** The dashboard's figures of March 2026, as the office reads them. */
async function marchFigures(office: StaffClient): Promise<StatsReport> {
  return (await office.get('/staff/stats?from=2026-03-01&to=2026-03-31').expect(200))
    .body as StatsReport
}

/** The same figures after the counters are rebuilt from the messages (npm run stats -- rebuild). */
async function rebuiltMarchFigures(office: StaffClient): Promise<StatsReport> {
  const models = createModels(db)
  const calendar = createCalendarService({
    models,
    clock: () => NOW,
    log: pino({ level: 'silent' }),
  })
  await calendar.initialize()
  await rebuildStats(models, calendar.current())
  return marchFigures(office)
}

describe('并单: duplicates merged into a lead are answered once', () => {
  it('answers all four citizens with the lead’s answer, notifies each, and counts the group once', async () => {
    const { callback, notifications } = setup()
    const { office, handler } = await officeAndHandler(callback)
    const lead = await submit(callback, 0)
    const duplicates = [
      await submit(callback, 1),
      await submit(callback, 2),
      await submit(callback, 3),
    ]
    // The lead and two duplicates are dispatched; the third is merged while still 待分办.
    for (const message of [lead, duplicates[0]!, duplicates[1]!]) {
      await office
        .post(`/staff/messages/${message.id}/assign`, { unit: 'labor-inspection' })
        .expect(200)
    }

    // The panel offers the open complaints of the same unit as possible leads.
    const panel = mergeOverviewSchema.parse(
      (await office.get(`/staff/messages/${duplicates[0]!.id}/merge`).expect(200)).body,
    )
    expect(panel.mergeable).toBe(true)
    expect(panel.candidates.map((row) => row.code).sort()).toEqual(
      [lead.code, duplicates[1]!.code].sort(),
    )

    for (const duplicate of duplicates) {
      // Typed as staff read it: with the hyphen, in lower case.
      const typed = `${lead.code.slice(0, 4)}-${lead.code.slice(4)}`.toLowerCase()
      const merged = await office
        .post(`/staff/messages/${duplicate.id}/merge`, { leadCode: typed })
        .expect(200)
      expect((merged.body as MergeOverview).duplicateOf).toMatchObject({ code: lead.code })
    }

    // The duplicate says whom it is merged with, and is handled through the lead only.
    const detail = staffMessageDetailSchema.parse(
      (await handler.get(`/staff/messages/${duplicates[0]!.id}`).expect(200)).body,
    )
    expect(detail.duplicateOf).toMatchObject({ id: lead.id, code: lead.code })
    const inbox = await handler.get('/staff/messages?view=open').expect(200)
    const rows = inbox.body.items as { id: string; mergedIntoCode?: string }[]
    expect(rows.find((row) => row.id === duplicates[0]!.id)?.mergedIntoCode).toBe(lead.code)
    expect(rows.find((row) => row.id === lead.id)?.mergedIntoCode).toBeUndefined()
    const refused = await handler
      .post(`/staff/messages/${duplicates[0]!.id}/reply`, REPLY)
      .expect(409)
    expect(refused.body.error.code).toBe('merged_duplicate')
    expect(refused.body.error.message).toContain('合并办理')
    const leadPanel = mergeOverviewSchema.parse(
      (await office.get(`/staff/messages/${lead.id}/merge`).expect(200)).body,
    )
    expect(leadPanel.duplicates.map((row) => row.code).sort()).toEqual(
      duplicates.map((d) => d.code).sort(),
    )
    expect(leadPanel.mergeable).toBe(false)

    // One answer, by the unit, to the lead.
    await handler.post(`/staff/messages/${lead.id}/reply`, REPLY).expect(200)
    await notifications.settled()

    for (const [n, message] of [lead, ...duplicates].entries()) {
      const lookup = await request(callback)
        .get(`/api/v1/messages/lookup?code=${message.code}&phone=1390000340${n}`)
        .expect(200)
      expect(lookup.body.status).toBe('replied')
      expect(lookup.body.answer.content).toBe(REPLY.content)
    }
    expect(wechat.sent.map((sent) => sent.body.touser).sort()).toEqual([
      'openid-0',
      'openid-1',
      'openid-2',
      'openid-3',
    ])

    // The dashboard judges the group once, on the lead.
    const report = await marchFigures(office)
    const unit = report.units.find((row) => row.unit === 'labor-inspection')
    expect(unit?.figures).toMatchObject({ received: 1, answered: 1, answeredOnTime: 1 })
    expect(report.total).toMatchObject({ received: 1, answered: 1, answeredOnTime: 1 })
    // A rebuild from the messages gives the same figures.
    const rebuilt = await rebuiltMarchFigures(office)
    expect(rebuilt.total).toEqual(report.total)
    // (Live counters may keep an all-zero 待分办 row that a rebuild does not write.)
    const counted = (units: StatsReport['units']) =>
      units.filter((row) => row.figures.received > 0 || row.figures.answered > 0)
    expect(counted(rebuilt.units)).toEqual(counted(report.units))

    // Answered with the lead: no longer separable.
    const late = await office.post(`/staff/messages/${duplicates[0]!.id}/unmerge`).expect(409)
    expect(late.body.error.code).toBe('not_merged')
  }, 30_000)

  it('refuses answered messages, cycles and chains with clear messages; separates while the lead is open', async () => {
    const { callback } = setup()
    const { office, handler } = await officeAndHandler(callback)
    const [a, b, c, answered] = [
      await submit(callback, 0),
      await submit(callback, 1),
      await submit(callback, 2),
      await submit(callback, 3),
    ]
    await office
      .post(`/staff/messages/${answered!.id}/assign`, { unit: 'labor-inspection' })
      .expect(200)
    await handler.post(`/staff/messages/${answered!.id}/reply`, REPLY).expect(200)

    const refusal = async (id: string, leadCode: string) => {
      const response = await office.post(`/staff/messages/${id}/merge`, { leadCode }).expect(422)
      expect(response.body.error.code).toBe('merge_refused')
      return response.body.error.message as string
    }
    expect(await refusal(answered!.id, a!.code)).toBe(
      '该留言已答复或已办结，只有尚未答复的留言可以并单',
    )
    expect(await refusal(a!.id, answered!.code)).toBe(
      '主办留言已答复或已办结，只能并入尚未答复的留言',
    )
    expect(await refusal(a!.id, a!.code)).toBe('不能将留言并入其自身')

    await office.post(`/staff/messages/${b!.id}/merge`, { leadCode: a!.code }).expect(200)
    // A into B would close a cycle; C into B would make a chain.
    expect(await refusal(a!.id, b!.code)).toContain('不允许循环合并')
    expect(await refusal(c!.id, b!.code)).toContain('已并入其他留言')

    // Bad input changes nothing.
    const bad = await office
      .post(`/staff/messages/${c!.id}/merge`, { leadCode: { $ne: '' } })
      .expect(400)
    expect(bad.body.error.fields[0].field).toBe('leadCode')
    await office.post(`/staff/messages/${c!.id}/merge`, { leadCode: 'BBBBBBBB' }).expect(404)
    await request(callback)
      .post(`/api/v1/staff/messages/${c!.id}/merge`)
      .send({ leadCode: a!.code })
      .expect(401)

    // While A is unanswered, B can be separated again; its receipt counts again.
    const separated = await office.post(`/staff/messages/${b!.id}/unmerge`).expect(200)
    expect((separated.body as MergeOverview).duplicateOf).toBeUndefined()
    expect((await marchFigures(office)).total.received).toBe(4)
    const history = staffMessageDetailSchema
      .parse((await office.get(`/staff/messages/${b!.id}`).expect(200)).body)
      .history.map((entry) => entry.label)
    expect(history.some((label) => label.startsWith('并单：与主办留言'))).toBe(true)
    expect(history.some((label) => label.startsWith('取消并单'))).toBe(true)
  })

  it('answers duplicates left waiting by a crash after the lead’s answer (npm run reconcile)', async () => {
    const { callback } = setup()
    const office = as(await createStaff(db, { role: 'office', now: NOW }), callback)
    const lead = await submit(callback, 0)
    const duplicate = await submit(callback, 1)
    await office.post(`/staff/messages/${duplicate.id}/merge`, { leadCode: lead.code }).expect(200)
    // The lead's answer stored, the process gone before its duplicates were answered.
    const models = createModels(db)
    const answer = {
      kind: 'decline' as const,
      content: '该事项已进入劳动仲裁程序，不予受理。',
      answeredAt: NOW,
    }
    await models.Message.updateOne(
      { _id: lead.id },
      {
        $set: {
          status: 'declined',
          answer,
          answers: [{ ...answer, unit: 'office' }],
          firstAnsweredAt: NOW,
          firstAnswer: { kind: 'decline', unit: 'office' },
          answeredOnTime: true,
        },
      },
    )
    const duplicates = createDuplicatesService({ models, clock: () => NOW })
    expect(await duplicates.finishWaitingDuplicates(pino({ level: 'silent' }))).toBe(1)
    expect(await duplicates.finishWaitingDuplicates(pino({ level: 'silent' }))).toBe(0)
    const stored = await models.Message.findById(duplicate.id).lean()
    expect(stored).toMatchObject({ status: 'declined', answer: { content: answer.content } })
    expect(stored?.awaitingLead).toBeUndefined()
  })

  it('lets one of two crossing merges through, never both', async () => {
    const { callback } = setup()
    const office = as(await createStaff(db, { role: 'office', now: NOW }), callback)
    const a = await submit(callback, 0)
    const b = await submit(callback, 1)
    const results = await Promise.all([
      office.post(`/staff/messages/${a.id}/merge`, { leadCode: b.code }),
      office.post(`/staff/messages/${b.id}/merge`, { leadCode: a.code }),
    ])
    expect(results.filter((response) => response.status === 200).length).toBeLessThanOrEqual(1)
    const { Message } = createModels(db)
    const linked = await Message.find({ duplicateOf: { $exists: true } }).lean()
    expect(linked.length).toBeLessThanOrEqual(1)
    for (const message of linked) {
      const lead = await Message.findById(message.duplicateOf?.messageId).lean()
      expect(lead?.duplicateOf).toBeUndefined()
    }
  })

  it('lets only the office merge (403 for a handler)', async () => {
    const { callback } = setup()
    const { office, handler } = await officeAndHandler(callback)
    const lead = await submit(callback, 0)
    const duplicate = await submit(callback, 1)
    for (const message of [lead, duplicate]) {
      await office
        .post(`/staff/messages/${message.id}/assign`, { unit: 'labor-inspection' })
        .expect(200)
    }
    const response = await handler
      .post(`/staff/messages/${duplicate.id}/merge`, { leadCode: lead.code })
      .expect(403)
    expect(response.body.error.message).toBe('只有办公室可以办理并单')
    await handler.get(`/staff/messages/${duplicate.id}/merge`).expect(403)
    const stored = await createModels(db).Message.findById(duplicate.id).lean()
    expect(stored?.duplicateOf).toBeUndefined()
  })
})

describe('并单 before dispatch: duplicates go where their lead goes', () => {
  it('dispatching the lead takes its 待分办 duplicate to the unit; the duplicate alone cannot be dispatched', async () => {
    const { callback } = setup()
    const { office, handler } = await officeAndHandler(callback)
    const lead = await submit(callback, 0)
    const duplicate = await submit(callback, 1)
    // Both wait for dispatch: the panel offers the other waiting one.
    const panel = mergeOverviewSchema.parse(
      (await office.get(`/staff/messages/${duplicate.id}/merge`).expect(200)).body,
    )
    expect(panel.candidates.map((row) => row.code)).toEqual([lead.code])
    await office.post(`/staff/messages/${duplicate.id}/merge`, { leadCode: lead.code }).expect(200)

    // The office sees the duplicate in 待分办, marked; dispatching it alone is refused.
    const waiting = (await office.get('/staff/messages?view=unassigned').expect(200)).body
      .items as { id: string; mergedIntoCode?: string }[]
    expect(waiting.find((row) => row.id === duplicate.id)?.mergedIntoCode).toBe(lead.code)
    const alone = await office
      .post(`/staff/messages/${duplicate.id}/assign`, { unit: 'employment' })
      .expect(409)
    expect(alone.body.error).toMatchObject({
      code: 'merged_duplicate',
      message: `该留言已与主办留言（查询码 ${lead.code.slice(0, 4)}-${lead.code.slice(4)}）合并办理，将随主办留言一并分办和答复；如需单独办理，请先取消合并`,
    })
    const { Message } = createModels(db)
    expect(await Message.findById(duplicate.id).lean()).toMatchObject({ status: 'submitted' })
    expect((await Message.findById(duplicate.id).lean())?.unit).toBeUndefined()

    // Dispatching the lead takes the group: both reach the unit, and leave 待分办.
    await office.post(`/staff/messages/${lead.id}/assign`, { unit: 'labor-inspection' }).expect(200)
    const moved = await Message.findById(duplicate.id).lean()
    expect(moved).toMatchObject({
      status: 'assigned',
      unit: 'labor-inspection',
      awaitingLead: true,
    })
    const unassigned = (await office.get('/staff/messages?view=unassigned').expect(200)).body
      .items as { id: string }[]
    expect(unassigned.map((row) => row.id)).toEqual([])

    // The unit sees both, the duplicate marked and handled through the lead.
    const open = (await handler.get('/staff/messages?view=open').expect(200)).body.items as {
      id: string
      mergedIntoCode?: string
    }[]
    expect(open.map((row) => row.id).sort()).toEqual([lead.id, duplicate.id].sort())
    expect(open.find((row) => row.id === duplicate.id)?.mergedIntoCode).toBe(lead.code)
    const detail = staffMessageDetailSchema.parse(
      (await handler.get(`/staff/messages/${duplicate.id}`).expect(200)).body,
    )
    expect(detail.history.map((entry) => entry.label)).toContain(
      `随主办留言（查询码 ${lead.code.slice(0, 4)}-${lead.code.slice(4)}）分派至劳动保障监察执法科`,
    )
    const refused = await handler.post(`/staff/messages/${duplicate.id}/reply`, REPLY).expect(409)
    expect(refused.body.error.code).toBe('merged_duplicate')
    // The citizen reads that their message went to the unit.
    const lookup = await request(callback)
      .get(`/api/v1/messages/lookup?code=${duplicate.code}&phone=13900003401`)
      .expect(200)
    expect(lookup.body).toMatchObject({ status: 'assigned', unitName: '劳动保障监察执法科' })

    // Counted once, on the lead, live and rebuilt; no 转办 counted for the duplicate.
    const report = await marchFigures(office)
    expect(report.total).toMatchObject({ received: 1, transfers: 0 })
    expect(report.units.find((row) => row.unit === 'labor-inspection')?.figures).toMatchObject({
      received: 1,
    })
    expect((await rebuiltMarchFigures(office)).total).toEqual(report.total)

    // The lead's answer answers both.
    await handler.post(`/staff/messages/${lead.id}/reply`, REPLY).expect(200)
    expect(await Message.findById(duplicate.id).lean()).toMatchObject({
      status: 'replied',
      unit: 'labor-inspection',
    })
  })

  it('sends a 待分办 message merged into a dispatched lead to the lead’s unit, and along on a transfer', async () => {
    const { callback } = setup()
    const office = as(await createStaff(db, { role: 'office', now: NOW }), callback)
    const lead = await submit(callback, 0)
    const duplicate = await submit(callback, 1)
    await office.post(`/staff/messages/${lead.id}/assign`, { unit: 'labor-inspection' }).expect(200)
    await office.post(`/staff/messages/${duplicate.id}/merge`, { leadCode: lead.code }).expect(200)
    const { Message } = createModels(db)
    expect(await Message.findById(duplicate.id).lean()).toMatchObject({
      status: 'assigned',
      unit: 'labor-inspection',
    })

    await office
      .post(`/staff/messages/${lead.id}/transfer`, { unit: 'employment', reason: '属就业政策咨询' })
      .expect(200)
    expect(await Message.findById(duplicate.id).lean()).toMatchObject({
      status: 'assigned',
      unit: 'employment',
      awaitingLead: true,
    })
    const transfer = await office
      .post(`/staff/messages/${duplicate.id}/transfer`, {
        unit: 'labor-inspection',
        reason: '退回',
      })
      .expect(409)
    expect(transfer.body.error.message).toContain('将随主办留言一并分办和答复')
    const report = await marchFigures(office)
    // One transfer (the lead's), one message received.
    expect(report.total).toMatchObject({ received: 1, transfers: 1 })

    // Separated again, it stays with the unit and is counted there on its own.
    await office.post(`/staff/messages/${duplicate.id}/unmerge`).expect(200)
    const after = await marchFigures(office)
    expect(after.units.find((row) => row.unit === 'employment')?.figures).toMatchObject({
      received: 2,
    })
  })

  it('brings a duplicate left in 待分办 by a crash after its lead’s dispatch (npm run reconcile)', async () => {
    const { callback } = setup()
    const office = as(await createStaff(db, { role: 'office', now: NOW }), callback)
    const lead = await submit(callback, 0)
    const duplicate = await submit(callback, 1)
    await office.post(`/staff/messages/${duplicate.id}/merge`, { leadCode: lead.code }).expect(200)
    // The lead's dispatch stored, the process gone before its duplicate followed.
    const models = createModels(db)
    await models.Message.updateOne(
      { _id: lead.id },
      { $set: { status: 'assigned', unit: 'labor-inspection' } },
    )
    const duplicates = createDuplicatesService({ models, clock: () => NOW })
    expect(await duplicates.finishWaitingDuplicates(pino({ level: 'silent' }))).toBe(0)
    expect(await models.Message.findById(duplicate.id).lean()).toMatchObject({
      status: 'assigned',
      unit: 'labor-inspection',
      awaitingLead: true,
    })
  })
})
