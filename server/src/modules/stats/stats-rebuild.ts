import type { Types } from 'mongoose'
import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import { countedOnItsOwn, holderOf, type WorkingCalendar } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Message } from '../messages'
import { accumulate, eventBump, firstAnswerBump, ratingBump, receivedBump } from './stats-counters'
import type { UnitDayStats } from './unit-day-stats.model'

/** Events of a message's history that the counters count (the rest come from the message). */
const COUNTED_EVENTS = {
  transferred: 'transfers',
  extension_approved: 'extensions',
  extension_refused: 'extensionsRefused',
} as const

const LOOKUP_BATCH = 500
const WRITE_BATCH = 1_000

type Progress = (stage: 'messages' | 'events', done: number) => void

const MESSAGE_FIELDS =
  'unit category receivedDate firstAnsweredAt answeredOnTime firstAnswer answer.kind rating duplicateOf'

/**
 * Computes every counter document from the messages and their histories, streaming both with
 * cursors: memory grows with days × units × categories, not with the number of messages.
 */
export async function computeStatsFromMessages(
  models: Models,
  calendar: WorkingCalendar,
  progress: Progress = () => {},
): Promise<Map<string, UnitDayStats>> {
  const counters = new Map<string, UnitDayStats>()
  let done = 0
  for await (const message of models.Message.find({}, MESSAGE_FIELDS)
    .lean<Message[]>()
    .maxTimeMS(LONG_READ_MAX_TIME_MS)
    .cursor()) {
    // 并单: a merged duplicate is judged on its lead, not on its own (shared stats/merged.ts).
    if (countedOnItsOwn(message)) {
      accumulate(counters, receivedBump(message))
      const answer = firstAnswerBump(message, calendar)
      if (answer) accumulate(counters, answer)
    }
    if (message.rating) accumulate(counters, ratingBump(message, message.rating))
    done += 1
    if (done % 10_000 === 0) progress('messages', done)
  }
  progress('messages', done)

  let events = 0
  let batch: {
    messageId: Types.ObjectId
    type: keyof typeof COUNTED_EVENTS
    at: Date
    data?: Record<string, unknown>
  }[] = []
  const flush = async () => {
    if (batch.length === 0) return
    const ids = [...new Set(batch.map((event) => String(event.messageId)))]
    const messages = await models.Message.find(
      { _id: { $in: ids } },
      'unit category firstAnsweredAt',
    ).lean<(Pick<Message, 'unit' | 'category' | 'firstAnsweredAt'> & { _id: Types.ObjectId })[]>()
    const byId = new Map(messages.map((message) => [String(message._id), message]))
    for (const event of batch) {
      const message = byId.get(String(event.messageId))
      if (!message) continue
      const data = event.data ?? {}
      // The unit at the time of the event: the one a transfer left, the one that asked for time.
      const unitThen =
        event.type === 'transferred' ? data.fromUnit : (data.unit ?? holderOf(message))
      accumulate(
        counters,
        eventBump(
          COUNTED_EVENTS[event.type],
          event.at,
          typeof unitThen === 'string' ? unitThen : holderOf(message),
          message.category,
        ),
      )
    }
    events += batch.length
    progress('events', events)
    batch = []
  }
  const cursor = models.MessageEvent.find(
    { type: { $in: Object.keys(COUNTED_EVENTS) } },
    'messageId type at data',
  )
    .lean<typeof batch>()
    .maxTimeMS(LONG_READ_MAX_TIME_MS)
    .cursor()
  for await (const event of cursor) {
    batch.push(event)
    if (batch.length >= LOOKUP_BATCH) await flush()
  }
  await flush()
  return counters
}

/**
 * Replaces the stored counters with ones computed from the messages. Run it in a quiet hour:
 * an event counted while it runs may be lost until the next rebuild.
 */
export async function rebuildStats(
  models: Models,
  calendar: WorkingCalendar,
  progress?: Progress,
): Promise<{ documents: number }> {
  const counters = await computeStatsFromMessages(models, calendar, progress)
  await models.UnitDayStats.deleteMany({})
  const rows = [...counters.values()]
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    await models.UnitDayStats.insertMany(rows.slice(start, start + WRITE_BATCH), { ordered: false })
  }
  return { documents: rows.length }
}
