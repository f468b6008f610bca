import { Schema, type Connection, type HydratedDocument, type Model, type Types } from 'mongoose'
import type { Outbox } from './message-outbox'
import {
  awaitsReply,
  MESSAGE_CATEGORIES,
  EXTENSION_STATUSES,
  MESSAGE_STATUSES,
  type ExtensionStatus,
  type MessageCategory,
  type MessageStatus,
  type WageArrears,
} from '@zhengmin/shared'
import { searchSchemaFields, type SearchFields } from '../search/search'

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
  /**
   * What the last action still has to write elsewhere (history events, counters, publication),
   * set by the same atomic update as the state it describes; removed once written.
   */
  outbox?: Outbox
  // ---- Issue #22 part 3: the 欠薪 form. (Photos live in the attachments collection, linked by
  // messageId, never in the message itself.)
  /** The structured 欠薪 details, when the citizen chose that topic; also appended to `content`. */
  wageArrears?: WageArrears
  // ---- end of issue #22 part 3
  createdAt: Date
  updatedAt: Date
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

/** States in which a reply is still owed, so the deadline still runs. */
export const OPEN_STATUSES: MessageStatus[] = MESSAGE_STATUSES.filter(awaitsReply)

export type MessageDocument = HydratedDocument<Message>

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
    // Written and read as a whole by message-outbox.ts; never cast field by field.
    outbox: { type: Schema.Types.Mixed },
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

// Actions whose outbox is still to be written (npm run reconcile, after a crash).
messageSchema.index({ 'outbox.id': 1 }, { sparse: true })

export function messageModel(connection: Connection): Model<Message> {
  return (
    (connection.models.Message as Model<Message> | undefined) ??
    connection.model<Message>('Message', messageSchema)
  )
}
