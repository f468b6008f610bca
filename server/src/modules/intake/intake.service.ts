import { Types } from 'mongoose'
import type { Logger } from 'pino'
import { findUnit } from '@zhengmin/config'
import {
  canRecordIntake,
  MESSAGE_CHANNEL_LABELS,
  receiptTimeProblem,
  type HotlineTicket,
  type MessageCategory,
  type MessageChannel,
  type RandomBytes,
  type StaffIntake,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError, badRequest, conflict } from '../../http/errors'
import type { DeadlineCalculator } from '../messages'
import type { MessageDocument } from '../messages'
import type { EventActor } from '../messages'
import { createMessageCommits } from '../messages'
import { createWithFreshCode } from '../messages'
import type { Actor } from '../messages'
import type { StatsCounters } from '../stats'
import { lookupCodeText, type SmsSender } from './sms'

export interface IntakeServiceDeps {
  models: Models
  calendar: DeadlineCalculator
  clock: () => Date
  randomBytes: RandomBytes
  replyWorkingDays: number
  /** The dashboard's counters, written with the receipt's history (see message-outbox.ts). */
  stats?: StatsCounters
  /** Sends the 查询码 to the citizen's phone. */
  sms: SmsSender
}

/** A recorded or pushed message, and whether the citizen was sent its 查询码. */
export interface IntakeOutcome {
  message: MessageDocument
  /** False when the 工单 was stored before: the answer is the earlier message. */
  created: boolean
  smsSent: boolean
}

/** What every channel's message consists of, besides what the lifecycle fills in. */
interface Received {
  channel: Exclude<MessageChannel, 'app'>
  receivedAt: Date
  hotlineTicketId?: string | undefined
  category: MessageCategory
  title: string
  content: string
  name?: string | undefined
  phone: string
  suggestedUnit?: string | undefined
  allowPublish: boolean
  intake?: { recordedBy: string; recordedByName: string; recordedAt: Date }
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown } | null)?.code === 11000

const receiptRefused = (message: string) => badRequest(message, [{ field: 'receivedAt', message }])

/**
 * Messages that reach the bureau outside the app: recorded by staff (代录入: phone, letter,
 * visit, 12345 工单 typed in) or pushed by the 12345 platform. The deadline counts from when
 * the message was actually received; then it follows the normal lifecycle.
 */
export function createIntakeService(deps: IntakeServiceDeps) {
  const { Message, HotlineTicket } = deps.models
  const commits = createMessageCommits({ models: deps.models, stats: deps.stats })

  /** Stores the message under `id` with a fresh 查询码 and its first history event. */
  async function insert(
    id: Types.ObjectId,
    received: Received,
    actor: EventActor & { name?: string },
    log: Logger,
  ): Promise<MessageDocument> {
    await deps.calendar.ensureFresh?.()
    const deadline = deps.calendar.replyDeadline(received.receivedAt, deps.replyWorkingDays)
    const { suggestedUnit, hotlineTicketId, name, intake, ...rest } = received
    return createWithFreshCode(
      { models: deps.models, commits, randomBytes: deps.randomBytes },
      id,
      {
        ...rest,
        ...(name ? { name } : {}),
        ...(suggestedUnit ? { suggestedUnit } : {}),
        ...(hotlineTicketId ? { hotlineTicketId } : {}),
        ...(intake ? { intake } : {}),
        // Recorded at the citizen's request, by staff or by the 12345 platform.
        consentAt: deps.clock(),
        status: 'submitted',
        receivedDate: deadline.receivedDate,
        clockStartedAt: received.receivedAt,
        workingDays: deps.replyWorkingDays,
        dueDate: deadline.dueDate,
        dueAt: deadline.dueAt,
        provisional: deadline.provisional,
      },
      (message) => ({
        events: [
          {
            type: 'submitted',
            at: message.receivedAt,
            actor: { kind: actor.kind, ...(actor.id ? { id: actor.id } : {}) },
            toStatus: 'submitted',
            visibleToCitizen: true,
            data: {
              channel: received.channel,
              channelLabel: MESSAGE_CHANNEL_LABELS[received.channel],
              ...(hotlineTicketId ? { ticketId: hotlineTicketId } : {}),
              ...(actor.name ? { actorName: actor.name } : {}),
            },
          },
        ],
        counters: deps.stats?.received(message) ?? [],
      }),
      log,
    )
  }

  /**
   * Claims a 工单号 for a new message. Returns the id the message is to be stored under and,
   * when the 工单 was stored before, that message. A 工单号 claimed by an attempt that stopped
   * before its message was stored gives that attempt's id and no message: storing it now
   * finishes the 工单.
   */
  async function claimTicket(
    ticketId: string,
  ): Promise<{ messageId: Types.ObjectId; stored?: MessageDocument }> {
    const fresh = new Types.ObjectId()
    let claimed = await HotlineTicket.findById(ticketId).lean()
    if (!claimed) {
      try {
        await HotlineTicket.create({ _id: ticketId, messageId: fresh, createdAt: deps.clock() })
        return { messageId: fresh }
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        claimed = await HotlineTicket.findById(ticketId).lean()
        if (!claimed) throw error
      }
    }
    const message = await Message.findById(claimed.messageId)
    return message
      ? { messageId: claimed.messageId, stored: await commits.settled(message) }
      : { messageId: claimed.messageId }
  }

  async function sendCode(message: MessageDocument, log: Logger): Promise<boolean> {
    return deps.sms.send(message.phone, lookupCodeText(message.code, message.dueDate), log)
  }

  function checkUnit(unit: string | undefined) {
    if (unit && !findUnit(unit)?.answersMessages)
      throw badRequest('请选择正确的经办科室', [{ field: 'unit', message: '请选择正确的经办科室' }])
  }

  return {
    /** 代录入: the office or the 信访窗口 records a message received by phone, letter or visit. */
    async recordByStaff(staff: Actor, input: StaffIntake, log: Logger): Promise<IntakeOutcome> {
      if (!canRecordIntake(staff))
        throw new AppError(403, 'forbidden', '只有办公室和信访窗口可以代录入留言')
      const now = deps.clock()
      const problem = receiptTimeProblem(input.receivedAt, now)
      if (problem) throw receiptRefused(problem)
      checkUnit(input.unit)
      const received: Received = {
        channel: input.channel,
        receivedAt: input.receivedAt,
        hotlineTicketId: input.hotlineTicketId,
        category: input.category,
        title: input.title,
        content: input.content,
        name: input.name,
        phone: input.phone,
        suggestedUnit: input.unit,
        allowPublish: input.allowPublish,
        intake: { recordedBy: staff.id, recordedByName: staff.displayName, recordedAt: now },
      }
      const actor = { kind: 'staff' as const, id: staff.id, name: staff.displayName }
      let id = new Types.ObjectId()
      if (input.hotlineTicketId) {
        const ticket = await claimTicket(input.hotlineTicketId)
        if (ticket.stored)
          throw conflict(
            'hotline_ticket_exists',
            `该12345工单已登记（查询码 ${ticket.stored.code}），请勿重复录入`,
          )
        id = ticket.messageId
      }
      const message = await insert(id, received, actor, log)
      log.info(
        { messageId: String(message._id), channel: input.channel, staffId: staff.id },
        'message recorded by staff',
      )
      return { message, created: true, smsSent: await sendCode(message, log) }
    },

    /** A 工单 pushed by the 12345 platform; the same 工单号 again answers with the first message. */
    async receiveHotlineTicket(input: HotlineTicket, log: Logger): Promise<IntakeOutcome> {
      const received: Received = {
        channel: 'hotline12345',
        receivedAt: input.receivedAt,
        hotlineTicketId: input.ticketId,
        category: input.category,
        title: input.title,
        content: input.content,
        name: input.name,
        phone: input.phone,
        allowPublish: false,
      }
      const actor = { kind: 'system' as const }
      // A repeated push is answered before its time is judged: it may come days later.
      const known = await HotlineTicket.exists({ _id: input.ticketId })
      if (!known) {
        const problem = receiptTimeProblem(input.receivedAt, deps.clock())
        if (problem) throw receiptRefused(problem)
      }
      const ticket = await claimTicket(input.ticketId)
      if (ticket.stored) return { message: ticket.stored, created: false, smsSent: false }
      const message = await insert(ticket.messageId, received, actor, log)
      log.info(
        { messageId: String(message._id), ticketId: input.ticketId },
        '12345 ticket received',
      )
      return { message, created: true, smsSent: await sendCode(message, log) }
    },
  }
}

export type IntakeService = ReturnType<typeof createIntakeService>
