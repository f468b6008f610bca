import { Schema, type Connection, type HydratedDocument, type Model, type Types } from 'mongoose'
import type { Outbox } from './message-outbox'
import {
  MESSAGE_CATEGORIES,
  EXTENSION_STATUSES,
  MESSAGE_STATUSES,
  PENDING_ANSWER_STATUSES,
  SIGNOFF_LEVELS,
  type ExtensionStatus,
  type PendingAnswerStatus,
  type SignoffLevel,
  type MessageCategory,
  type MessageChannel,
  type MessageStatus,
  MESSAGE_CHANNELS,
  type WageArrears,
} from '@zhengmin/shared'
import { searchSchemaFields, type SearchFields } from '../search'

/**
 * A citizen's message (网民留言) as stored. Name and phone stay in their own fields. The search
 * fields hold the words of title and text, stored by the insert that stores them.
 */
export interface Message extends Partial<SearchFields> {
  _id: Types.ObjectId
  /** Random lookup code (查询码) the citizen keeps. */
  code: string
  category: MessageCategory
  title: string
  content: string
  name?: string
  phone: string
  /** The unit the citizen suggested, if any. */
  suggestedUnit?: string
  /** The unit the office dispatched the message to. */
  unit?: string
  allowPublish: boolean
  /** WeChat identity (openid) of the citizen, when they wrote from the mini-program signed in. */
  openid?: string
  /** The citizen accepted WeChat's subscribe prompt: notify them when the message is answered. */
  notifyOnAnswer?: boolean
  /** When the citizen accepted the privacy notice. */
  consentAt: Date
  status: MessageStatus
  receivedAt: Date
  /** Beijing calendar date of receipt, the day the count starts after. */
  receivedDate: string
  /** Start of the running reply clock: receipt, or the citizen's follow-up that reopened it. */
  clockStartedAt: Date
  /** Length of the reply period in working days. */
  workingDays: number
  /** Last day to reply (Beijing), and its end as an instant. */
  dueDate: string
  dueAt: Date
  /** True while a counted day lies in a year without an official schedule. */
  provisional: boolean
  /** The latest answer: a reply, or a decline (不予受理) with its reason. */
  answer?: { kind: 'reply' | 'decline'; content: string; answeredAt: Date; staffId?: string }
  /**
   * Every answer in order (the first, then each answer to a 追问), rewritten whole by the same
   * guarded update that stores the latest in `answer`. Unset on messages answered before it
   * existed (read through `answersOf`, filled in by `npm run reconcile`).
   */
  answers?: MessageAnswer[]
  /** The citizen's further question (追问) and how many were made. */
  followUp?: { content: string; at: Date }
  followUps: number
  /** The citizen's 好差评 of the answer. */
  rating?: { level: number; comment?: string; ratedAt: Date }
  /** When the first reply or decline was sent; kept when a follow-up brings a second one. */
  firstAnsweredAt?: Date
  /** The kind of the first answer and the unit that gave it, for the statistics. */
  firstAnswer?: { kind: 'reply' | 'decline'; unit: string }
  /** The latest extension (延期) request of the running clock and its outcome. */
  extension?: MessageExtension
  /** Working days added by approved extensions of the running clock; 0 without any. */
  extensionWorkingDays?: number
  /** When the message was closed: rated by the citizen, or closed automatically. */
  closedAt?: Date
  /** Whether the first reply or decline came by the deadline; decided then, never changed. */
  answeredOnTime?: boolean
  /** The publication (回复选登) showing this message now; unset when none or hidden. */
  publicationId?: Types.ObjectId
  /** WeChat's content-security check of the title and text; unset while WeChat is off. */
  contentCheck?: MessageContentCheck
  // --- Sign-off (审核/签发) and 分办意见 (see answer-signoff.ts) ---
  /** An answer held for sign-off, or sent back to its author; removed when it is delivered. */
  pendingAnswer?: PendingAnswer
  /** The office's 分办意见 to the unit, from the latest dispatch that gave one; staff only. */
  dispatchNote?: DispatchNote
  // --- end of sign-off fields ---
  /**
   * What the last action still has to write elsewhere (history events, counters, publication),
   * set by the same atomic update as the state it describes; removed once written.
   */
  outbox?: Outbox
  // ── 并单 and anonymous 举报 (issue #22); rules in shared messages/duplicates.ts, anonymity.ts ──
  /** The lead this message is merged into (并单); kept after the lead's answer, for staff. */
  duplicateOf?: DuplicateLink
  /** Set while merged and waiting for the lead's answer: not judged, not acted on, on its own. */
  awaitingLead?: boolean
  /**
   * How many messages are merged (or being merged) into this one as their lead. Raised before a
   * duplicate is linked, so a lead can never become a duplicate itself (no chains, no cycles).
   */
  duplicateCount?: number
  /** A 举报 whose author hid their name and phone from the handling unit. */
  anonymous?: boolean
  // ── Channels (issue #22, server/src/modules/intake): how the message came in ──
  /** 来源渠道; unset on messages stored before channels existed, which came from the app. */
  channel?: MessageChannel
  /** The 12345 工单号 (unique: server/src/modules/intake/hotline-ticket.model.ts). */
  hotlineTicketId?: string
  /** Who recorded a message received by phone, letter or visit (代录入), and when. */
  intake?: { recordedBy: string; recordedByName: string; recordedAt: Date }
  // ── end of channels ──
  // ---- Issue #22 part 3: the 欠薪 form. (Photos live in the attachments collection, linked by
  // messageId, never in the message itself.)
  /** The structured 欠薪 details, when the citizen chose that topic; also appended to `content`. */
  wageArrears?: WageArrears
  // ---- end of issue #22 part 3
  createdAt: Date
  updatedAt: Date
}

/** Where a merged duplicate points: its lead, and who merged it when. */
export interface DuplicateLink {
  messageId: Types.ObjectId
  /** The lead's 查询码 and title, as staff read them on the duplicate. */
  code: string
  title: string
  linkedAt: Date
  linkedBy: string
  linkedByName?: string
}

/** One answer of the conversation: what was said, when, of which kind, by which unit and who. */
export interface MessageAnswer {
  kind: 'reply' | 'decline'
  content: string
  answeredAt: Date
  /** The unit that answered (`office` for the office itself); unknown for migrated answers. */
  unit?: string
  staffId?: string
  /** The staff member's display name at the time. */
  staffName?: string
}

/** A handler's answer waiting for sign-off (see shared messages/answer-signoff). */
export interface PendingAnswer {
  status: PendingAnswerStatus
  kind: 'reply' | 'decline'
  content: string
  /** The unit it was written for; an approval delivers it only while the message is there. */
  unit: string
  /** Who must approve it, fixed when it was submitted. */
  level: SignoffLevel
  submittedAt: Date
  staffId: string
  staffName: string
  /** The latest 退回修改, kept after resubmission. */
  returned?: { comment: string; at: Date; staffId: string; staffName: string }
}

/** 分办意见: what the office told the unit when dispatching. */
export interface DispatchNote {
  text: string
  at: Date
  staffId: string
  staffName: string
}

/** An extension request: asked by the unit before the deadline, decided by the office. */
export interface MessageExtension {
  workingDays: number
  reason: string
  status: ExtensionStatus
  requestedAt: Date
  /** Staff id of the requester. */
  requestedBy: string
  decidedAt?: Date
  decidedBy?: string
  /** The office's optional explanation of its decision. */
  decisionReason?: string
  /** The deadline of the running clock before any extension. */
  originalDueDate: string
}

/**
 * WeChat's content-security check (msgSecCheck v2) of the citizen's title and text, made once
 * after receipt and retried while WeChat is unreachable. It never affects receiving the message;
 * 回复选登 needs an override reason to publish a risky one or one without a verdict.
 */
export interface MessageContentCheck {
  /** skipped: no openid of the author (not sent signed in from the mini-program). */
  status: 'pending' | 'done' | 'failed' | 'skipped'
  attempts: number
  /** When the next attempt is due (pending only). */
  nextAttemptAt?: Date
  suggest?: 'pass' | 'review' | 'risky'
  label?: number
  traceId?: string
  checkedAt?: Date
  lastError?: string
}

export type MessageDocument = HydratedDocument<Message>

/**
 * The answer held for sign-off for the message's current unit, or undefined: one written for a
 * unit the message has since left is not that unit's to approve or resubmit.
 */
export function pendingAnswerOf(
  message: Pick<Message, 'pendingAnswer' | 'unit'>,
): PendingAnswer | undefined {
  const pending = message.pendingAnswer
  return pending && pending.unit === message.unit ? pending : undefined
}

/**
 * Every answer of a message in order. A message answered before answers were kept as a list has
 * only its latest `answer`, which is then its first (the one the citizen still has).
 */
export function answersOf(message: Pick<Message, 'answer' | 'answers'>): MessageAnswer[] {
  const stored = message.answers && message.answers.length > 0 ? message.answers : undefined
  const answers = stored ?? (message.answer ? [message.answer] : [])
  // Field by field: the message may be a mongoose document, whose parts are not plain objects.
  return answers.map((answer: MessageAnswer) => ({
    kind: answer.kind,
    content: answer.content,
    answeredAt: answer.answeredAt,
    ...(answer.unit ? { unit: answer.unit } : {}),
    ...(answer.staffId ? { staffId: answer.staffId } : {}),
    ...(answer.staffName ? { staffName: answer.staffName } : {}),
  }))
}

const messageSchema = new Schema<Message>(
  {
    code: { type: String, required: true },
    category: { type: String, enum: MESSAGE_CATEGORIES, required: true },
    title: { type: String, required: true },
    content: { type: String, required: true },
    name: { type: String },
    phone: { type: String, required: true },
    suggestedUnit: { type: String },
    openid: { type: String },
    notifyOnAnswer: { type: Boolean },
    unit: { type: String },
    allowPublish: { type: Boolean, required: true, default: false },
    consentAt: { type: Date, required: true },
    status: { type: String, enum: MESSAGE_STATUSES, required: true },
    receivedAt: { type: Date, required: true },
    receivedDate: { type: String, required: true },
    clockStartedAt: { type: Date, required: true },
    workingDays: { type: Number, required: true },
    dueDate: { type: String, required: true },
    dueAt: { type: Date, required: true },
    provisional: { type: Boolean, required: true },
    answer: {
      type: new Schema(
        {
          kind: { type: String, enum: ['reply', 'decline'], required: true },
          content: { type: String, required: true },
          answeredAt: { type: Date, required: true },
          staffId: { type: String },
        },
        { _id: false },
      ),
    },
    answers: {
      type: [
        new Schema(
          {
            kind: { type: String, enum: ['reply', 'decline'], required: true },
            content: { type: String, required: true },
            answeredAt: { type: Date, required: true },
            unit: { type: String },
            staffId: { type: String },
            staffName: { type: String },
          },
          { _id: false },
        ),
      ],
      default: undefined,
    },
    followUp: {
      type: new Schema(
        { content: { type: String, required: true }, at: { type: Date, required: true } },
        { _id: false },
      ),
    },
    followUps: { type: Number, required: true, default: 0 },
    rating: {
      type: new Schema(
        {
          level: { type: Number, required: true, min: 1, max: 5 },
          comment: { type: String },
          ratedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
    },
    firstAnsweredAt: { type: Date },
    firstAnswer: {
      type: new Schema(
        {
          kind: { type: String, enum: ['reply', 'decline'], required: true },
          unit: { type: String, required: true },
        },
        { _id: false },
      ),
    },
    extension: {
      type: new Schema(
        {
          workingDays: { type: Number, required: true, min: 1 },
          reason: { type: String, required: true },
          status: { type: String, enum: EXTENSION_STATUSES, required: true },
          requestedAt: { type: Date, required: true },
          requestedBy: { type: String, required: true },
          decidedAt: { type: Date },
          decidedBy: { type: String },
          decisionReason: { type: String },
          originalDueDate: { type: String, required: true },
        },
        { _id: false },
      ),
    },
    extensionWorkingDays: { type: Number, default: 0, min: 0 },
    closedAt: { type: Date },
    answeredOnTime: { type: Boolean },
    publicationId: { type: Schema.Types.ObjectId },
    contentCheck: {
      type: new Schema(
        {
          status: {
            type: String,
            enum: ['pending', 'done', 'failed', 'skipped'],
            required: true,
          },
          attempts: { type: Number, required: true, default: 0 },
          nextAttemptAt: { type: Date },
          suggest: { type: String, enum: ['pass', 'review', 'risky'] },
          label: { type: Number },
          traceId: { type: String },
          checkedAt: { type: Date },
          lastError: { type: String },
        },
        { _id: false },
      ),
    },
    // --- Sign-off (审核/签发) and 分办意见 (see answer-signoff.ts) ---
    pendingAnswer: {
      type: new Schema(
        {
          status: { type: String, enum: PENDING_ANSWER_STATUSES, required: true },
          kind: { type: String, enum: ['reply', 'decline'], required: true },
          content: { type: String, required: true },
          unit: { type: String, required: true },
          level: { type: String, enum: SIGNOFF_LEVELS, required: true },
          submittedAt: { type: Date, required: true },
          staffId: { type: String, required: true },
          staffName: { type: String, required: true },
          returned: {
            type: new Schema(
              {
                comment: { type: String, required: true },
                at: { type: Date, required: true },
                staffId: { type: String, required: true },
                staffName: { type: String, required: true },
              },
              { _id: false },
            ),
          },
        },
        { _id: false },
      ),
    },
    dispatchNote: {
      type: new Schema(
        {
          text: { type: String, required: true },
          at: { type: Date, required: true },
          staffId: { type: String, required: true },
          staffName: { type: String, required: true },
        },
        { _id: false },
      ),
    },
    // --- end of sign-off fields ---
    // Written and read as a whole by message-outbox.ts; never cast field by field.
    outbox: { type: Schema.Types.Mixed },
    // ── 并单 and anonymous 举报 (issue #22): see the interface above ──
    duplicateOf: {
      type: new Schema(
        {
          messageId: { type: Schema.Types.ObjectId, required: true },
          code: { type: String, required: true },
          title: { type: String, required: true },
          linkedAt: { type: Date, required: true },
          linkedBy: { type: String, required: true },
          linkedByName: { type: String },
        },
        { _id: false },
      ),
    },
    awaitingLead: { type: Boolean },
    duplicateCount: { type: Number, min: 0 },
    anonymous: { type: Boolean },
    // ── Channels (issue #22): see the Message interface ──
    channel: { type: String, enum: MESSAGE_CHANNELS },
    hotlineTicketId: { type: String },
    intake: {
      type: new Schema(
        {
          recordedBy: { type: String, required: true },
          recordedByName: { type: String, required: true },
          recordedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
    },
    // ── end of channels ──
    // ---- Issue #22 part 3: the 欠薪 form (see Message.wageArrears).
    wageArrears: {
      type: new Schema(
        {
          employer: { type: String, required: true },
          siteAddress: { type: String },
          workers: { type: Number },
          amountYuan: { type: Number },
          periodFrom: { type: String },
          periodTo: { type: String },
        },
        { _id: false },
      ),
    },
    // ---- end of issue #22 part 3
    ...searchSchemaFields,
  },
  { collection: 'messages', timestamps: true, strict: 'throw' },
)

messageSchema.index({ code: 1 }, { unique: true })
// Staff queues: by state and urgency, overall and per unit.
messageSchema.index({ status: 1, dueAt: 1 })
messageSchema.index({ unit: 1, status: 1, dueAt: 1 })
// The 已答复 tab, newest first.
messageSchema.index({ status: 1, receivedAt: -1 })
messageSchema.index({ unit: 1, status: 1, receivedAt: -1 })
// The office's queue of extension requests awaiting a decision.
messageSchema.index({ 'extension.status': 1, dueAt: 1 })
messageSchema.index({ unit: 1, 'extension.status': 1, dueAt: 1 })
// 我的留言 of a citizen signed in with WeChat, newest first.
messageSchema.index({ openid: 1, receivedAt: -1 })
// Automatic closing of answered, unrated messages, oldest answers first.
messageSchema.index({ status: 1, 'answer.answeredAt': 1 })
// Content checks due for another attempt (the scheduler).
messageSchema.index({ 'contentCheck.status': 1, 'contentCheck.nextAttemptAt': 1 })
// The office's queue of answers that may be published (回复选登), newest answers first.
messageSchema.index({ allowPublish: 1, status: 1, 'answer.answeredAt': -1 })
// Staff search: by the words of title and text, by the citizen's phone (newest first).
messageSchema.index({ searchWords: 1, receivedAt: -1 })
messageSchema.index({ phone: 1, receivedAt: -1 })

// 并单: the duplicates of a lead (its panel, and giving them its answer).
messageSchema.index({ 'duplicateOf.messageId': 1 }, { sparse: true })
// Channels (issue #22): the inbox filter, and the per-channel figures of a period.
messageSchema.index({ channel: 1, receivedAt: -1 })
messageSchema.index({ receivedDate: 1 })
// The 待签发 tab: answers awaiting sign-off, overall and per unit, by urgency.
messageSchema.index({ 'pendingAnswer.status': 1, dueAt: 1 })
messageSchema.index({ unit: 1, 'pendingAnswer.status': 1, dueAt: 1 })

// Actions whose outbox is still to be written (npm run reconcile, after a crash).
messageSchema.index({ 'outbox.id': 1 }, { sparse: true })

export function messageModel(connection: Connection): Model<Message> {
  return (
    (connection.models.Message as Model<Message> | undefined) ??
    connection.model<Message>('Message', messageSchema)
  )
}
