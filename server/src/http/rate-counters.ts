import type { Model } from 'mongoose'
import { isDuplicateKey } from '../db/duplicate-key'
import type { RateCounter } from './rate-counter.model'

/**
 * Rounds of re-reading one counter that lost a race before giving up. Only a flood on one key
 * gets near it; giving up then counts as over the limit for a second, which is what a flood
 * deserves.
 */
const MAX_ROUNDS = 25

/** A counter's state as a decision sees it; undefined when none is running. */
export interface CounterState {
  count: number
  resetAt: Date
  lastAt: Date
}

/** The outcome of counting one request. */
export interface Counted {
  allowed: boolean
  /** Requests counted in the window, this one included when allowed. */
  count: number
  /** When the window ends (for Retry-After and RateLimit headers). */
  resetAt: Date
}

/** What a custom rule decides about one more attempt (see `CounterStore.change`). */
export type Decision =
  { allow: true; next: { count: number; resetAt: Date } } | { allow: false; retryAt: Date }

/**
 * Counters kept in MongoDB, so that every instance counts against the same limit. Every
 * change is a conditional `updateOne` (checked by its modifiedCount) or an insert guarded by
 * the unique `_id`: both are atomic on MongoDB and on the embedded engine, where
 * `findOneAndUpdate` guards are not (see the README's notes on the embedded engine). So
 * parallel requests can never be counted into more than the limit.
 */
export function createCounterStore(Counter: Model<RateCounter>) {
  const read = (key: string) => Counter.findById(key).lean()

  /** Starts a new window; false when another request created or restarted it first. */
  async function start(
    key: string,
    previous: RateCounter | null,
    next: { count: number; resetAt: Date },
    now: Date,
    subject: string | undefined,
  ): Promise<boolean> {
    if (previous) {
      const restarted = await Counter.updateOne(
        { _id: key, count: previous.count, resetAt: previous.resetAt, lastAt: previous.lastAt },
        { $set: { ...next, lastAt: now }, $unset: { alertedAt: 1 } },
      )
      return restarted.modifiedCount === 1
    }
    try {
      await Counter.create({ _id: key, ...next, lastAt: now, ...(subject ? { subject } : {}) })
      return true
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  }

  return {
    /**
     * Counts one request against `limit` per window of `windowMs` (the window starts with the
     * first request). Refused requests are not counted.
     */
    async take(
      key: string,
      limit: number,
      windowMs: number,
      now: Date,
      subject?: string,
    ): Promise<Counted> {
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const taken = await Counter.updateOne(
          { _id: key, resetAt: { $gt: now }, count: { $lt: limit } },
          { $inc: { count: 1 }, $set: { lastAt: now } },
        )
        if (taken.modifiedCount === 1) {
          // Read for the headers only: the count may already include later requests.
          const after = await read(key)
          return {
            allowed: true,
            count: Math.min(after?.count ?? limit, limit),
            resetAt: after?.resetAt ?? new Date(now.getTime() + windowMs),
          }
        }
        const current = await read(key)
        if (current && current.resetAt > now) {
          if (current.count >= limit) {
            return { allowed: false, count: current.count, resetAt: current.resetAt }
          }
          continue // restarted between our update and read: count again
        }
        const resetAt = new Date(now.getTime() + windowMs)
        if (await start(key, current, { count: 1, resetAt }, now, subject)) {
          return { allowed: true, count: 1, resetAt }
        }
      }
      return { allowed: false, count: limit, resetAt: new Date(now.getTime() + 1000) }
    },

    /**
     * Applies a rule that depends on the whole state (e.g. "wait longer after each failure"):
     * reads the counter, asks `decide`, and writes its answer only if nobody changed the
     * counter meanwhile, else decides again on the new state. An expired window is passed as
     * undefined.
     */
    async change(
      key: string,
      now: Date,
      decide: (current: CounterState | undefined) => Decision,
      subject?: string,
    ): Promise<{ allowed: true; count: number } | { allowed: false; retryAt: Date }> {
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const current = await read(key)
        const live = current && current.resetAt > now ? current : undefined
        const decision = decide(live)
        if (!decision.allow) return { allowed: false, retryAt: decision.retryAt }
        if (live && current) {
          const changed = await Counter.updateOne(
            { _id: key, count: current.count, resetAt: current.resetAt, lastAt: current.lastAt },
            { $set: { ...decision.next, lastAt: now } },
          )
          if (changed.modifiedCount === 1) return { allowed: true, count: decision.next.count }
        } else if (await start(key, current, decision.next, now, subject)) {
          return { allowed: true, count: decision.next.count }
        }
      }
      return { allowed: false, retryAt: new Date(now.getTime() + 1000) }
    },

    /** The live state of a counter, if any. */
    async peek(key: string, now: Date): Promise<CounterState | undefined> {
      const current = await read(key)
      return current && current.resetAt > now ? current : undefined
    },

    /** Marks the counter's window as alerted; true only for the first caller in the window. */
    async markAlerted(key: string, now: Date): Promise<boolean> {
      const marked = await Counter.updateOne(
        { _id: key, resetAt: { $gt: now }, alertedAt: { $exists: false } },
        { $set: { alertedAt: now } },
      )
      return marked.modifiedCount === 1
    },

    /** Forgets one counter. */
    async clear(key: string): Promise<void> {
      await Counter.deleteOne({ _id: key })
    },

    /** Forgets every counter of a subject (a staff username). */
    async clearSubject(subject: string): Promise<void> {
      await Counter.deleteMany({ subject })
    },
  }
}

export type CounterStore = ReturnType<typeof createCounterStore>
