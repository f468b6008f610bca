import pino from 'pino'
import { createWorkingCalendar, SHIPPED_SCHEDULES } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { createModels } from '../../db/models'
import { createScheduler } from '../scheduler/scheduler'

// A Saturday evening: outside reminder hours, so a tick does only the retries.
const SATURDAY = new Date('2026-03-07T12:00:00Z')

const db = useTestDatabase()

describe('the scheduler and answers to 12345', () => {
  it('retries due 12345 answers on every tick, like the answer notices', async () => {
    let calls = 0
    const scheduler = createScheduler({
      models: createModels(db),
      calendar: () => createWorkingCalendar(SHIPPED_SCHEDULES),
      hotlineAnswers: {
        deliverDue: async () => {
          calls += 1
          return { sent: 1, pending: 0, failed: 0 }
        },
      },
      closeUnratedMessages: async () => ({ checked: 0, closed: 0 }),
      sinks: [],
      window: { fromMinute: 9 * 60, untilMinute: 17 * 60 + 30 },
      clock: () => SATURDAY,
      log: pino({ level: 'silent' }),
      holder: 'a',
    })
    expect(await scheduler.tick()).toEqual({
      leader: true,
      hotlineAnswers: { sent: 1, pending: 0, failed: 0 },
    })
    expect(calls).toBe(1)
  })
})
