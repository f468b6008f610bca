import { z } from 'zod'
import { MESSAGE_CATEGORIES } from '../messages/categories'
import { countCharacters } from '../text'
import { phoneSchema } from './phone'
import { wageArrearsSchema } from './wage-arrears'
import { attachmentTokensSchema } from './attachment'

/** Limits of a message, shared by the form (counters, hints) and the server (validation). */
export const MESSAGE_LIMITS = {
  titleMax: 50,
  contentMin: 10,
  contentMax: 2000,
  nameMax: 20,
} as const

/** Unit codes are lowercase words joined by hyphens ("social-insurance"). */
export const unitCodeSchema = z
  .string({ error: '请选择正确的经办科室' })
  .regex(/^[a-z][a-z-]{1,39}$/, '请选择正确的经办科室')

const trimmed = (requiredMessage: string) =>
  z.string({ error: requiredMessage }).transform((value) => value.trim())

/** The body of POST /messages: what a citizen submits as a 网民留言. */
export const newMessageSchema = z.object({
  /** 咨询 / 投诉 / 举报 / 建议 */
  category: z.enum(MESSAGE_CATEGORIES, { error: '请选择留言类型' }),
  /** Short subject line. */
  title: trimmed('请填写留言标题')
    .refine((v) => v.length > 0, '请填写留言标题')
    .refine(
      (v) => countCharacters(v) <= MESSAGE_LIMITS.titleMax,
      `标题不能超过${MESSAGE_LIMITS.titleMax}个字`,
    ),
  /** The message itself. */
  content: trimmed('请填写留言内容')
    .refine(
      (v) => countCharacters(v) >= MESSAGE_LIMITS.contentMin,
      `留言内容至少${MESSAGE_LIMITS.contentMin}个字`,
    )
    .refine(
      (v) => countCharacters(v) <= MESSAGE_LIMITS.contentMax,
      `留言内容不能超过${MESSAGE_LIMITS.contentMax}个字`,
    ),
  /** The citizen's name; optional, never published. */
  name: trimmed('姓名格式不正确')
    .refine(
      (v) => countCharacters(v) <= MESSAGE_LIMITS.nameMax,
      `姓名不能超过${MESSAGE_LIMITS.nameMax}个字`,
    )
    .optional()
    .transform((v) => (v ? v : undefined)),
  /** Contact phone; never published. */
  phone: phoneSchema,
  /** The unit the citizen thinks should answer; a suggestion for the office. */
  unit: unitCodeSchema.optional(),
  /** Whether the citizen allows the answer to be published (redacted) in 回复选登. */
  allowPublish: z.boolean({ error: '请选择是否同意公开' }).default(false),
  /**
   * The citizen accepted WeChat's subscribe prompt for the answer notice (mini-program, signed
   * in with WeChat); ignored without a WeChat login.
   */
  notifyOnAnswer: z.boolean({ error: '订阅设置不正确' }).default(false),
  /** The citizen accepted the privacy notice; submission is refused without it. */
  consent: z.literal(true, { error: '请阅读并同意《隐私保护说明》' }),
  /**
   * 举报 only (checked by `anonymityRefusal`): hide the citizen's name and phone from the
   * handling unit; the office still sees them. Only `true` is kept, so a submission without it
   * hashes as before (idempotency).
   */
  anonymous: z
    .boolean({ error: '匿名设置不正确' })
    .optional()
    .transform((v) => (v ? true : undefined)),
  // Issue #22 part 3 (attachments and the 欠薪 form): both optional, so earlier bodies (and
  // their idempotency hashes) stay as they were.
  /** The 欠薪 details, when the citizen chose that topic. */
  wageArrears: wageArrearsSchema.optional(),
  /** Upload tokens of the photos sent with the message (POST /attachments), at most six. */
  attachments: attachmentTokensSchema.optional(),
})

/** A validated new message (after normalization). */
export type NewMessage = z.infer<typeof newMessageSchema>
/** What the form sends before validation. */
export type NewMessageInput = z.input<typeof newMessageSchema>

/** Lifecycle states of a message (the state machine lives in messages/lifecycle). */
export const MESSAGE_STATUSES = [
  'submitted',
  'assigned',
  'replied',
  'declined',
  'reopened',
  'closed',
] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

/** Chinese names of the states, as citizens and staff read them. */
export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  submitted: '已提交',
  assigned: '办理中',
  replied: '已答复',
  declined: '不予受理',
  reopened: '追问办理中',
  closed: '已办结',
}

/** The answer to a successful submission. */
export const submittedMessageSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  receivedAt: z.string(),
  receivedDate: z.string(),
  dueDate: z.string(),
  dueAt: z.string(),
  provisional: z.boolean(),
})
export type SubmittedMessage = z.infer<typeof submittedMessageSchema>
