import type { Types } from 'mongoose'
import type { Logger } from 'pino'
import { generateLookupCode, type RandomBytes } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { MessageDocument } from './message.model'
import type { MessageCommits } from './message-outbox'

const MAX_CODE_ATTEMPTS = 5

/** Whether a write failed on a unique index (MongoDB's E11000). */
export const isDuplicateKey = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 11000

/** What `commits.create` stores, but for the 查询码, which is drawn here. */
type NewMessageFields = Omit<Parameters<MessageCommits['create']>[0], 'code' | '_id'>

/**
 * Inserts a new message under `id` with a fresh random 查询码, drawing again on the rare
 * collision. When a message with `id` already exists (a concurrent retry created it first) that
 * one is answered. Not every engine names the duplicate key, so both cases are told apart by
 * looking the id up.
 */
export async function createWithFreshCode(
  deps: { models: Models; commits: MessageCommits; randomBytes: RandomBytes },
  id: Types.ObjectId,
  fields: NewMessageFields,
  effects: Parameters<MessageCommits['create']>[1],
  log: Logger,
): Promise<MessageDocument> {
  for (let attempt = 1; attempt <= MAX_CODE_ATTEMPTS; attempt += 1) {
    try {
      return await deps.commits.create(
        { ...fields, _id: id, code: generateLookupCode(deps.randomBytes) },
        effects,
        log,
      )
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      const existing = await deps.models.Message.findById(id)
      if (existing) return deps.commits.settled(existing)
    }
  }
  throw new Error(`no free lookup code after ${MAX_CODE_ATTEMPTS} attempts`)
}
