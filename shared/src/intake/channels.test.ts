import { canRecordIntake } from '../permissions'
import { staffIntakeSchema } from '../schemas/intake'
import { channelFilter, channelOf, INTAKE_MAX_AGE_DAYS, receiptTimeProblem } from './channels'

const now = new Date('2026-03-09T02:00:00Z')
const DAY_MS = 24 * 60 * 60 * 1000

describe('receiptTimeProblem', () => {
  it('accepts now and anything up to 30 days back', () => {
    expect(receiptTimeProblem(now, now)).toBeUndefined()
    expect(
      receiptTimeProblem(new Date(now.getTime() - INTAKE_MAX_AGE_DAYS * DAY_MS), now),
    ).toBeUndefined()
  })

  it('refuses the future and more than 30 days back', () => {
    expect(receiptTimeProblem(new Date(now.getTime() + 1000), now)).toBe('收到时间不能晚于当前时间')
    expect(
      receiptTimeProblem(new Date(now.getTime() - INTAKE_MAX_AGE_DAYS * DAY_MS - 1000), now),
    ).toBe('收到时间不能早于30天前，请核对后录入')
  })
})

describe('channels', () => {
  it('reads a message without a channel as from the app, and finds it under app', () => {
    expect(channelOf({})).toBe('app')
    expect(channelOf({ channel: 'letter' })).toBe('letter')
    expect(channelFilter('app')).toEqual({ channel: { $in: ['app', null] } })
    expect(channelFilter('visit')).toEqual({ channel: 'visit' })
  })
})

describe('canRecordIntake', () => {
  it('lets the office, admin and the 信访窗口 record; other handlers not', () => {
    expect(canRecordIntake({ role: 'office' })).toBe(true)
    expect(canRecordIntake({ role: 'admin' })).toBe(true)
    expect(canRecordIntake({ role: 'handler', unit: 'petition' })).toBe(true)
    expect(canRecordIntake({ role: 'handler', unit: 'social-insurance' })).toBe(false)
    expect(canRecordIntake({ role: 'handler' })).toBe(false)
  })
})

describe('staffIntakeSchema', () => {
  const valid = {
    channel: 'letter',
    receivedAt: '2026-03-06T09:00:00+08:00',
    category: 'suggestion',
    title: '来信建议',
    content: '建议在社保服务大厅增加老年人专用窗口。',
    name: '王先生',
    phone: '0857-8221234',
  }

  it('parses the receipt time as an instant and normalizes the phone', () => {
    const parsed = staffIntakeSchema.parse(valid)
    expect(parsed.receivedAt).toEqual(new Date('2026-03-06T01:00:00Z'))
    expect(parsed.phone).toBe('08578221234')
    expect(parsed.allowPublish).toBe(false)
  })

  it('wants a 工单号 for a 12345 工单 and only then', () => {
    const missing = staffIntakeSchema.safeParse({ ...valid, channel: 'hotline12345' })
    expect(missing.error?.issues.map((i) => i.message)).toEqual(['请填写12345工单号'])
    const extra = staffIntakeSchema.safeParse({ ...valid, hotlineTicketId: 'BJ-1' })
    expect(extra.success).toBe(false)
  })
})
