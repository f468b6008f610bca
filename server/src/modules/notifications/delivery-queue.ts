import type { FilterQuery, Model, Types, UpdateQuery } from 'mongoose'

/**
 * A document of a delivery queue (answer notices to WeChat, answers to the 12345 platform):
 * pending until it is sent or given up on, with its attempts and when the next one is due.
 */
export interface QueuedDelivery {
  _id: Types.ObjectId
  status: 'pending' | 'sent' | 'failed'
  attempts: number
  nextAttemptAt: Date
}

/** Waits before the 2nd, 3rd, … attempt; after the last one a delivery is marked failed. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000]
/** How many due deliveries one claim tries when others take them first. */
const CLAIM_TRIES = 5
/** How long a claimed delivery is held by its sender before another may pick it up. */
const CLAIM_MS = 2 * 60_000

/**
 * Takes a due delivery for this sender, counting the attempt: a conditional updateOne on what
 * was read (findOneAndUpdate's guard is not atomic on the embedded engine), so two senders
 * never both take one; the loser tries the next due one.
 */
export async function claimDue<T extends QueuedDelivery>(
  model: Model<T>,
  filter: Record<string, unknown>,
  now: Date,
): Promise<T | null> {
  for (let attempt = 0; attempt < CLAIM_TRIES; attempt += 1) {
    const due = await model
      .findOne({ ...filter, status: 'pending', nextAttemptAt: { $lte: now } } as FilterQuery<T>)
      .sort({ nextAttemptAt: 1 })
      .lean<T>()
    if (!due) return null
    const taken = await model.updateOne(
      {
        _id: due._id,
        status: 'pending',
        nextAttemptAt: due.nextAttemptAt,
        attempts: due.attempts,
      } as FilterQuery<T>,
      {
        $set: { nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
        $inc: { attempts: 1 },
      } as UpdateQuery<T>,
    )
    if (taken.modifiedCount === 1) return model.findById(due._id).lean<T>()
  }
  return null
}

/**
 * What a failed attempt leads to: another try after the next delay, or failed for good when
 * the failure is permanent or the delays are used up. `attempts` counts the one that failed.
 */
export function afterFailure(
  attempts: number,
  permanent: boolean,
  now: Date,
): { giveUp: true } | { giveUp: false; retryInMs: number; nextAttemptAt: Date } {
  const delay = RETRY_DELAYS_MS[attempts - 1]
  if (permanent || delay === undefined) return { giveUp: true }
  return { giveUp: false, retryInMs: delay, nextAttemptAt: new Date(now.getTime() + delay) }
}
