import { createWorkingCalendar, endOfBeijingDay, SHIPPED_SCHEDULES } from '../calendar'
import { MESSAGE_STATUSES } from '../schemas/message'
import { awaitsReply } from './lifecycle'
import { DUE_SOON_WORKING_DAYS, OWED_STATUSES, urgencyFilter, urgencyOf } from './urgency'

const calendar = createWorkingCalendar(SHIPPED_SCHEDULES)
// Friday 2026-03-06 10:00 Beijing; the next working day is Monday 2026-03-09.
const now = new Date('2026-03-06T02:00:00Z')
const due = (dueDate: string) => ({ dueDate, dueAt: endOfBeijingDay(dueDate) })

describe('urgencyOf', () => {
  it('is overdue once the deadline passed, dispatched or not', () => {
    for (const status of ['submitted', 'assigned', 'reopened'] as const) {
      expect(urgencyOf({ status, ...due('2026-03-05') }, calendar, now)).toBe('overdue')
    }
  })

  it('is due soon on the due date and up to the next working day, across a weekend', () => {
    expect(urgencyOf({ status: 'assigned', ...due('2026-03-06') }, calendar, now)).toBe('due-soon')
    expect(urgencyOf({ status: 'submitted', ...due('2026-03-09') }, calendar, now)).toBe('due-soon')
    expect(urgencyOf({ status: 'assigned', ...due('2026-03-10') }, calendar, now)).toBe('normal')
  })

  it('is answered whenever no reply is owed, whatever the deadline', () => {
    for (const status of ['replied', 'declined', 'closed'] as const) {
      expect(urgencyOf({ status, ...due('2026-03-01') }, calendar, now)).toBe('answered')
    }
  })

  it('owes a reply in exactly the lifecycle’s owed states', () => {
    expect(OWED_STATUSES).toEqual(MESSAGE_STATUSES.filter(awaitsReply))
    expect(DUE_SOON_WORKING_DAYS).toBe(1)
  })
})

describe('urgencyFilter', () => {
  it('selects by the same thresholds as urgencyOf', () => {
    const owed = { $in: ['submitted', 'assigned', 'reopened'] }
    expect(urgencyFilter('overdue', calendar, now)).toEqual({ status: owed, dueAt: { $lte: now } })
    expect(urgencyFilter('due-soon', calendar, now)).toEqual({
      status: owed,
      dueDate: { $lte: '2026-03-09' },
      dueAt: { $gt: now },
    })
    expect(urgencyFilter('pressing', calendar, now)).toEqual({
      status: owed,
      dueAt: { $lte: endOfBeijingDay('2026-03-09') },
    })
  })
})
