import type { Logger } from 'pino'
import {
  assertTransition,
  IllegalTransitionError,
  MAX_FOLLOW_UPS,
  statusesAllowing,
  type MessageAction,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError, conflict } from '../../http/errors'
import { keysetPaging, type Page, type PageRequest } from '../../db/keyset-page'
import type { DeadlineCalculator } from './messages.service'
import type { MessageDocument } from './message.model'
import type { MessageEvent } from './message-event.model'
import type { MessageCounters } from './message-counters'
import { createMessageCommits, withPendingEvents } from './message-outbox'

/** The stored message the citizen's routes hand on (routes do not import models). */
export type { MessageDocument }

export interface CitizenMessagesDeps {
  models: Models
  calendar: DeadlineCalculator
  clock: () => Date
  replyWorkingDays: number
  /** The dashboard's counters, written with each action's history (see message-outbox.ts). */
  stats?: MessageCounters
}

/** The same answer for an unknown code and a wrong phone, so neither can be probed. */
const notFound = () => new AppError(404, 'not_found', '未找到该留言，请核对查询码和联系电话')

const stateConflict = () =>
  conflict('state_conflict', '留言状态已变化，当前不能进行此操作，请刷新后查看')

/**
 * How a citizen proves a message is theirs: the phone they gave with it (H5, any browser), or
 * the WeChat login they wrote it under (mini-program).
 */
export type Owner = { phone: string } | { openid: string }

/** What the citizen's own view is built from: the message and its public history. */
export interface CitizenMessageRecord {
  message: MessageDocument
  history: MessageEvent[]
}

/** The citizen's side of a message: find it by code + phone, rate the answer, follow up once. */
export function createCitizenMessagesService(deps: CitizenMessagesDeps) {
  const { Message, MessageEvent } = deps.models
  const commits = createMessageCommits({ models: deps.models, stats: deps.stats })

  async function findOwn(code: string, owner: Owner): Promise<MessageDocument> {
    const message = await Message.findOne({ code })
    const owns =
      message &&
      ('phone' in owner ? message.phone === owner.phone : message.openid === owner.openid)
    if (!message || !owns) throw notFound()
    return message
  }

  async function record(message: MessageDocument): Promise<CitizenMessageRecord> {
    const stored = await MessageEvent.find({ messageId: message._id, visibleToCitizen: true })
      .sort({ at: 1, _id: 1 })
      .lean()
    return { message, history: withPendingEvents(message, stored, (e) => e.visibleToCitizen) }
  }

  /** The state the action leads to, or a 409 when the lifecycle does not allow it now. */
  function nextState(message: MessageDocument, action: MessageAction) {
    try {
      return assertTransition(message.status, action, { followUps: message.followUps })
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw stateConflict()
      throw error
    }
  }

  return {
    /** The citizen's view of their message; 404 alike for an unknown code or another phone. */
    async lookup(code: string, owner: Owner): Promise<CitizenMessageRecord> {
      return record(await findOwn(code, owner))
    },

    /** 我的留言 of a citizen signed in with WeChat: newest first, a page at a time. */
    async listOwn(openid: string, page: PageRequest): Promise<Page<MessageDocument>> {
      const paging = keysetPaging(page, { key: 'receivedAt', direction: -1 })
      const rows = await Message.find(paging.filter({ openid }))
        .sort(paging.sort)
        .limit(paging.limit)
      return paging.page(rows, (message) => message.receivedAt)
    },

    /** Rates the answer (好差评) and so closes the message. */
    async rate(
      code: string,
      input: { level: number; comment?: string | undefined },
      owner: Owner,
      log: Logger,
    ): Promise<CitizenMessageRecord> {
      const message = await commits.settled(await findOwn(code, owner))
      const to = nextState(message, 'rate')
      const now = deps.clock()
      const rating = {
        level: input.level,
        ratedAt: now,
        ...(input.comment ? { comment: input.comment } : {}),
      }
      // Conditional on the state we checked: a concurrent follow-up or rating wins only once.
      const updated = await commits.commit(
        { _id: message._id, status: { $in: statusesAllowing('rate') } },
        { $set: { status: to, rating, closedAt: now } },
        {
          events: [
            {
              type: 'rated',
              at: now,
              actor: { kind: 'citizen' },
              fromStatus: message.status,
              toStatus: to,
              visibleToCitizen: true,
              data: { level: input.level },
            },
          ],
          counters: deps.stats?.rated({ ...message.toObject(), rating }) ?? [],
        },
        log,
      )
      if (!updated) throw stateConflict()
      log.info({ messageId: String(message._id), level: input.level }, 'answer rated')
      return record(updated)
    },

    /** The citizen's one follow-up (追问): reopens the message with a new reply clock. */
    async followUp(
      code: string,
      input: { content: string },
      owner: Owner,
      log: Logger,
    ): Promise<CitizenMessageRecord> {
      const message = await commits.settled(await findOwn(code, owner))
      const to = nextState(message, 'followUp')
      const now = deps.clock()
      await deps.calendar.ensureFresh?.()
      const deadline = deps.calendar.replyDeadline(now, deps.replyWorkingDays)
      const updated = await commits.commit(
        {
          _id: message._id,
          status: { $in: statusesAllowing('followUp') },
          followUps: { $lt: MAX_FOLLOW_UPS },
        },
        {
          $set: {
            status: to,
            followUp: { content: input.content, at: now },
            clockStartedAt: now,
            workingDays: deps.replyWorkingDays,
            dueDate: deadline.dueDate,
            dueAt: deadline.dueAt,
            provisional: deadline.provisional,
            // Extensions belonged to the previous clock; the new one starts without any.
            extensionWorkingDays: 0,
          },
          $unset: { extension: 1 },
          $inc: { followUps: 1 },
        },
        {
          events: [
            {
              type: 'followed_up',
              at: now,
              actor: { kind: 'citizen' },
              fromStatus: message.status,
              toStatus: to,
              visibleToCitizen: true,
              data: { dueDate: deadline.dueDate },
            },
          ],
        },
        log,
      )
      if (!updated) throw stateConflict()
      log.info({ messageId: String(message._id) }, 'follow-up received')
      return record(updated)
    },
  }
}

export type CitizenMessagesService = ReturnType<typeof createCitizenMessagesService>
