import { z } from 'zod'
import { conversationSchema } from './conversation'
import { MESSAGE_CATEGORIES } from '../messages/categories'
import { normalizeLookupCode, isLookupCode } from '../messages/lookup-code'
import { countCharacters } from '../text'
import { MESSAGE_STATUSES } from './message'
import { pageQueryFields, pageSchema } from './page'
import { phoneSchema } from './phone'
import { attachmentTokensSchema } from './attachment'

/** A lookup code as a citizen types it: normalized, then checked for shape. */
export const lookupCodeSchema = z
  .string({ error: '请填写查询码' })
  .transform(normalizeLookupCode)
  .refine(isLookupCode, '查询码应为 8 位字母和数字')

/** Query of GET /messages/lookup: the code plus the phone given with the message. */
export const messageLookupQuerySchema = z.object({
  code: lookupCodeSchema,
  phone: phoneSchema,
})

/** The five 好差评 levels: 5 非常满意 … 1 非常不满意. */
export const RATING_LEVEL_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
}

const ratingFields = {
  level: z
    .number({ error: '请选择评价等级' })
    .int()
    .min(1, '请选择评价等级')
    .max(5, '请选择评价等级'),
  comment: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => countCharacters(v) <= 500, '评价内容不能超过500个字')
    .optional(),
}
const commentForLowLevels = {
  path: ['comment'],
  message: '选择“不满意”或“非常不满意”时，请写明原因',
}
const lowLevelHasComment = (body: { level: number; comment?: string | undefined }) =>
  body.level > 2 || (body.comment ?? '').length > 0

/** Body of POST /messages/{code}/rating. A comment is required for the two lowest levels. */
export const messageRatingSchema = z
  .object({ phone: phoneSchema, ...ratingFields })
  .refine(lowLevelHasComment, commentForLowLevels)

/** Body of POST /me/messages/{code}/rating: the WeChat login proves ownership, not the phone. */
export const myMessageRatingSchema = z
  .object(ratingFields)
  .refine(lowLevelHasComment, commentForLowLevels)

const followUpContent = z
  .string({ error: '请填写追问内容' })
  .transform((v) => v.trim())
  .refine((v) => countCharacters(v) >= 5, '追问内容至少5个字')
  .refine((v) => countCharacters(v) <= 1000, '追问内容不能超过1000个字')

/** Upload tokens of photos sent with the 追问 (issue #22 part 3), at most six. */
const followUpPhotos = attachmentTokensSchema.optional()

/** Body of POST /messages/{code}/follow-up: the citizen's further question (追问), once. */
export const messageFollowUpSchema = z.object({
  phone: phoneSchema,
  content: followUpContent,
  attachments: followUpPhotos,
})

/** Body of POST /me/messages/{code}/follow-up. */
export const myMessageFollowUpSchema = z.object({
  content: followUpContent,
  attachments: followUpPhotos,
})

/** Body of POST /auth/wechat: the code wx.login gave the mini-program. */
export const wechatLoginSchema = z.object({
  code: z
    .string({ error: '缺少微信登录凭证' })
    .regex(/^[A-Za-z0-9_-]{1,128}$/, '微信登录凭证格式不正确'),
})

/** Query of GET /me/messages. */
export const myMessagesQuerySchema = z.object(pageQueryFields)

/** One row of 我的留言. */
export const myMessageListItemSchema = z.object({
  code: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  title: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  receivedAt: z.string(),
  dueDate: z.string(),
  provisional: z.boolean(),
})
export type MyMessageListItem = z.infer<typeof myMessageListItemSchema>
export const myMessagePageSchema = pageSchema(myMessageListItemSchema)
export type MyMessagePage = z.infer<typeof myMessagePageSchema>

/** One entry of the public history a citizen sees (never internal notes). */
export const citizenHistoryEntrySchema = z.object({
  type: z.string(),
  at: z.string(),
  /** Chinese description, e.g. "已转交市社保局办理". */
  label: z.string(),
})

/** What a citizen sees of their own message: their own words unredacted, no staff internals. */
export const citizenMessageViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  title: z.string(),
  content: z.string(),
  name: z.string().optional(),
  status: z.enum(MESSAGE_STATUSES),
  receivedAt: z.string(),
  dueDate: z.string(),
  dueAt: z.string(),
  provisional: z.boolean(),
  /** Name of the unit handling it, once dispatched. */
  unitName: z.string().optional(),
  /** The latest answer: a reply, or a decline (不予受理) with its reason; all are in `conversation`. */
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
  canRate: z.boolean(),
  canFollowUp: z.boolean(),
  history: z.array(citizenHistoryEntrySchema),
})
export type CitizenMessageView = z.infer<typeof citizenMessageViewSchema>
export type MessageRatingInput = z.input<typeof messageRatingSchema>
export type MessageFollowUpInput = z.input<typeof messageFollowUpSchema>
export type MyMessageRatingInput = z.input<typeof myMessageRatingSchema>
export type MyMessageFollowUpInput = z.input<typeof myMessageFollowUpSchema>
