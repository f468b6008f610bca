import { createHash } from 'node:crypto'
import { Types } from 'mongoose'
import type { Logger } from 'pino'
import { findUnit } from '@zhengmin/config'
import {
  anonymityRefusal,
  messageTextWithWageArrears,
  type NewMessage,
  type RandomBytes,
  type ReplyDeadline,
} from '@zhengmin/shared'
import { badRequest, conflict } from '../../http/errors'
import type { Models } from '../../db/models'
import type { MessageDocument } from './message.model'
import type { MessageCounters } from './message-counters'
import { createMessageCommits } from './message-outbox'
import { createWithFreshCode, isDuplicateKey } from './fresh-code'

/** Computes reply deadlines; the working-day calendar in production. */
export interface DeadlineCalculator {
  replyDeadline(receivedAt: Date, workingDays: number): ReplyDeadline
  /** Brings the calendar up to date before a deadline is stored (when it can change). */
  ensureFresh?(): Promise<void>
}

export interface MessagesServiceDeps {
  models: Models
  calendar: DeadlineCalculator
  clock: () => Date
  randomBytes: RandomBytes
  replyWorkingDays: number
  /** The dashboard's counters, written with the submission's history (see message-outbox.ts). */
  stats?: MessageCounters
}

export interface SubmitResult {
  message: MessageDocument
  /** True when this answers a retry of an earlier submission with the same key. */
  replayed: boolean
}

/** Stable hash of a validated submission, keys sorted so property order does not matter. */
function hashSubmission(input: NewMessage, openid: string | undefined): string {
  const signed = openid ? { ...input, openid } : input
  const entries = Object.entries(signed).sort(([a], [b]) => a.localeCompare(b))
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex')
}

export function createMessagesService(deps: MessagesServiceDeps) {
  const { Message, Idempotency } = deps.models
  const commits = createMessageCommits({ models: deps.models, stats: deps.stats })

  /** Inserts the message under a fresh random 查询码 (fresh-code.ts draws again on a collision). */
  async function insertMessage(
    id: Types.ObjectId,
    input: NewMessage,
    receivedAt: Date,
    log: Logger,
    openid: string | undefined,
  ) {
    await deps.calendar.ensureFresh?.()
    const deadline = deps.calendar.replyDeadline(receivedAt, deps.replyWorkingDays)
    return createWithFreshCode(
      { models: deps.models, commits, randomBytes: deps.randomBytes },
      id,
      {
        category: input.category,
        title: input.title,
        // The 欠薪 details (issue #22 part 3) are also kept whole, in their own field.
        content: messageTextWithWageArrears(input.content, input.wageArrears),
        ...(input.wageArrears ? { wageArrears: input.wageArrears } : {}),
        name: input.name,
        phone: input.phone,
        suggestedUnit: input.unit,
        ...(input.anonymous ? { anonymous: true } : {}),
        allowPublish: input.allowPublish,
        ...(openid ? { openid, notifyOnAnswer: input.notifyOnAnswer } : {}),
        consentAt: receivedAt,
        status: 'submitted',
        receivedAt,
        receivedDate: deadline.receivedDate,
        clockStartedAt: receivedAt,
        workingDays: deps.replyWorkingDays,
        dueDate: deadline.dueDate,
        dueAt: deadline.dueAt,
        provisional: deadline.provisional,
        channel: 'app',
      },
      (message) => ({
        events: [
          {
            type: 'submitted',
            at: message.receivedAt,
            actor: { kind: 'citizen' },
            toStatus: 'submitted',
            visibleToCitizen: true,
          },
        ],
        counters: deps.stats?.received(message) ?? [],
      }),
      log,
    )
  }

  /** Answers a retry: the same body returns the first message; another body is a conflict. */
  async function replay(
    record: { requestHash: string; messageId: Types.ObjectId; createdAt: Date },
    requestHash: string,
    input: NewMessage,
    log: Logger,
    openid: string | undefined,
  ): Promise<SubmitResult> {
    if (record.requestHash !== requestHash) {
      throw conflict(
        'idempotency_key_reused',
        '该提交标识已用于另一条不同的留言，请刷新页面后重新提交',
      )
    }
    const existing = await Message.findById(record.messageId)
    if (existing) return { message: await commits.settled(existing), replayed: true }
    // The first attempt stored its key but failed before the message: finish it now, dated
    // from the first attempt, under the id that was promised to the key.
    const message = await insertMessage(record.messageId, input, record.createdAt, log, openid)
    return { message, replayed: true }
  }

  return {
    /**
     * Stores a citizen's new message, at most once per idempotency key; `openid` links it to the
     * citizen's WeChat login (我的留言 and the answer notice).
     */
    async submit(
      input: NewMessage,
      idempotencyKey: string | undefined,
      log: Logger,
      openid?: string,
    ): Promise<SubmitResult> {
      const anonymity = anonymityRefusal(input)
      if (anonymity) throw badRequest(anonymity.message, [anonymity])
      if (input.unit && !findUnit(input.unit)) {
        throw badRequest('请选择正确的经办科室', [
          { field: 'unit', message: '请选择正确的经办科室' },
        ])
      }
      const receivedAt = deps.clock()
      const id = new Types.ObjectId()
      if (!idempotencyKey)
        return {
          message: await insertMessage(id, input, receivedAt, log, openid),
          replayed: false,
        }

      const requestHash = hashSubmission(input, openid)
      const earlier = await Idempotency.findOne({ key: idempotencyKey })
      if (earlier) return replay(earlier, requestHash, input, log, openid)
      try {
        await Idempotency.create({
          key: idempotencyKey,
          requestHash,
          messageId: id,
          createdAt: receivedAt,
        })
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        const winner = await Idempotency.findOne({ key: idempotencyKey })
        if (!winner) throw error
        return replay(winner, requestHash, input, log, openid)
      }
      const message = await insertMessage(id, input, receivedAt, log, openid)
      log.info({ messageId: String(message._id), category: message.category }, 'message submitted')
      return { message, replayed: false }
    },
  }
}

export type MessagesService = ReturnType<typeof createMessagesService>
