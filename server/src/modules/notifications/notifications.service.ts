import type { Logger } from 'pino'
import type { AnswerTemplateFields, WeChatConfig } from '@zhengmin/config'
import { toBeijingIsoString } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { unitName } from '@zhengmin/config'
import type { Message } from '../messages'
import { WeChatError, type WeChatClient } from '../wechat'
import type { Notification } from './notification.model'
import { afterFailure, claimDue } from './delivery-queue'

export { RETRY_DELAYS_MS } from './delivery-queue'

/** WeChat's length limits per template value type (thing: 20 characters, phrase: 5). */
const VALUE_LIMITS: Record<string, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  character_string: 32,
}

/** Fits a value to its keyword's type: `thing1` takes at most 20 characters, and so on. */
function fitValue(keyword: string, value: string): string {
  const type = keyword.replace(/\d+$/, '')
  const limit = VALUE_LIMITS[type]
  const characters = Array.from(value)
  if (!limit || characters.length <= limit) return value
  return `${characters.slice(0, limit - 1).join('')}…`
}

/** The answer notice's template data, from the keyword mapping in configuration. */
export function answerNoticeData(
  message: Pick<Message, 'title' | 'unit' | 'answer'>,
  fields: AnswerTemplateFields,
): Record<string, { value: string }> {
  const answeredAt = message.answer?.answeredAt ?? new Date()
  // "2026-11-23 10:05", the format of WeChat's time type, in Beijing time.
  const time = toBeijingIsoString(answeredAt).slice(0, 16).replace('T', ' ')
  const values: Record<keyof AnswerTemplateFields, string | undefined> = {
    title: message.title,
    result: message.answer?.kind === 'decline' ? '不予受理' : '已答复',
    time,
    unit: unitName(message.unit),
  }
  const data: Record<string, { value: string }> = {}
  for (const [name, keyword] of Object.entries(fields) as [keyof AnswerTemplateFields, string][]) {
    const value = values[name]
    if (keyword && value) data[keyword] = { value: fitValue(keyword, value) }
  }
  return data
}

export interface NotificationsDeps {
  models: Models
  wechat: WeChatClient
  config: WeChatConfig
  clock: () => Date
  log: Logger
}

/**
 * Answer notices to citizens who subscribed. `answered` stores the notice and starts sending it
 * without waiting; `deliverDue` (the scheduler) retries what failed. A reply never waits for
 * WeChat and never fails because of it.
 */
export function createNotifications(deps: NotificationsDeps) {
  const { Notification } = deps.models
  const inFlight = new Set<Promise<unknown>>()

  async function attempt(claimed: Notification): Promise<Notification['status']> {
    const now = deps.clock()
    try {
      await deps.wechat.sendSubscribeMessage({
        openid: claimed.openid,
        templateId: claimed.templateId,
        page: claimed.page,
        data: claimed.data,
      })
      await Notification.updateOne(
        { _id: claimed._id },
        { $set: { status: 'sent', sentAt: now }, $unset: { lastError: 1 } },
      )
      deps.log.info(
        { notificationId: String(claimed._id), messageId: String(claimed.messageId) },
        'answer notice sent',
      )
      return 'sent'
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const permanent = error instanceof WeChatError && error.permanent
      const next = afterFailure(claimed.attempts, permanent, now)
      await Notification.updateOne(
        { _id: claimed._id },
        next.giveUp
          ? { $set: { status: 'failed', lastError: reason } }
          : { $set: { lastError: reason, nextAttemptAt: next.nextAttemptAt } },
      )
      const entry = {
        notificationId: String(claimed._id),
        messageId: String(claimed.messageId),
        attempts: claimed.attempts,
        reason,
      }
      if (next.giveUp) deps.log.error(entry, 'answer notice failed for good')
      else
        deps.log.warn({ ...entry, retryInMs: next.retryInMs }, 'answer notice failed, will retry')
      return next.giveUp ? 'failed' : 'pending'
    }
  }

  /** Takes a due notice for this sender (see claimDue). */
  const claim = (filter: Record<string, unknown>) => claimDue(Notification, filter, deps.clock())

  return {
    /**
     * Called after a reply or decline is stored. Never throws: a notice that cannot even be
     * queued is logged as an error, and the reply stands.
     */
    async answered(message: Message, log: Logger): Promise<void> {
      if (!message.notifyOnAnswer || !message.openid || !message.answer) return
      const template = deps.config.answerTemplate
      if (!template || !deps.config.credentials) {
        log.warn(
          { messageId: String(message._id) },
          'answer notice not sent: WeChat credentials or the answer template are not configured',
        )
        return
      }
      try {
        const created = await Notification.create({
          dedupeKey: `${String(message._id)}:${message.answer.answeredAt.getTime()}`,
          messageId: message._id,
          openid: message.openid,
          templateId: template.id,
          page: `pages/my-messages/index?code=${message.code}`,
          data: answerNoticeData(message, template.fields),
          status: 'pending',
          attempts: 0,
          nextAttemptAt: deps.clock(),
          createdAt: deps.clock(),
        })
        // First attempt right away, without holding up the reply.
        const first = claim({ _id: created._id })
          .then((claimed) => (claimed ? attempt(claimed) : undefined))
          .catch((error: unknown) =>
            log.error({ err: error, messageId: String(message._id) }, 'answer notice attempt'),
          )
          .finally(() => inFlight.delete(first))
        inFlight.add(first)
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return // already queued
        log.error({ err: error, messageId: String(message._id) }, 'could not queue answer notice')
      }
    },

    /** Resolves once the first attempts started by `answered` are over (shutdown, tests). */
    async settled(): Promise<void> {
      await Promise.all([...inFlight])
    },

    /** Sends every notice that is due, oldest first; returns how each ended. */
    async deliverDue(limit = 100): Promise<{ sent: number; pending: number; failed: number }> {
      const outcome = { sent: 0, pending: 0, failed: 0 }
      for (let i = 0; i < limit; i += 1) {
        const claimed = await claim({})
        if (!claimed) break
        outcome[await attempt(claimed)] += 1
      }
      return outcome
    },
  }
}

export type Notifications = ReturnType<typeof createNotifications>
