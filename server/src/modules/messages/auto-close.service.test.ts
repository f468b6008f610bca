import pino from 'pino'
import { useTestDatabase } from '../../../../test/support/database'
import { createModels } from '../../db/models'
import { createCalendarService } from '../calendar/calendar.service'
import { AUTO_CLOSE_WORKING_DAYS, createAutoClose } from './auto-close.service'

const db = useTestDatabase()

const log = pino({ level: 'silent' })

async function storedMessage(
  code: string,
  status: 'replied' | 'declined' | 'reopened' | 'closed',
  answeredAt: Date,
) {
  const { Message } = createModels(db)
  return Message.create({
    code,
    category: 'consult',
    title: '测试留言',
    content: '这是一条用于测试自动办结的留言内容。',
    phone: '13900007777',
    allowPublish: false,
    consentAt: answeredAt,
    status,
    receivedAt: answeredAt,
    receivedDate: '2026-03-02',
    clockStartedAt: answeredAt,
    workingDays: 5,
    dueDate: '2026-03-09',
    dueAt: new Date('2026-03-09T16:00:00Z'),
    provisional: false,
    followUps: 0,
    unit: 'social-insurance',
    answer: { kind: status === 'declined' ? 'decline' : 'reply', content: '答复内容', answeredAt },
  })
}

function autoCloseAt(now: Date) {
  const models = createModels(db)
  const calendar = createCalendarService({ models, clock: () => now, log })
  return createAutoClose({ models, calendar: calendar.current, log })
}

describe('closeUnratedMessages', () => {
  it(`closes answers at least ${AUTO_CLOSE_WORKING_DAYS} working days old, and only those`, async () => {
    // Answered Wednesday 2026-03-04; the 10th working day after it is Wednesday 03-18.
    const answeredAt = new Date('2026-03-04T06:00:00Z')
    const replied = await storedMessage('AAAAAAAA', 'replied', answeredAt)
    const declined = await storedMessage('CCCCCCCC', 'declined', answeredAt)
    const reopened = await storedMessage('DDDDDDDD', 'reopened', answeredAt)
    const recent = await storedMessage('EEEEEEEE', 'replied', new Date('2026-03-05T06:00:00Z'))
    const { Message, MessageEvent } = createModels(db)

    const dayBefore = new Date('2026-03-17T10:00:00Z') // 03-17 18:00 Beijing: 9 working days
    expect(await autoCloseAt(dayBefore).closeUnratedMessages(dayBefore)).toMatchObject({
      closed: 0,
    })
    expect(await Message.countDocuments({ status: 'closed' })).toBe(0)

    const now = new Date('2026-03-18T01:00:00Z') // 03-18 09:00 Beijing
    const result = await autoCloseAt(now).closeUnratedMessages(now)
    expect(result.closed).toBe(2)

    const byId = async (id: unknown) => Message.findById(id).lean()
    expect(await byId(replied._id)).toMatchObject({ status: 'closed', closedAt: now })
    expect(await byId(declined._id)).toMatchObject({ status: 'closed', closedAt: now })
    expect(await byId(reopened._id)).toMatchObject({ status: 'reopened' })
    expect(await byId(recent._id)).toMatchObject({ status: 'replied' })
    const events = await MessageEvent.find({ type: 'closed' }).sort({ _id: 1 }).lean()
    expect(events.map((e) => [String(e.messageId), e.fromStatus, e.toStatus])).toEqual([
      [String(replied._id), 'replied', 'closed'],
      [String(declined._id), 'declined', 'closed'],
    ])
    expect(events.every((e) => e.actor.kind === 'system' && e.visibleToCitizen)).toBe(true)

    // Running again changes nothing and records nothing.
    expect((await autoCloseAt(now).closeUnratedMessages(now)).closed).toBe(0)
    expect(await MessageEvent.countDocuments({ type: 'closed' })).toBe(2)
  })
})
