import pino from 'pino'
import request from 'supertest'
import { createWorkingCalendar, SHIPPED_SCHEDULES, type SignoffRules } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import type { Reminder, ReminderSink } from './reminders'
import { createScheduler } from './scheduler'

// Monday 2026-03-02 10:00 Beijing: the deadline is the end of Monday 2026-03-09.
const receivedAt = new Date('2026-03-02T02:00:00Z')
const workday = new Date('2026-03-03T08:00:00+08:00')
const rules: SignoffRules = { 'social-insurance': 'unit-head', 'labor-inspection': 'office' }
const calendar = createWorkingCalendar(SHIPPED_SCHEDULES)

const db = useTestDatabase()

const appAt = (now: Date) =>
  buildTestApp(db, { clock: () => now, config: { answerSignoff: rules } }).callback

/** A message dispatched to `unit`, answered by its handler: held for sign-off. */
async function answerHeldFor(unit: string, title: string) {
  const office = await createStaff(db, { role: 'office', now: receivedAt })
  const created = await request(appAt(receivedAt))
    .post('/api/v1/messages')
    .send({
      category: 'consult',
      title,
      content: '我明年退休，想咨询一下养老金领取需要办理哪些手续，在哪里办理？',
      phone: '13900005656',
      consent: true,
    })
    .expect(201)
  const id = created.body.id as string
  await request(appAt(receivedAt))
    .post(`/api/v1/staff/messages/${id}/assign`)
    .set('Authorization', office.authorization)
    .send({ unit })
    .expect(200)
  const handler = await createStaff(db, { role: 'handler', unit, now: workday })
  const held = await request(appAt(workday))
    .post(`/api/v1/staff/messages/${id}/reply`)
    .set('Authorization', handler.authorization)
    .send({ content: '您好！您可在退休前一个月持身份证到市社保局窗口办理退休待遇核定。' })
    .expect(200)
  expect(held.body.pendingAnswer).toMatchObject({ status: 'pending' })
  return { id, code: created.body.code as string }
}

/** A scheduler whose reminders are kept, ticking at `now()`. */
function scheduler(now: () => Date) {
  const delivered: { reminder: Reminder; text: string }[] = []
  const sink: ReminderSink = {
    deliver: async (reminder, text) => {
      delivered.push({ reminder, text })
    },
  }
  const instance = createScheduler({
    models: createModels(db),
    calendar: () => calendar,
    closeUnratedMessages: async () => ({ checked: 0, closed: 0 }),
    sinks: [sink],
    window: { fromMinute: 9 * 60, untilMinute: 17 * 60 + 30 },
    clock: now,
    log: pino({ level: 'silent' }),
    holder: 'test',
  })
  return { delivered, tick: () => instance.tick() }
}

describe('the daily reminders and answers waiting for sign-off (签发)', () => {
  it('remind the unit head and the office of the answers waiting for them, and the unit of those sent back', async () => {
    const byUnitHead = await answerHeldFor('social-insurance', '退休后养老金领取')
    const byOffice = await answerHeldFor('labor-inspection', '工资拖欠投诉处理')
    let now = new Date('2026-03-04T09:05:00+08:00')
    const { delivered, tick } = scheduler(() => now)

    // Wednesday: nothing is due soon (the deadline is next Monday); only the sign-offs wait.
    await tick()
    const of = (recipient: string) =>
      delivered.find((entry) => entry.reminder.recipient === recipient)
    expect(delivered.map((entry) => entry.reminder.recipient).sort()).toEqual([
      'office',
      'social-insurance',
    ])
    expect(of('social-insurance')?.reminder.awaitingSignoff.map((item) => item.id)).toEqual([
      byUnitHead.id,
    ])
    expect(of('social-insurance')?.text).toContain(
      '待科室负责人签发的答复 1 件（签发前留言人看不到答复，答复期限照常计算）：',
    )
    expect(of('social-insurance')?.text).toContain('答复提交于 2026-03-03')
    expect(of('office')?.reminder.awaitingSignoff.map((item) => item.id)).toEqual([byOffice.id])
    expect(of('office')?.text).toContain('待办公室签发的答复 1 件')

    // The unit head signs off: the next working day's reminders no longer carry it.
    const head = await createStaff(db, {
      role: 'unit-head',
      unit: 'social-insurance',
      now: new Date('2026-03-05T08:00:00+08:00'),
    })
    await request(appAt(new Date('2026-03-05T08:30:00+08:00')))
      .post(`/api/v1/staff/messages/${byUnitHead.id}/signoff/approve`)
      .set('Authorization', head.authorization)
      .expect(200)
    // The office sends its one back: the unit's handler is reminded to resubmit it.
    const office = await createStaff(db, {
      role: 'office',
      now: new Date('2026-03-05T08:00:00+08:00'),
    })
    await request(appAt(new Date('2026-03-05T08:40:00+08:00')))
      .post(`/api/v1/staff/messages/${byOffice.id}/signoff/return`)
      .set('Authorization', office.authorization)
      .send({ comment: '请写明投诉受理的具体窗口和时间。' })
      .expect(200)
    delivered.length = 0
    now = new Date('2026-03-05T09:05:00+08:00')
    await tick()
    expect(delivered.map((entry) => entry.reminder.recipient)).toEqual(['labor-inspection'])
    expect(of('labor-inspection')?.reminder.returnedForRevision.map((item) => item.id)).toEqual([
      byOffice.id,
    ])
    expect(of('labor-inspection')?.text).toContain('退回修改、待重新提交的答复 1 件：')
    expect(of('labor-inspection')?.text).toContain('退回于 2026-03-05')
    expect(of('labor-inspection')?.text).not.toContain('请写明投诉受理')
  })
})
