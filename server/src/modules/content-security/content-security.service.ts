import type { Types } from 'mongoose'
import type { Logger } from 'pino'
import { contentLabelText, type ContentCheckView } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Message } from '../messages'
import { WeChatError, type WeChatClient } from '../wechat'

/**
 * WeChat's content-security check (msgSecCheck v2) of what citizens write. Each message is
 * checked once, after it is stored: receiving a message never waits for WeChat and never fails
 * because of it (a complaint must reach the bureau). While WeChat is unreachable the check is
 * retried by the scheduler; 回复选登 asks for an override reason to publish a message WeChat
 * found risky, or one without a verdict.
 */

/**
 * Waits before the 2nd, 3rd, … attempt. WeChat checks only for an author who used the
 * mini-program within the last two hours, so the attempts end within about that time.
 */
export const CONTENT_CHECK_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000]
/** How long a claimed check is held by one attempt before another may take it. */
const CLAIM_MS = 2 * 60_000

export interface ContentSecurityDeps {
  models: Models
  wechat: WeChatClient
  clock: () => Date
  log: Logger
}

type Outcome = 'done' | 'pending' | 'failed'

/** The text WeChat checks: the citizen's title and message. */
const checkedText = (message: Pick<Message, 'title' | 'content'>) =>
  `${message.title}\n${message.content}`

export function createContentSecurity(deps: ContentSecurityDeps) {
  const { Message } = deps.models
  const inFlight = new Set<Promise<unknown>>()

  /** Takes a due check for this attempt (a conditional update: one taker wins). */
  async function claim(id: Types.ObjectId): Promise<Message | null> {
    const now = deps.clock()
    const taken = await Message.updateOne(
      { _id: id, 'contentCheck.status': 'pending', 'contentCheck.nextAttemptAt': { $lte: now } },
      {
        $set: { 'contentCheck.nextAttemptAt': new Date(now.getTime() + CLAIM_MS) },
        $inc: { 'contentCheck.attempts': 1 },
      },
    )
    if (taken.modifiedCount !== 1) return null
    return Message.findById(id).lean()
  }

  async function attempt(message: Message): Promise<Outcome> {
    const check = message.contentCheck
    if (!message.openid || !check) return 'failed'
    const now = deps.clock()
    const entry = { messageId: String(message._id), attempts: check.attempts }
    try {
      const verdict = await deps.wechat.checkText(message.openid, checkedText(message))
      await Message.updateOne(
        { _id: message._id, 'contentCheck.status': 'pending' },
        {
          $set: {
            'contentCheck.status': 'done',
            'contentCheck.suggest': verdict.suggest,
            'contentCheck.label': verdict.label,
            'contentCheck.checkedAt': now,
            ...(verdict.traceId ? { 'contentCheck.traceId': verdict.traceId } : {}),
          },
          $unset: { 'contentCheck.nextAttemptAt': 1, 'contentCheck.lastError': 1 },
        },
      )
      deps.log.info({ ...entry, suggest: verdict.suggest, label: verdict.label }, 'content checked')
      return 'done'
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const delay = CONTENT_CHECK_RETRY_DELAYS_MS[check.attempts - 1]
      const giveUp = (error instanceof WeChatError && error.permanent) || delay === undefined
      await Message.updateOne(
        { _id: message._id, 'contentCheck.status': 'pending' },
        giveUp
          ? {
              $set: { 'contentCheck.status': 'failed', 'contentCheck.lastError': reason },
              $unset: { 'contentCheck.nextAttemptAt': 1 },
            }
          : {
              $set: {
                'contentCheck.lastError': reason,
                'contentCheck.nextAttemptAt': new Date(now.getTime() + delay),
              },
            },
      )
      if (giveUp) deps.log.error({ ...entry, reason }, 'content check failed for good')
      else deps.log.warn({ ...entry, reason, retryInMs: delay }, 'content check failed, will retry')
      return giveUp ? 'failed' : 'pending'
    }
  }

  async function claimAndAttempt(id: Types.ObjectId): Promise<Outcome | undefined> {
    const claimed = await claim(id)
    return claimed ? attempt(claimed) : undefined
  }

  return {
    /**
     * Called after a message is stored (and on a retried submission). Records that the check is
     * due, or that it cannot be made without the author's openid, and starts the first attempt
     * without waiting for it. Never throws: the submission stands whatever happens here.
     */
    async submitted(message: Pick<Message, '_id' | 'openid'>, log: Logger): Promise<void> {
      try {
        const now = deps.clock()
        const recorded = await Message.updateOne(
          { _id: message._id, contentCheck: { $exists: false } },
          {
            $set: {
              contentCheck: message.openid
                ? { status: 'pending', attempts: 0, nextAttemptAt: now }
                : { status: 'skipped', attempts: 0 },
            },
          },
        )
        if (recorded.modifiedCount !== 1 || !message.openid) return
        const first = claimAndAttempt(message._id)
          .catch((error: unknown) =>
            log.error({ err: error, messageId: String(message._id) }, 'content check attempt'),
          )
          .finally(() => inFlight.delete(first))
        inFlight.add(first)
      } catch (error) {
        log.error({ err: error, messageId: String(message._id) }, 'could not queue content check')
      }
    },

    /** Resolves once the first attempts started by `submitted` are over (shutdown, tests). */
    async settled(): Promise<void> {
      await Promise.all([...inFlight])
    },

    /** Attempts every check that is due, oldest first (the scheduler, every tick). */
    async checkDue(limit = 50): Promise<{ done: number; pending: number; failed: number }> {
      const outcome = { done: 0, pending: 0, failed: 0 }
      const due = await Message.find(
        { 'contentCheck.status': 'pending', 'contentCheck.nextAttemptAt': { $lte: deps.clock() } },
        { _id: 1 },
      )
        .sort({ 'contentCheck.nextAttemptAt': 1 })
        .limit(limit)
        .lean()
      for (const { _id } of due) {
        const result = await claimAndAttempt(_id)
        if (result) outcome[result] += 1
      }
      return outcome
    },
  }
}

export type ContentSecurity = ReturnType<typeof createContentSecurity>

/**
 * What staff see of a message's check. `enabled`: WeChat is configured on this server; without
 * it nothing is checked and the view says so.
 */
export function contentCheckView(
  check: Message['contentCheck'],
  enabled: boolean,
): ContentCheckView {
  if (!check) return { state: enabled ? 'not_applicable' : 'off' }
  switch (check.status) {
    case 'skipped':
      return { state: 'not_applicable' }
    case 'pending':
      return { state: enabled ? 'pending' : 'off' }
    case 'failed':
      return { state: 'failed' }
    case 'done': {
      const labelText = contentLabelText(check.label)
      return {
        state: check.suggest ?? 'review',
        ...(check.label !== undefined ? { label: check.label } : {}),
        ...(labelText ? { labelText } : {}),
      }
    }
  }
}
