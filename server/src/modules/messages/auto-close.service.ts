import type { Logger } from 'pino'
import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import {
  assertTransition,
  beijingDate,
  statusesAllowing,
  type WorkingCalendar,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { createMessageCommits } from './message-outbox'

/** Working days after the answer a citizen has to rate or follow up before the message closes. */
export const AUTO_CLOSE_WORKING_DAYS = 10

const DAY_MS = 24 * 60 * 60 * 1000

export interface AutoCloseDeps {
  models: Models
  /** The calendar in force (the calendar service's `current`). */
  calendar: () => WorkingCalendar
  /** Brings the calendar up to date before deciding (the calendar service's `ensureFresh`). */
  ensureFresh?: () => Promise<void>
  log: Logger
  workingDays?: number
}

/** Closes answered messages the citizen neither rated nor followed up in time. */
export function createAutoClose(deps: AutoCloseDeps) {
  const { Message } = deps.models
  const commits = createMessageCommits({ models: deps.models })
  const workingDays = deps.workingDays ?? AUTO_CLOSE_WORKING_DAYS

  return {
    /**
     * Closes every replied/declined message whose answer is at least `workingDays` working days
     * old at `now` (Beijing dates), with a system event on each. Returns how many it closed.
     * Safe to run concurrently: each close is conditional on the state read.
     */
    async closeUnratedMessages(now: Date): Promise<{ checked: number; closed: number }> {
      await deps.ensureFresh?.()
      const calendar = deps.calendar()
      const today = beijingDate(now)
      const from = statusesAllowing('autoClose')
      // N working days span at least N calendar days, so older answers are the only candidates.
      const cursor = Message.find({
        status: { $in: from },
        'answer.answeredAt': { $lte: new Date(now.getTime() - workingDays * DAY_MS) },
      })
        .select('_id status answer')
        .sort({ 'answer.answeredAt': 1 })
        .lean()
        .maxTimeMS(LONG_READ_MAX_TIME_MS)
        .cursor()
      let checked = 0
      let closed = 0
      for await (const message of cursor) {
        checked += 1
        const answeredAt = message.answer?.answeredAt
        if (!answeredAt) continue
        if (calendar.workingDaysBetween(beijingDate(answeredAt), today) < workingDays) continue
        const to = assertTransition(message.status, 'autoClose')
        const updated = await commits.commit(
          { _id: message._id, status: message.status, 'answer.answeredAt': answeredAt },
          { $set: { status: to, closedAt: now } },
          {
            events: [
              {
                type: 'closed',
                at: now,
                actor: { kind: 'system' },
                fromStatus: message.status,
                toStatus: to,
                visibleToCitizen: true,
                data: { reason: 'not_rated', workingDays },
              },
            ],
          },
          deps.log,
        )
        if (updated) closed += 1
      }
      deps.log.info({ checked, closed, workingDays }, 'unrated messages closed')
      return { checked, closed }
    },
  }
}

export type AutoClose = ReturnType<typeof createAutoClose>
