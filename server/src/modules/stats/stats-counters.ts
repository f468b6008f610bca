import type { Logger } from 'pino'
import type { Types } from 'mongoose'
import {
  addCounters,
  answerDaysBucket,
  beijingDate,
  emptyCounters,
  OFFICE_UNIT,
  SATISFIED_MIN_LEVEL,
  UNASSIGNED_UNIT,
  type CounterField,
  type Counters,
  type MessageCategory,
  type WorkingCalendar,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Message } from '../messages/message.model'
import type { UnitDayStats } from './unit-day-stats.model'

/** What one event adds to the counters of one day, unit and category. */
export interface CounterBump {
  date: string
  unit: string
  category: MessageCategory
  inc: Partial<Counters>
}

type CountedMessage = Pick<
  Message,
  'unit' | 'category' | 'receivedDate' | 'firstAnsweredAt' | 'answeredOnTime' | 'firstAnswer'
> & { answer?: Pick<NonNullable<Message['answer']>, 'kind'> | undefined }

/**
 * The unit a message counts for: the unit holding it; the office when it answered the message
 * itself before dispatching it; 待分办 (unassigned) until then.
 */
export function holderOf(message: Pick<Message, 'unit' | 'firstAnsweredAt'>): string {
  return message.unit ?? (message.firstAnsweredAt ? OFFICE_UNIT : UNASSIGNED_UNIT)
}

/** The filter of messages a unit holds, in the sense of holderOf. */
export function holderFilter(unit: string): Record<string, unknown> {
  if (unit === UNASSIGNED_UNIT) return { unit: null, firstAnsweredAt: null }
  if (unit === OFFICE_UNIT)
    return { $or: [{ unit: OFFICE_UNIT }, { unit: null, firstAnsweredAt: { $ne: null } }] }
  return { unit }
}

export function receivedBump(
  message: CountedMessage,
  unit = holderOf(message),
  by = 1,
): CounterBump {
  return {
    date: message.receivedDate,
    unit,
    category: message.category,
    inc: { received: by },
  }
}

/** The first answer: answered, on time or not, declined, and working days it took. */
export function firstAnswerBump(
  message: CountedMessage,
  calendar: WorkingCalendar,
): CounterBump | undefined {
  if (!message.firstAnsweredAt) return undefined
  const date = beijingDate(message.firstAnsweredAt)
  const workingDays = calendar.workingDaysBetween(message.receivedDate, date)
  const kind = message.firstAnswer?.kind ?? message.answer?.kind
  return {
    date,
    unit: message.firstAnswer?.unit ?? holderOf(message),
    category: message.category,
    inc: {
      answered: 1,
      answeredOnTime: message.answeredOnTime ? 1 : 0,
      declined: kind === 'decline' ? 1 : 0,
      answerDays: { [answerDaysBucket(workingDays)]: 1 },
    },
  }
}

export function ratingBump(
  message: Pick<Message, 'unit' | 'firstAnsweredAt' | 'category'>,
  rating: { level: number; ratedAt: Date },
): CounterBump {
  return {
    date: beijingDate(rating.ratedAt),
    unit: holderOf(message),
    category: message.category,
    inc: { rated: 1, satisfied: rating.level >= SATISFIED_MIN_LEVEL ? 1 : 0 },
  }
}

export function eventBump(
  field: Extract<CounterField, 'transfers' | 'extensions' | 'extensionsRefused'>,
  at: Date,
  unit: string,
  category: MessageCategory,
): CounterBump {
  return { date: beijingDate(at), unit, category, inc: { [field]: 1 } }
}

export function counterKey(date: string, unit: string, category: string): string {
  return `${date}|${unit}|${category}`
}

/** Adds bumps into a map of counter documents, as the rebuild does. */
export function accumulate(into: Map<string, UnitDayStats>, bump: CounterBump): void {
  const key = counterKey(bump.date, bump.unit, bump.category)
  let row = into.get(key)
  if (!row) {
    row = {
      ...emptyCounters(),
      _id: key,
      date: bump.date,
      unit: bump.unit,
      category: bump.category,
    }
    into.set(key, row)
  }
  addCounters(row, bump.inc)
}

/** The `$inc` document of a bump, histogram entries as dotted paths. */
function incrementOf(bump: CounterBump): Record<string, number> {
  const inc: Record<string, number> = {}
  for (const [field, value] of Object.entries(bump.inc)) {
    if (field === 'answerDays') {
      for (const [days, count] of Object.entries(value as Record<string, number>))
        inc[`answerDays.${days}`] = count
    } else if (value) inc[field] = value as number
  }
  return inc
}

export interface StatsCountersDeps {
  models: Models
  calendar: () => WorkingCalendar
}

/**
 * The live counters, raised as events happen. A failure is logged and never fails the action
 * the citizen or the unit took; `npm run stats -- rebuild` restores exact figures.
 */
export function createStatsCounters(deps: StatsCountersDeps) {
  const { UnitDayStats } = deps.models

  async function apply(bumps: CounterBump[], log: Logger, messageId: Types.ObjectId) {
    const writes = bumps
      .map((bump) => ({ bump, inc: incrementOf(bump) }))
      .filter(({ inc }) => Object.keys(inc).length > 0)
      .map(({ bump, inc }) => ({
        updateOne: {
          filter: { _id: counterKey(bump.date, bump.unit, bump.category) },
          update: {
            $inc: inc,
            $setOnInsert: { date: bump.date, unit: bump.unit, category: bump.category },
          },
          upsert: true,
        },
      }))
    if (writes.length === 0) return
    try {
      await UnitDayStats.bulkWrite(writes, { ordered: false })
    } catch (error) {
      log.error(
        { err: error, messageId: String(messageId) },
        'statistics counters not updated; run `npm run stats -- rebuild` to restore them',
      )
    }
  }

  /** Moves a message's receipt from one holder to another (dispatch, transfer). */
  const moved = (message: CountedMessage, from: string, to: string): CounterBump[] =>
    from === to ? [] : [receivedBump(message, from, -1), receivedBump(message, to, 1)]

  return {
    received: (message: Message & { _id: Types.ObjectId }, log: Logger) =>
      apply([receivedBump(message)], log, message._id),

    assigned: (before: Message, after: Message & { _id: Types.ObjectId }, log: Logger) =>
      apply(moved(after, holderOf(before), holderOf(after)), log, after._id),

    transferred: (
      before: Message,
      after: Message & { _id: Types.ObjectId },
      at: Date,
      log: Logger,
    ) =>
      apply(
        [
          ...moved(after, holderOf(before), holderOf(after)),
          eventBump('transfers', at, holderOf(before), after.category),
        ],
        log,
        after._id,
      ),

    /** The first answer of a message (later answers to a 追问 do not count again). */
    firstAnswered: (before: Message, after: Message & { _id: Types.ObjectId }, log: Logger) => {
      const answer = firstAnswerBump(after, deps.calendar())
      return apply(
        [...moved(after, holderOf(before), holderOf(after)), ...(answer ? [answer] : [])],
        log,
        after._id,
      )
    },

    extensionDecided: (
      message: Message & { _id: Types.ObjectId },
      approved: boolean,
      at: Date,
      log: Logger,
    ) =>
      apply(
        [
          eventBump(
            approved ? 'extensions' : 'extensionsRefused',
            at,
            holderOf(message),
            message.category,
          ),
        ],
        log,
        message._id,
      ),

    rated: (message: Message & { _id: Types.ObjectId }, log: Logger) =>
      message.rating
        ? apply([ratingBump(message, message.rating)], log, message._id)
        : Promise.resolve(),
  }
}

export type StatsCounters = ReturnType<typeof createStatsCounters>
