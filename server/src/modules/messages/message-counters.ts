import type { Types } from 'mongoose'
import type { CounterBump } from '@zhengmin/shared'
import type { Message } from './message.model'

/**
 * What message actions ask of the office's live counters: the bumps each action adds (carried in
 * the message's outbox with its history events) and the one way to add them, exactly once. The
 * stats module implements it (createStatsCounters) and the app hands it in, so this module never
 * imports stats (stats reads messages, not the other way round).
 */
export interface MessageCounters {
  received(message: Message): CounterBump[]
  assigned(before: Message, after: Message): CounterBump[]
  transferred(before: Message, after: Message, at: Date): CounterBump[]
  /** The first answer of a message (later answers to a 追问 do not count again). */
  firstAnswered(before: Message, after: Message): CounterBump[]
  extensionDecided(message: Message, approved: boolean, at: Date): CounterBump[]
  /** 并单: a duplicate merged into a lead leaves its holder's receipts. */
  merged(message: Message): CounterBump[]
  /** Separated from its lead again: counted on its own once more. */
  separated(message: Message): CounterBump[]
  rated(message: Message): CounterBump[]
  /** Adds the bumps of the action `actionId`, each counter document at most once. */
  applyOnce(actionId: Types.ObjectId, bumps: readonly CounterBump[]): Promise<void>
  /**
   * Removes the exactly-once marks of actions made before `before`, except those `stillPending`
   * names; returns how many were removed.
   */
  pruneAppliedMarks(
    before: Date,
    stillPending: (actionIds: Types.ObjectId[]) => Promise<Set<string>>,
  ): Promise<number>
}
