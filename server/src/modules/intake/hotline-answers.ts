import type { Logger } from 'pino'
import { unitName } from '@zhengmin/config'
import { holderOf, toBeijingIsoString } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Message } from '../messages'
import { afterFailure, claimDue } from '../notifications'
import { HotlineError, type HotlineClient } from './hotline-client'
import type { HotlineAnswer, HotlineAnswerPayload } from './hotline.model'

export interface HotlineAnswersDeps {
  models: Models
  /** Unset while HOTLINE_API_BASE_URL is not configured: answers are queued, not sent. */
  client: HotlineClient | undefined
  clock: () => Date
  log: Logger
}

/** What the 12345 platform receives for the message's latest answer. */
export function hotlineAnswerPayload(
  message: Pick<Message, 'code' | 'unit' | 'firstAnsweredAt' | 'answer' | 'answeredOnTime'> & {
    hotlineTicketId: string
    answer: NonNullable<Message['answer']>
  },
): HotlineAnswerPayload {
  const unit = holderOf(message)
  return {
    ticketId: message.hotlineTicketId,
    code: message.code,
    kind: message.answer.kind,
    content: message.answer.content,
    answeredAt: toBeijingIsoString(message.answer.answeredAt),
    unit,
    unitName: unitName(unit) ?? unit,
    onTime: message.answeredOnTime ?? false,
  }
}

/**
 * Answers to 12345 工单, delivered back to the platform. `answered` queues the answer and tries
 * it at once without holding up the reply; `deliverDue` (the scheduler) retries with backoff.
 * The same queue logic as the WeChat answer notices (notifications/delivery-queue.ts).
 */
export function createHotlineAnswers(deps: HotlineAnswersDeps) {
  const { HotlineAnswer } = deps.models
  const inFlight = new Set<Promise<unknown>>()

  async function attempt(claimed: HotlineAnswer): Promise<HotlineAnswer['status']> {
    const now = deps.clock()
    const entry = {
      deliveryId: String(claimed._id),
      messageId: String(claimed.messageId),
      ticketId: claimed.ticketId,
      attempts: claimed.attempts,
    }
    try {
      if (!deps.client) throw new HotlineError('HOTLINE_API_BASE_URL is not configured', false)
      await deps.client.deliverAnswer(claimed.payload)
      await HotlineAnswer.updateOne(
        { _id: claimed._id },
        { $set: { status: 'sent', sentAt: now }, $unset: { lastError: 1 } },
      )
      deps.log.info(entry, 'answer delivered to the 12345 platform')
      return 'sent'
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const next = afterFailure(
        claimed.attempts,
        error instanceof HotlineError && error.permanent,
        now,
      )
      await HotlineAnswer.updateOne(
        { _id: claimed._id },
        next.giveUp
          ? { $set: { status: 'failed', lastError: reason } }
          : { $set: { lastError: reason, nextAttemptAt: next.nextAttemptAt } },
      )
      if (next.giveUp) deps.log.error({ ...entry, reason }, '12345 answer delivery failed for good')
      else
        deps.log.warn(
          { ...entry, reason, retryInMs: next.retryInMs },
          '12345 answer delivery failed, will retry',
        )
      return next.giveUp ? 'failed' : 'pending'
    }
  }

  const claim = (filter: Record<string, unknown>) => claimDue(HotlineAnswer, filter, deps.clock())

  return {
    /** Called after a reply or decline is stored. Never throws: the answer stands regardless. */
    async answered(message: Message, log: Logger): Promise<void> {
      const { hotlineTicketId, answer } = message
      if (!hotlineTicketId || !answer) return
      try {
        const now = deps.clock()
        const created = await HotlineAnswer.create({
          dedupeKey: `${String(message._id)}:${answer.answeredAt.getTime()}`,
          messageId: message._id,
          ticketId: hotlineTicketId,
          payload: hotlineAnswerPayload({ ...message, hotlineTicketId, answer }),
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          createdAt: now,
        })
        if (!deps.client) {
          log.warn(
            { messageId: String(message._id), ticketId: hotlineTicketId },
            '12345 answer queued: HOTLINE_API_BASE_URL is not configured',
          )
          return
        }
        const first = claim({ _id: created._id })
          .then((claimed) => (claimed ? attempt(claimed) : undefined))
          .catch((error: unknown) =>
            log.error({ err: error, messageId: String(message._id) }, '12345 answer attempt'),
          )
          .finally(() => inFlight.delete(first))
        inFlight.add(first)
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return // already queued
        log.error({ err: error, messageId: String(message._id) }, 'could not queue 12345 answer')
      }
    },

    /** Resolves once the first attempts started by `answered` are over (shutdown, tests). */
    async settled(): Promise<void> {
      await Promise.all([...inFlight])
    },

    /** Delivers every answer that is due, oldest first; returns how each ended. */
    async deliverDue(limit = 100): Promise<{ sent: number; pending: number; failed: number }> {
      const outcome = { sent: 0, pending: 0, failed: 0 }
      if (!deps.client) return outcome
      for (let i = 0; i < limit; i += 1) {
        const claimed = await claim({})
        if (!claimed) break
        outcome[await attempt(claimed)] += 1
      }
      return outcome
    },
  }
}

export type HotlineAnswers = ReturnType<typeof createHotlineAnswers>
