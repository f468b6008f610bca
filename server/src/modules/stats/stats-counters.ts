import { Types } from 'mongoose'
import { unitName } from '@zhengmin/config'
import {
  addCounters,
  answerDaysBucket,
  beijingDate,
  emptyCounters,
  holderOf,
  OFFICE_UNIT,
  SATISFIED_MIN_LEVEL,
  UNASSIGNED_UNIT,
  type CounterBump,
  type CounterField,
  type Counters,
  type MessageCategory,
  type WorkingCalendar,
} from '@zhengmin/shared'
import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import type { Models } from '../../db/models'
import type { MessageCounters, Message } from '../messages'
import type { UnitDayStats } from './unit-day-stats.model'

type CountedMessage = Pick<
  Message,
  'unit' | 'category' | 'receivedDate' | 'firstAnsweredAt' | 'answeredOnTime' | 'firstAnswer'
> & { answer?: Pick<NonNullable<Message['answer']>, 'kind'> | undefined }

/** The name of a holder (holderOf) as the dashboard and exports show it; 待分办 is not a unit. */
export function holderName(holder: string): string {
  return holder === UNASSIGNED_UNIT ? '待分办' : (unitName(holder) ?? holder)
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

/** Adds up the bumps of one action per counter document (one `$inc` each). */
export function mergeBumps(bumps: readonly CounterBump[]): CounterBump[] {
  const merged = new Map<string, CounterBump>()
  for (const bump of bumps) {
    const key = counterKey(bump.date, bump.unit, bump.category)
    const into = merged.get(key)
    if (!into) {
      merged.set(key, { ...bump, inc: addCounters(emptyCounters(), bump.inc) })
      continue
    }
    addCounters(into.inc as Counters, bump.inc)
  }
  return [...merged.values()]
}

/** The field of a counter document that records which actions it has counted (see applyOnce). */
export const APPLIED_FIELD = 'applied'

export interface StatsCountersDeps {
  models: Models
  calendar: () => WorkingCalendar
}

/**
 * The live counters, raised as events happen: what each action adds (the bumps, carried in the
 * message's outbox with its history events) and the one way to add them, exactly once.
 * `npm run stats -- rebuild` recomputes them from the messages.
 */
export function createStatsCounters(deps: StatsCountersDeps) {
  const { UnitDayStats } = deps.models

  /** Moves a message's receipt from one holder to another (dispatch, transfer). */
  const moved = (message: CountedMessage, from: string, to: string): CounterBump[] =>
    from === to ? [] : [receivedBump(message, from, -1), receivedBump(message, to, 1)]

  return {
    received: (message: Message): CounterBump[] => [receivedBump(message)],

    assigned: (before: Message, after: Message): CounterBump[] =>
      moved(after, holderOf(before), holderOf(after)),

    transferred: (before: Message, after: Message, at: Date): CounterBump[] => [
      ...moved(after, holderOf(before), holderOf(after)),
      eventBump('transfers', at, holderOf(before), after.category),
    ],

    /** The first answer of a message (later answers to a 追问 do not count again). */
    firstAnswered: (before: Message, after: Message): CounterBump[] => {
      const answer = firstAnswerBump(after, deps.calendar())
      return [...moved(after, holderOf(before), holderOf(after)), ...(answer ? [answer] : [])]
    },

    extensionDecided: (message: Message, approved: boolean, at: Date): CounterBump[] => [
      eventBump(
        approved ? 'extensions' : 'extensionsRefused',
        at,
        holderOf(message),
        message.category,
      ),
    ],

    /** 并单: a merged duplicate leaves its holder's receipts (shared stats/merged.ts). */
    merged: (message: Message): CounterBump[] => [receivedBump(message, holderOf(message), -1)],

    /** Separated from its lead again: counted on its own once more. */
    separated: (message: Message): CounterBump[] => [receivedBump(message)],

    rated: (message: Message): CounterBump[] =>
      message.rating ? [ratingBump(message, message.rating)] : [],

    /**
     * Adds the bumps of the action `actionId`, each counter document at most once however often
     * it is called (a retry after a crash, two processes finishing the same action): the `$inc`
     * and the mark `applied.<actionId>` are one conditional update of that document; an upsert
     * that finds the mark already there fails on the unique `_id` instead.
     */
    async applyOnce(actionId: Types.ObjectId, bumps: readonly CounterBump[]): Promise<void> {
      const mark = `${APPLIED_FIELD}.${String(actionId)}`
      for (const bump of mergeBumps(bumps)) {
        const inc = incrementOf(bump)
        if (Object.keys(inc).length === 0) continue
        const _id = counterKey(bump.date, bump.unit, bump.category)
        for (let attempt = 1; ; attempt += 1) {
          try {
            await UnitDayStats.updateOne(
              { _id, [mark]: { $exists: false } },
              {
                $inc: inc,
                $set: { [mark]: true },
                $setOnInsert: { date: bump.date, unit: bump.unit, category: bump.category },
              },
              { upsert: true },
            )
            break
          } catch (error) {
            if ((error as { code?: unknown } | null)?.code !== 11000) throw error
            // The document exists: either this action is counted there already, or another
            // action created it at the same moment (then the update applies on a retry).
            if (await UnitDayStats.exists({ _id, [mark]: { $exists: true } })) break
            if (attempt >= 3) throw error
          }
        }
      }
    },

    /**
     * Removes the marks of actions finished long ago (ids made before `before`), except those
     * `stillPending` names: a pending action's counters may be being written right now.
     * Returns how many marks were removed.
     */
    async pruneAppliedMarks(
      before: Date,
      stillPending: (actionIds: Types.ObjectId[]) => Promise<Set<string>>,
    ): Promise<number> {
      let pruned = 0
      const marked = UnitDayStats.find(
        { [APPLIED_FIELD]: { $exists: true } },
        `_id ${APPLIED_FIELD}`,
      )
        .maxTimeMS(LONG_READ_MAX_TIME_MS)
        .lean()
        .cursor()
      for await (const row of marked) {
        const old = Object.keys(row.applied ?? {}).filter(
          (id) =>
            Types.ObjectId.isValid(id) &&
            new Types.ObjectId(id).getTimestamp().getTime() < before.getTime(),
        )
        const keep = await stillPending(old.map((id) => new Types.ObjectId(id)))
        const drop = old.filter((id) => !keep.has(id))
        if (drop.length === 0) continue
        await UnitDayStats.updateOne(
          { _id: row._id },
          { $unset: Object.fromEntries(drop.map((id) => [`${APPLIED_FIELD}.${id}`, 1])) },
        )
        pruned += drop.length
      }
      return pruned
    },
  } satisfies MessageCounters
}

export type StatsCounters = ReturnType<typeof createStatsCounters>
