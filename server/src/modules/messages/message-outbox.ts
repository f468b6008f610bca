import { Types, type FilterQuery, type UpdateQuery } from 'mongoose'
import type { Logger } from 'pino'
import type { CounterBump } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Publication } from '../publications'
import type { MessageCounters } from './message-counters'
import { searchFieldsOf } from '../search'
import type { Message, MessageDocument } from './message.model'
import type { MessageEvent } from './message-event.model'

/** A history event as the action describes it; its id is given before it is stored. */
export type PendingEvent = Omit<MessageEvent, 'messageId'>

/** A publication to hide, as the unpublishing action decided it. */
export interface PendingHide {
  publicationId: Types.ObjectId
  hidden: NonNullable<Publication['hidden']>
}

/**
 * Everything one action writes besides the message itself. It is stored inside the message by
 * the same single-document update that changes the message's state, so the state change and
 * the rest are never separated: either both are stored or neither is. The writes it lists are
 * then made idempotently (events and publications under ids chosen here, counters marked with
 * the action id) and the outbox is removed. A crash in between leaves the outbox in the
 * message, where the next action on it, or `npm run reconcile`, finishes the writes.
 */
export interface Outbox {
  /** The action's id: marks its counters as counted. */
  id: Types.ObjectId
  events: PendingEvent[]
  counters: CounterBump[]
  publications: Omit<Publication, 'createdAt' | 'updatedAt'>[]
  hide?: PendingHide
}

/** What an action asks to be written with its state change. */
export interface Effects {
  events: Omit<PendingEvent, '_id'>[]
  counters?: CounterBump[]
  publications?: Omit<Publication, 'createdAt' | 'updatedAt'>[]
  hide?: PendingHide
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown } | null)?.code === 11000

/** The filter an action's update adds: no other action is half-written on this message. */
export const NO_PENDING_OUTBOX = { outbox: { $exists: false } } as const

export function outboxOf(effects: Effects): Outbox {
  return {
    id: new Types.ObjectId(),
    events: effects.events.map((event) => ({ _id: new Types.ObjectId(), ...event })),
    counters: effects.counters ?? [],
    publications: effects.publications ?? [],
    ...(effects.hide ? { hide: effects.hide } : {}),
  }
}

/**
 * The history of a message as readers should see it: the stored events and any still waiting
 * in its outbox (an action whose copy to the history has not happened yet).
 */
export function withPendingEvents(
  message: Pick<Message, '_id' | 'outbox'>,
  stored: MessageEvent[],
  include: (event: PendingEvent) => boolean,
): MessageEvent[] {
  const pending = message.outbox?.events ?? []
  if (pending.length === 0) return stored
  const have = new Set(stored.map((event) => String(event._id)))
  const missing = pending
    .filter((event) => include(event) && !have.has(String(event._id)))
    .map((event) => ({ ...event, messageId: message._id }))
  return [...stored, ...missing].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || String(a._id).localeCompare(String(b._id)),
  )
}

export interface MessageCommitsDeps {
  models: Models
  /** The dashboard's counters; without them (some tests) counters are not kept. */
  stats?: MessageCounters | undefined
}

/**
 * The one way actions change a message: a conditional `updateOne` that also stores the
 * action's outbox (atomic on MongoDB and on the embedded test engine, unlike
 * `findOneAndUpdate` there), then the outbox's writes, then a read.
 */
export function createMessageCommits(deps: MessageCommitsDeps) {
  const { Message, MessageEvent, Publication } = deps.models

  /** Makes every write the outbox lists, then removes it. Safe to repeat and to run twice. */
  async function flush(messageId: Types.ObjectId, outbox: Outbox): Promise<void> {
    for (const event of outbox.events) {
      try {
        await MessageEvent.create({ ...event, messageId })
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
      }
    }
    for (const publication of outbox.publications) {
      try {
        await Publication.create(publication)
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
      }
    }
    if (outbox.hide) {
      await Publication.updateOne(
        { _id: outbox.hide.publicationId, status: 'published' },
        { $set: { status: 'hidden', hidden: outbox.hide.hidden } },
      )
    }
    if (deps.stats && outbox.counters.length > 0) {
      await deps.stats.applyOnce(outbox.id, outbox.counters)
    }
    await Message.updateOne({ _id: messageId, 'outbox.id': outbox.id }, { $unset: { outbox: 1 } })
  }

  /** Finishes the outbox of a message read earlier; logs instead of failing the caller. */
  async function tryFlush(messageId: Types.ObjectId, outbox: Outbox, log: Logger) {
    try {
      await flush(messageId, outbox)
      return true
    } catch (error) {
      log.warn(
        { err: error, messageId: String(messageId), actionId: String(outbox.id) },
        'action stored; its history and counters will be completed by the next action or npm run reconcile',
      )
      return false
    }
  }

  return {
    flush,

    /**
     * Changes the message if it still matches `filter` (and no other action is half-written
     * on it), with `effects` written alongside. Returns the message as stored afterwards, or
     * undefined when the filter no longer matched: someone else acted first.
     */
    async commit(
      filter: FilterQuery<Message> & { _id: Types.ObjectId },
      update: UpdateQuery<Message>,
      effects: Effects,
      log: Logger,
    ): Promise<MessageDocument | undefined> {
      const outbox = outboxOf(effects)
      const result = await Message.updateOne(
        { ...filter, ...NO_PENDING_OUTBOX },
        { ...update, $set: { ...update.$set, outbox } },
      )
      if (result.modifiedCount !== 1) return undefined
      // The action has happened: the state is stored with everything it still has to write.
      await tryFlush(filter._id, outbox, log)
      const stored = await Message.findById(filter._id)
      if (!stored) throw new Error(`message ${String(filter._id)} vanished after an update`)
      return stored
    },

    /**
     * Inserts a new message with its first outbox (a single-document write), then flushes. The
     * words of its title and text (staff search) are part of the same insert. Title and text
     * never change afterwards; an action that changed them would have to set the words too.
     */
    async create(
      fields: Omit<
        Message,
        | 'outbox'
        | 'createdAt'
        | 'updatedAt'
        | 'followUps'
        | 'allowPublish'
        | 'searchWords'
        | 'searchFields'
        | 'searchVersion'
      > &
        Partial<Pick<Message, 'allowPublish'>>,
      effects: (message: Message) => Effects,
      log: Logger,
    ): Promise<MessageDocument> {
      const draft = new Message({ ...fields, ...searchFieldsOf([fields.title, fields.content]) })
      const outbox = outboxOf(effects(draft.toObject()))
      draft.set('outbox', outbox)
      await draft.save()
      if (await tryFlush(draft._id, outbox, log)) draft.set('outbox', undefined)
      return draft
    },

    /**
     * Brings a message read from the database up to date: an outbox left by an interrupted
     * action is written first, so every action starts from a complete history.
     */
    async settled(message: MessageDocument): Promise<MessageDocument> {
      const outbox = message.outbox
      if (!outbox) return message
      await flush(message._id, outbox)
      return (await Message.findById(message._id)) ?? message
    },
  }
}

export type MessageCommits = ReturnType<typeof createMessageCommits>
