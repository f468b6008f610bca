import type { Logger } from 'pino'
import {
  heldBySignoff,
  answerNeedsSignoff,
  canSignOffAnswer,
  signoffLevelOf,
  signoffStepAllowed,
  type SignoffRules,
  type SignoffStep,
} from '@zhengmin/shared'
import { AppError, conflict } from '../../http/errors'
import type { MessageCommits, PendingEvent } from './message-outbox'
import {
  pendingAnswerOf as pendingOf,
  type MessageDocument,
  type PendingAnswer,
} from './message.model'
import type { MessageEvent } from './message-event.model'
import type { Actor } from './staff-messages.service'

/** Who wrote an answer, as it is kept with the answer once delivered. */
export type AnswerAuthor = Pick<Actor, 'id' | 'displayName'>

/** Makes the history event of a staff action (the staff messages service's `eventOf`). */
export type StaffEventOf = (
  staff: Actor,
  type: string,
  change: { visibleToCitizen: boolean; data?: Record<string, unknown> },
) => Omit<PendingEvent, '_id'>

/** What delivering an approved answer adds to an ordinary delivery. */
export interface SignoffDelivery {
  /** Extra conditions of the delivering update: the answer approved is still the one waiting. */
  filter: Record<string, unknown>
  /** History events stored with the delivery. */
  events: Omit<PendingEvent, '_id'>[]
}

/**
 * The condition of every other state change (a direct answer, a transfer): no answer is waiting
 * for sign-off, so nothing is delivered or moved over the head of the approver.
 */
export const NOT_AWAITING_SIGNOFF = { 'pendingAnswer.status': { $ne: 'pending' } } as const

/** 409 for an action that would go past an answer waiting for sign-off. */
export const answerAwaitingSignoff = () =>
  conflict('answer_pending', '该留言已有答复等待签发，请先签发或退回修改后再操作')

const noPendingAnswer = () => conflict('no_pending_answer', '该留言没有待签发的答复')
const signoffForbidden = () => new AppError(403, 'forbidden', '没有权限签发或退回该答复')
const stateConflict = () => conflict('state_conflict', '该留言状态已变化，请刷新后重试')

/** What the sign-off steps need from the staff messages service. */
export interface AnswerSignoffDeps {
  rules: SignoffRules
  clock: () => Date
  commits: MessageCommits
  eventOf: StaffEventOf
  loadVisible: (staff: Actor, id: string) => Promise<MessageDocument>
  historyOf: (message: MessageDocument) => Promise<MessageEvent[]>
  /** Delivers an answer exactly as a direct answer is delivered (state, answers, notice, stats). */
  deliver: (
    message: MessageDocument,
    answer: { kind: 'reply' | 'decline'; content: string; author: AnswerAuthor },
    actor: Actor,
    log: Logger,
    signoff: SignoffDelivery,
  ) => Promise<{ message: MessageDocument; history: MessageEvent[] }>
}

/**
 * Sign-off of answers (审核/签发): where the unit requires it, a handler's answer is held as the
 * message's pending answer; an approver delivers it or sends it back with a comment.
 */
export function createAnswerSignoff(deps: AnswerSignoffDeps) {
  const { commits } = deps

  /** The waiting answer `step` acts on, after checking the state and then who acts. */
  function requireStep(staff: Actor, message: MessageDocument, step: SignoffStep): PendingAnswer {
    const pending = pendingOf(message)
    if (!pending || !signoffStepAllowed(pending.status, step)) throw noPendingAnswer()
    if (!canSignOffAnswer(staff, message, pending.level)) throw signoffForbidden()
    return pending
  }

  /** The update's condition: the very answer read is still waiting. */
  const sameWaitingAnswer = (message: MessageDocument, pending: PendingAnswer) => ({
    _id: message._id,
    unit: pending.unit,
    'pendingAnswer.status': 'pending',
    'pendingAnswer.submittedAt': pending.submittedAt,
  })

  return {
    /** Whether this staff member's answer to the message must wait for sign-off. */
    needed(staff: Actor, message: MessageDocument): boolean {
      return answerNeedsSignoff(staff, message, signoffLevelOf(deps.rules, message.unit))
    },

    /** Refuses an action that would go past an answer waiting for sign-off. */
    assertNotHeld(message: MessageDocument, action: 'reply' | 'decline' | 'transfer'): void {
      if (heldBySignoff(pendingOf(message), action)) throw answerAwaitingSignoff()
    },

    /**
     * Holds the handler's answer for sign-off (a first one, or a corrected one after 退回修改).
     * Nothing reaches the citizen; the deadline keeps running. The caller has checked that the
     * handler may answer and that the state allows it.
     */
    async submit(
      staff: Actor,
      message: MessageDocument,
      answer: { kind: 'reply' | 'decline'; content: string },
      allowedStatuses: readonly string[],
      log: Logger,
    ) {
      const previous = pendingOf(message)
      if (!signoffStepAllowed(previous?.status, 'submit')) throw answerAwaitingSignoff()
      const unit = message.unit
      if (!unit) throw stateConflict()
      const level = signoffLevelOf(deps.rules, unit)
      const returned = previous?.returned
      const next: PendingAnswer = {
        status: 'pending',
        kind: answer.kind,
        content: answer.content,
        unit,
        level,
        submittedAt: deps.clock(),
        staffId: staff.id,
        staffName: staff.displayName,
        ...(returned
          ? {
              returned: {
                comment: returned.comment,
                at: returned.at,
                staffId: returned.staffId,
                staffName: returned.staffName,
              },
            }
          : {}),
      }
      const updated = await commits.commit(
        {
          _id: message._id,
          status: { $in: [...allowedStatuses] },
          unit,
          ...NOT_AWAITING_SIGNOFF,
        },
        { $set: { pendingAnswer: next } },
        {
          events: [
            deps.eventOf(staff, 'answer_submitted', {
              visibleToCitizen: false,
              data: { kind: answer.kind, level, resubmitted: previous !== undefined },
            }),
          ],
        },
        log,
      )
      if (!updated) throw stateConflict()
      log.info({ messageId: String(message._id), level }, 'answer held for sign-off')
      return { message: updated, history: await deps.historyOf(updated) }
    },

    /**
     * 签发: delivers the waiting answer as its author's, at this moment (the answer time and
     * whether the deadline was met are the approval's). Two approvers racing: one delivers, the
     * other gets 409, because the update requires the very answer read to be still waiting.
     */
    async approve(staff: Actor, id: string, log: Logger) {
      const message = await deps.loadVisible(staff, id)
      const pending = requireStep(staff, message, 'approve')
      return deps.deliver(
        message,
        {
          kind: pending.kind,
          content: pending.content,
          author: { id: pending.staffId, displayName: pending.staffName },
        },
        staff,
        log,
        {
          filter: sameWaitingAnswer(message, pending),
          events: [
            deps.eventOf(staff, 'answer_signed_off', {
              visibleToCitizen: false,
              data: { kind: pending.kind, authorName: pending.staffName },
            }),
          ],
        },
      )
    },

    /** 退回修改: the author sees the comment, edits and resubmits; nothing reaches the citizen. */
    async sendBack(staff: Actor, id: string, comment: string, log: Logger) {
      const message = await deps.loadVisible(staff, id)
      const pending = requireStep(staff, message, 'return')
      const updated = await commits.commit(
        sameWaitingAnswer(message, pending),
        {
          $set: {
            'pendingAnswer.status': 'returned',
            'pendingAnswer.returned': {
              comment,
              at: deps.clock(),
              staffId: staff.id,
              staffName: staff.displayName,
            },
          },
        },
        {
          events: [
            deps.eventOf(staff, 'answer_returned', {
              visibleToCitizen: false,
              data: { reason: comment, authorName: pending.staffName },
            }),
          ],
        },
        log,
      )
      if (!updated) throw stateConflict()
      log.info({ messageId: id }, 'answer sent back for changes')
      return { message: updated, history: await deps.historyOf(updated) }
    },
  }
}

export type AnswerSignoff = ReturnType<typeof createAnswerSignoff>
