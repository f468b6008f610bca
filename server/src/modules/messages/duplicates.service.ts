import type { Types } from 'mongoose'
import type { Logger } from 'pino'
import {
  canMergeDuplicates,
  isMergeable,
  leadAnswerAction,
  MERGE_REFUSALS,
  MERGEABLE_STATUSES,
  mergeRefusal,
  nextStatus,
  statusesAllowing,
  unmergeRefusal,
  holderOf,
  type MergeCandidate,
  type StaffPrincipal,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError, conflict, notFound, unprocessable } from '../../http/errors'
import { toObjectId } from '../../http/object-id'
import type { MessageCounters } from './message-counters'
import { answersOf, type Message, type MessageDocument } from './message.model'
import { createMessageCommits, type PendingEvent } from './message-outbox'

/**
 * 并单 (issue #22): the office merges duplicates of one complaint into a lead; the duplicates go
 * where the lead goes (dispatch, transfer), the lead's first answer then answers every duplicate,
 * and the statistics count the group once. The rules are in
 * shared messages/duplicates.ts, who may merge in permissions/merge-and-anonymity.ts.
 *
 * Consistency without transactions, with conditional single-document updates only:
 * 1. the lead's `duplicateCount` is raised, on condition it is still unanswered and not a
 *    duplicate itself;
 * 2. the duplicate is linked, on condition it is still unanswered, not linked and no lead
 *    (`duplicateCount` 0): so of two crossing merges (A into B, B into A) at most one links;
 * 3. if the lead was answered in between, its answer is given to the duplicate at once.
 * A failed step 2 lowers the count again. Giving the answer is conditional on `awaitingLead`, so
 * it happens once whoever tries (the lead's answer, step 3, a retry).
 */

/** Who merges: the office (policy), for the history and the link. */
export type MergeActor = StaffPrincipal & { displayName: string }

export interface DuplicatesDeps {
  models: Models
  clock: () => Date
  stats?: MessageCounters | undefined
  /** The citizen's answer notice (the notice outbox); must not throw. */
  onAnswered?: (message: Message, log: Logger) => Promise<void>
}

/** Most possible leads offered in the panel. */
export const MAX_MERGE_CANDIDATES = 20

const messageNotFound = () => notFound('留言不存在或不在您的办理范围内')
const leadNotFound = () => notFound('未找到该查询码对应的留言，请核对后重试')
const changedMeanwhile = () => conflict('state_conflict', '留言状态已变化，请刷新后重试')
/** A duplicate owes no separate count while merged; "no lead yet" as a filter. */
const NOT_A_LEAD = { $or: [{ duplicateCount: { $exists: false } }, { duplicateCount: 0 }] }

/** What the shared merge rules need of a stored message. */
export function mergeCandidateOf(message: Message): MergeCandidate {
  return {
    id: String(message._id),
    status: message.status,
    duplicateOf: message.duplicateOf ? String(message.duplicateOf.messageId) : undefined,
    isLead: (message.duplicateCount ?? 0) > 0,
    answered: message.firstAnsweredAt !== undefined && message.firstAnsweredAt !== null,
  }
}

export function createDuplicatesService(deps: DuplicatesDeps) {
  const { Message, MessageEvent } = deps.models
  const commits = createMessageCommits({ models: deps.models, stats: deps.stats })

  function mayMerge(staff: MergeActor) {
    if (!canMergeDuplicates(staff)) throw new AppError(403, 'forbidden', '只有办公室可以办理并单')
  }

  async function load(id: string): Promise<MessageDocument> {
    const objectId = toObjectId(id)
    const message = objectId ? await Message.findById(objectId) : null
    if (!message) throw messageNotFound()
    return commits.settled(message)
  }

  function staffEvent(
    staff: MergeActor,
    type: string,
    data: Record<string, unknown>,
  ): Omit<PendingEvent, '_id'> {
    return {
      type,
      at: deps.clock(),
      actor: { kind: 'staff', id: staff.id },
      visibleToCitizen: false,
      data: { ...data, actorName: staff.displayName },
    }
  }

  /** Lowers a lead's count after a link that did not happen or was undone. */
  async function release(leadId: Types.ObjectId) {
    await Message.updateOne(
      { _id: leadId, duplicateCount: { $gt: 0 } },
      { $inc: { duplicateCount: -1 } },
    )
  }

  /** Gives one waiting duplicate its lead's first answer; true when this call gave it. */
  async function answerOne(lead: Message, waiting: MessageDocument, log: Logger): Promise<boolean> {
    const first = answersOf(lead)[0]
    if (!first || !lead.firstAnsweredAt) return false
    const duplicate = await commits.settled(waiting)
    const action = leadAnswerAction(first.kind)
    const to = nextStatus(duplicate.status, action)
    if (!to || !duplicate.awaitingLead) return false
    const updated = await commits.commit(
      {
        _id: duplicate._id,
        awaitingLead: true,
        'duplicateOf.messageId': lead._id,
        status: { $in: statusesAllowing(action) },
      },
      {
        $set: {
          status: to,
          // The unit that holds the lead answers for the group (its name shows with the answer).
          ...(lead.unit ? { unit: lead.unit } : {}),
          answer: {
            kind: first.kind,
            content: first.content,
            answeredAt: first.answeredAt,
            ...(first.staffId ? { staffId: first.staffId } : {}),
          },
          answers: [...answersOf(duplicate.toObject()), first],
          firstAnsweredAt: lead.firstAnsweredAt,
          firstAnswer: { kind: first.kind, unit: first.unit ?? holderOf(lead) },
          // Judged on the lead (统计口径); the duplicate itself is not counted.
          ...(lead.answeredOnTime !== undefined ? { answeredOnTime: lead.answeredOnTime } : {}),
        },
        $unset: { awaitingLead: 1 },
      },
      {
        events: [
          {
            type: first.kind === 'reply' ? 'replied' : 'declined',
            at: deps.clock(),
            actor: { kind: 'system' },
            fromStatus: duplicate.status,
            toStatus: to,
            visibleToCitizen: true,
            data: { onTime: lead.answeredOnTime, withLead: lead.code },
          },
        ],
      },
      log,
    )
    if (!updated) return false
    log.info(
      { messageId: String(updated._id), leadId: String(lead._id) },
      'merged duplicate answered with its lead',
    )
    await deps.onAnswered?.(updated.toObject(), log)
    return true
  }

  /**
   * Moves one waiting duplicate to its lead's unit: dispatched there if it waited for dispatch
   * (待分办), handed over if it was with another unit. No counters: a merged duplicate is not
   * counted on its own (统计口径), and its receipt moves with it when it is separated again.
   */
  async function followOne(lead: Message, waiting: MessageDocument, log: Logger) {
    const duplicate = await commits.settled(waiting)
    const unit = lead.unit
    if (!unit || !duplicate.awaitingLead) return false
    const to = nextStatus(
      duplicate.status,
      duplicate.status === 'submitted' ? 'assign' : 'transfer',
    )
    if (!to || (to === duplicate.status && duplicate.unit === unit)) return false
    const updated = await commits.commit(
      {
        _id: duplicate._id,
        awaitingLead: true,
        'duplicateOf.messageId': lead._id,
        status: duplicate.status,
        unit: duplicate.unit ?? null,
      },
      { $set: { status: to, unit } },
      {
        events: [
          {
            // An 分派 as the citizen reads it (已分派至…办理); not a 转办, which the figures count.
            type: 'assigned',
            at: deps.clock(),
            actor: { kind: 'system' },
            fromStatus: duplicate.status,
            toStatus: to,
            visibleToCitizen: true,
            data: {
              unit,
              withLead: lead.code,
              ...(duplicate.unit ? { fromUnit: duplicate.unit } : {}),
            },
          },
        ],
      },
      log,
    )
    if (!updated) return false
    log.info(
      { messageId: String(updated._id), leadId: String(lead._id), unit },
      'merged duplicate moved to its lead’s unit',
    )
    return true
  }

  /**
   * 并单: the duplicates waiting for `lead` go where it goes. Called after the lead is dispatched
   * or transferred and after a merge into a dispatched lead, so a duplicate never waits in 待分办
   * while its lead is with a unit. Each on its own: one that fails (logged) never holds up the
   * others, and the next dispatch, merge or `npm run reconcile` retries it.
   */
  async function followLead(lead: Message, log: Logger): Promise<number> {
    if (!lead.unit || !(lead.duplicateCount ?? 0)) return 0
    let waiting: MessageDocument[]
    try {
      waiting = await Message.find({
        'duplicateOf.messageId': lead._id,
        awaitingLead: true,
        $or: [{ status: 'submitted' }, { unit: { $ne: lead.unit } }],
      })
    } catch (error) {
      // The lead's own dispatch is done; its answer must not turn into an error.
      log.error({ err: error, leadId: String(lead._id) }, 'merged duplicates not looked up')
      return 0
    }
    let moved = 0
    for (const duplicate of waiting) {
      try {
        if (await followOne(lead, duplicate, log)) moved += 1
      } catch (error) {
        log.error(
          { err: error, messageId: String(duplicate._id), leadId: String(lead._id) },
          'merged duplicate not moved to its lead’s unit; the next dispatch or merge retries it',
        )
      }
    }
    return moved
  }

  /**
   * Gives the lead's first answer to every duplicate still waiting for it, each on its own: one
   * that fails (logged) never keeps the others from their answer and notice.
   */
  async function answerDuplicatesOf(lead: Message, log: Logger): Promise<number> {
    if (!lead.firstAnsweredAt || !(lead.duplicateCount ?? 0)) return 0
    const waiting = await Message.find({ 'duplicateOf.messageId': lead._id, awaitingLead: true })
    let answered = 0
    for (const duplicate of waiting) {
      try {
        if (await answerOne(lead, duplicate, log)) answered += 1
      } catch (error) {
        log.error(
          { err: error, messageId: String(duplicate._id), leadId: String(lead._id) },
          'merged duplicate not answered with its lead; the next answer or merge retries it',
        )
      }
    }
    return answered
  }

  /** The messages the panel lists, with why each cannot be this message's lead. */
  async function candidatesFor(message: MessageDocument, code: string | undefined) {
    const own = mergeCandidateOf(message)
    const found = code
      ? await Message.find({ code }).limit(1)
      : await Message.find({
          _id: { $ne: message._id },
          category: message.category,
          unit: message.unit ?? null,
          status: { $in: [...MERGEABLE_STATUSES] },
          firstAnsweredAt: null,
          duplicateOf: null,
        })
          .sort({ receivedAt: -1, _id: -1 })
          .limit(MAX_MERGE_CANDIDATES)
    return found.map((lead) => {
      const refusal = mergeRefusal(own, mergeCandidateOf(lead))
      return { message: lead.toObject(), ...(refusal ? { refusal: MERGE_REFUSALS[refusal] } : {}) }
    })
  }

  async function overviewOf(message: MessageDocument, code?: string) {
    const lead = message.duplicateOf
      ? await Message.findById(message.duplicateOf.messageId).lean()
      : null
    const duplicates =
      (message.duplicateCount ?? 0)
        ? await Message.find({ 'duplicateOf.messageId': message._id })
            .sort({ receivedAt: 1, _id: 1 })
            .lean()
        : []
    const own = mergeCandidateOf(message)
    return {
      message,
      duplicates,
      candidates: message.duplicateOf ? [] : await candidatesFor(message, code),
      mergeable: !own.isLead && own.duplicateOf === undefined && isMergeable(own),
      unmergeable: Boolean(message.awaitingLead && lead && !unmergeRefusal(mergeCandidateOf(lead))),
    }
  }

  return {
    answerDuplicatesOf,
    followLead,

    /**
     * Brings every waiting duplicate to its lead's unit and, where the lead is answered, gives it
     * the answer: what a crash between the lead's dispatch or answer and its duplicates' leaves
     * behind (`npm run reconcile`). Returns how many were answered.
     */
    async finishWaitingDuplicates(log: Logger): Promise<number> {
      const leadIds = new Set<string>()
      const waiting = Message.find({ awaitingLead: true }, 'duplicateOf.messageId').lean().cursor()
      for await (const duplicate of waiting) {
        if (duplicate.duplicateOf) leadIds.add(String(duplicate.duplicateOf.messageId))
      }
      let answered = 0
      for (const id of leadIds) {
        const lead = await Message.findById(id).lean()
        if (!lead) continue
        // A crash between a lead's dispatch and its duplicates' leaves them behind too.
        await followLead(lead, log)
        if (lead.firstAnsweredAt) answered += await answerDuplicatesOf(lead, log)
      }
      return answered
    },

    /** The 并单 panel of a message: its lead or its duplicates, and possible leads. */
    async overview(staff: MergeActor, id: string, code?: string) {
      mayMerge(staff)
      return overviewOf(await load(id), code)
    },

    /** Merges message `id` into the lead with 查询码 `leadCode` (see the steps above). */
    async merge(staff: MergeActor, id: string, leadCode: string, log: Logger) {
      mayMerge(staff)
      const duplicate = await load(id)
      const found = await Message.findOne({ code: leadCode })
      if (!found) throw leadNotFound()
      const lead = await commits.settled(found)
      const refusal = mergeRefusal(mergeCandidateOf(duplicate), mergeCandidateOf(lead))
      if (refusal) throw unprocessable('merge_refused', MERGE_REFUSALS[refusal])

      const raised = await Message.updateOne(
        {
          _id: lead._id,
          status: { $in: [...MERGEABLE_STATUSES] },
          firstAnsweredAt: null,
          duplicateOf: null,
        },
        { $inc: { duplicateCount: 1 } },
      )
      if (raised.modifiedCount !== 1) throw changedMeanwhile()

      const before = duplicate.toObject()
      const linked = await commits.commit(
        {
          _id: duplicate._id,
          status: { $in: [...MERGEABLE_STATUSES] },
          unit: duplicate.unit ?? null,
          firstAnsweredAt: null,
          duplicateOf: null,
          ...NOT_A_LEAD,
        },
        {
          $set: {
            duplicateOf: {
              messageId: lead._id,
              code: lead.code,
              title: lead.title,
              linkedAt: deps.clock(),
              linkedBy: staff.id,
              linkedByName: staff.displayName,
            },
            awaitingLead: true,
          },
        },
        {
          events: [staffEvent(staff, 'merged', { leadId: String(lead._id), leadCode: lead.code })],
          // The group is counted once, on the lead (统计口径).
          counters: deps.stats?.merged(before) ?? [],
        },
        log,
      )
      if (!linked) {
        await release(lead._id)
        throw changedMeanwhile()
      }
      await MessageEvent.create({
        ...staffEvent(staff, 'duplicate_merged', { duplicateCode: duplicate.code }),
        messageId: lead._id,
      })
      log.info({ messageId: id, leadId: String(lead._id) }, 'duplicate merged into a lead')
      // The lead may have been dispatched or answered while the link was made (or before it):
      // the duplicate goes to its unit, and takes its answer.
      const leadNow = await Message.findById(lead._id)
      if (leadNow) await followLead(leadNow.toObject(), log)
      if (leadNow?.firstAnsweredAt) await answerDuplicatesOf(leadNow.toObject(), log)
      return overviewOf(await load(id))
    },

    /** Separates a duplicate from its lead again, while the lead is unanswered. */
    async unmerge(staff: MergeActor, id: string, log: Logger) {
      mayMerge(staff)
      const duplicate = await load(id)
      const link = duplicate.duplicateOf
      if (!link || !duplicate.awaitingLead) {
        throw conflict('not_merged', '该留言没有并入其他留言，或已随主办留言答复')
      }
      const lead = await Message.findById(link.messageId)
      const refusal = lead ? unmergeRefusal(mergeCandidateOf(lead)) : undefined
      if (refusal) throw unprocessable('unmerge_refused', refusal)
      const before = duplicate.toObject()
      const separated = await commits.commit(
        { _id: duplicate._id, awaitingLead: true, 'duplicateOf.messageId': link.messageId },
        { $unset: { duplicateOf: 1, awaitingLead: 1 } },
        {
          events: [
            staffEvent(staff, 'unmerged', { leadId: String(link.messageId), leadCode: link.code }),
          ],
          counters: deps.stats?.separated(before) ?? [],
        },
        log,
      )
      if (!separated) throw changedMeanwhile()
      await release(link.messageId)
      await MessageEvent.create({
        ...staffEvent(staff, 'duplicate_unmerged', { duplicateCode: duplicate.code }),
        messageId: link.messageId,
      })
      log.info(
        { messageId: id, leadId: String(link.messageId) },
        'duplicate separated from its lead',
      )
      return overviewOf(await load(id))
    },
  }
}

export type DuplicatesService = ReturnType<typeof createDuplicatesService>
