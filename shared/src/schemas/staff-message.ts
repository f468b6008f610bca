import { z } from 'zod'
import { wageArrearsSchema } from './wage-arrears'
import { conversationSchema } from './conversation'
import { mergeLinkSchema } from './merge'
import { MESSAGE_CATEGORIES } from '../messages/categories'
import { MESSAGE_CHANNELS } from '../intake/channels'
import { MESSAGE_STATUSES, unitCodeSchema } from './message'
import { pageQueryFields, pageSchema } from './page'
import { boundedText } from './text-field'
import { countCharacters } from '../text'
import {
  dispatchNoteSchema,
  dispatchNoteViewSchema,
  pendingAnswerViewSchema,
} from './answer-signoff'
import { PENDING_ANSWER_STATUSES, SIGNOFF_LEVELS } from '../messages/answer-signoff'

/**
 * The tabs of the staff inbox. `extensions` lists open messages whose extension request
 * awaits the office's decision; `signoff` (待签发) answers awaiting sign-off.
 */
export const INBOX_VIEWS = [
  'unassigned',
  'open',
  'due-soon',
  'overdue',
  'answered',
  'extensions',
  'signoff',
] as const
export type InboxView = (typeof INBOX_VIEWS)[number]

/** Longest staff search: a 查询码, a phone number or some words. */
export const STAFF_SEARCH_MAX = 50

const receivedDate = z.iso.date({ error: '日期须为 YYYY-MM-DD 格式的有效日期' })

/**
 * Query of GET /staff/messages. A tab (`view`, 办理中 by default); with `q`, a category or
 * received dates (Beijing) every state unless a tab is given too. `q` is a 查询码 (with or
 * without the hyphen), the citizen's phone, or words of the title and text.
 */
export const staffInboxQuerySchema = z
  .object({
    view: z.enum(INBOX_VIEWS, { error: '请选择正确的列表' }).optional(),
    unit: unitCodeSchema.optional(),
    q: z
      .string({ error: '搜索内容格式不正确' })
      .transform((v) => v.trim())
      .refine(
        (v) => countCharacters(v) <= STAFF_SEARCH_MAX,
        `搜索内容不能超过${STAFF_SEARCH_MAX}个字`,
      )
      .transform((v) => (v === '' ? undefined : v))
      .optional(),
    category: z.enum(MESSAGE_CATEGORIES, { error: '请选择正确的留言类型' }).optional(),
    /** How the message came (来源渠道), e.g. only 12345 工单. */
    channel: z.enum(MESSAGE_CHANNELS, { error: '请选择正确的来源渠道' }).optional(),
    from: receivedDate.optional(),
    to: receivedDate.optional(),
    ...pageQueryFields,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: '结束日期不能早于开始日期',
  })

/** POST /staff/messages/{id}/assign: the office dispatches to a unit. */
export const assignBodySchema = z.object({ unit: unitCodeSchema, dispatchNote: dispatchNoteSchema })
/** POST /staff/messages/{id}/transfer: hand over to the right unit, saying why. */
export const transferBodySchema = z.object({
  unit: unitCodeSchema,
  reason: boundedText('请填写转办理由', 2, 500),
  /** The office re-dispatching may give new 分办意见. */
  dispatchNote: dispatchNoteSchema,
})
/** POST /staff/messages/{id}/notes: an internal note, never shown to the citizen. */
export const noteBodySchema = z.object({ text: boundedText('请填写备注内容', 1, 2000) })
/** POST /staff/messages/{id}/reply: the answer the citizen reads. */
export const replyBodySchema = z.object({ content: boundedText('请填写答复内容', 10, 5000) })
/** POST /staff/messages/{id}/decline: 不予受理, with the reason the citizen reads. */
export const declineBodySchema = z.object({ reason: boundedText('请填写不予受理的理由', 5, 1000) })

/** POST /staff/messages/{id}/extension: the unit asks for more working days, before the deadline. */
export const extensionBodySchema = z.object({
  /** How many working days to add to the deadline in force. */
  workingDays: z
    .number({ error: '请填写延期的工作日数' })
    .int('延期天数应为整数')
    .min(1, '延期至少1个工作日')
    .max(20, '延期不能超过20个工作日'),
  /** Why the unit needs more time; the office reads it. */
  reason: boundedText('请填写延期理由', 5, 500),
})
/** POST /staff/messages/{id}/extension/approve|refuse: the office's decision, optionally explained. */
export const extensionDecisionBodySchema = z.object({
  reason: boundedText('请填写理由', 1, 500).optional(),
})

/** States of an extension request. */
export const EXTENSION_STATUSES = ['requested', 'approved', 'refused'] as const
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number]

/** How urgent an inbox row is: answered, overdue, due today or the next working day, or normal. */
export const URGENCIES = ['normal', 'due-soon', 'overdue', 'answered'] as const
export type Urgency = (typeof URGENCIES)[number]

/** One row of the staff inbox. */
export const staffMessageListItemSchema = z.object({
  id: z.string(),
  /** The citizen's lookup code (查询码), for phone enquiries. */
  code: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  title: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  /** The unit the message is dispatched to; none while it waits for the office. */
  unit: z.string().optional(),
  unitName: z.string().optional(),
  receivedAt: z.string(),
  /** Deadline in force (Beijing date), including an approved extension. */
  dueDate: z.string(),
  dueAt: z.string(),
  /** The deadline counts days of a year whose official schedule is not loaded yet. */
  provisional: z.boolean(),
  /** Working days from today to the deadline: 0 on the due date, negative once overdue. */
  workingDaysLeft: z.number().int(),
  urgency: z.enum(URGENCIES),
  /** The deadline was moved by an approved extension. */
  extended: z.boolean(),
  /** State of the latest extension request of the running clock, if any. */
  extensionStatus: z.enum(EXTENSION_STATUSES).optional(),
  /** 并单: the 查询码 of the lead this message is merged into (已与…合并办理). */
  mergedIntoCode: z.string().optional(),
  /** How the message came (来源渠道); older servers leave it out (then: the app). */
  channel: z.enum(MESSAGE_CHANNELS).optional(),
  /** The 12345 工单号 of a message that came as a 12345 工单. */
  hotlineTicketId: z.string().optional(),
  /** An answer awaits sign-off (待签发) or was sent back to its author (退回修改). */
  signoff: z.enum(PENDING_ANSWER_STATUSES).optional(),
})
export type StaffMessageListItem = z.infer<typeof staffMessageListItemSchema>

/** One page of an inbox view; pass `nextCursor` back as `cursor` for the next page. */
export const staffMessagePageSchema = pageSchema(staffMessageListItemSchema)
export type StaffMessagePage = z.infer<typeof staffMessagePageSchema>

/** One entry of the history staff see; `internal` entries never reach the citizen. */
export const staffHistoryEntrySchema = z.object({
  id: z.string(),
  type: z.string(),
  at: z.string(),
  /** The staff member's display name, for staff events. */
  actorName: z.string().optional(),
  actorKind: z.enum(['citizen', 'staff', 'system']),
  fromStatus: z.enum(MESSAGE_STATUSES).optional(),
  toStatus: z.enum(MESSAGE_STATUSES).optional(),
  /** Chinese description, e.g. "由法规科转交市社保局". */
  label: z.string(),
  internal: z.boolean(),
  /** The note or reason written with the action, if any. */
  text: z.string().optional(),
})
export type StaffHistoryEntry = z.infer<typeof staffHistoryEntrySchema>

/** The full record staff work from: the citizen's contact details, answer, extension, history. */
export const staffMessageDetailSchema = staffMessageListItemSchema.extend({
  content: z.string(),
  name: z.string().optional(),
  /** Absent only when `contactHidden` (an anonymous 举报 read by the handling unit). */
  phone: z.string().optional(),
  // ── 并单 and anonymous 举报 (issue #22): see messages/duplicates.ts and anonymity.ts ──
  /** The author of this 举报 hid their name and phone from the handling unit. */
  anonymous: z.boolean().optional(),
  /** This reader may not see the name and phone: show 匿名 in their place. */
  contactHidden: z.boolean().optional(),
  /** The lead this message is merged into (已与…合并办理). */
  duplicateOf: mergeLinkSchema.optional(),
  /** Merged and waiting for the lead's answer: it is handled through the lead. */
  awaitingLead: z.boolean().optional(),
  /** Other messages are merged into this one, and take its answer. */
  isLead: z.boolean().optional(),
  /** The unit the citizen suggested. */
  suggestedUnit: z.string().optional(),
  /**
   * While awaiting dispatch: the unit to pre-select, because the citizen chose it or a routing
   * rule's keyword matched. A suggestion; the office decides.
   */
  routingSuggestion: z
    .object({
      unit: z.string(),
      unitName: z.string(),
      reason: z.enum(['citizen', 'rule']),
      keyword: z.string().optional(),
    })
    .optional(),
  allowPublish: z.boolean(),
  /** Issue #22 part 3: the 欠薪 details, when the citizen chose that topic (also in `content`). */
  wageArrears: wageArrearsSchema.optional(),
  /** The latest extension request of the running clock and its outcome. */
  extension: z
    .object({
      workingDays: z.number().int(),
      reason: z.string(),
      status: z.enum(EXTENSION_STATUSES),
      requestedAt: z.string(),
      /** The deadline before any extension of the running clock. */
      originalDueDate: z.string(),
    })
    .optional(),
  answer: z
    .object({
      kind: z.enum(['reply', 'decline']),
      content: z.string(),
      answeredAt: z.string(),
      unitName: z.string().optional(),
    })
    .optional(),
  /** The whole exchange in order: question, every answer and follow-up, each with its time. */
  conversation: conversationSchema,
  /** The follow-up (追问), also in `conversation`; kept for older clients. */
  followUp: z.object({ content: z.string(), at: z.string() }).optional(),
  rating: z
    .object({ level: z.number(), comment: z.string().optional(), ratedAt: z.string() })
    .optional(),
  /** Whether the first answer came by the deadline then in force; absent until answered. */
  onTime: z.boolean().optional(),
  /** Who must sign off the unit's answers now; absent when nobody must. */
  signoffLevel: z.enum(SIGNOFF_LEVELS).optional(),
  /** An answer held for sign-off, not yet seen by the citizen. */
  pendingAnswer: pendingAnswerViewSchema.optional(),
  /** The office's 分办意见 to the unit; staff only. */
  dispatchNote: dispatchNoteViewSchema.optional(),
  history: z.array(staffHistoryEntrySchema),
})
export type StaffMessageDetail = z.infer<typeof staffMessageDetailSchema>

/** Inputs of the staff actions, as forms send them. */
export type AssignInput = z.input<typeof assignBodySchema>
export type TransferInput = z.input<typeof transferBodySchema>
export type NoteInput = z.input<typeof noteBodySchema>
export type ReplyInput = z.input<typeof replyBodySchema>
export type DeclineInput = z.input<typeof declineBodySchema>
export type ExtensionInput = z.input<typeof extensionBodySchema>
export type ExtensionDecisionInput = z.input<typeof extensionDecisionBodySchema>
export type StaffInboxQuery = z.input<typeof staffInboxQuerySchema>
