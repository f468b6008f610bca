import { z } from 'zod'
import { MESSAGE_CATEGORIES } from '../messages/categories'
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from '../privacy/types'
import { countCharacters, stripInvisibleCharacters } from '../text'
import { unitCodeSchema } from './message'
import { pageQueryFields, pageSchema } from './page'
import { boundedText } from './text-field'
import { contentCheckViewSchema } from './content-check'

/** Limits of a publication (回复选登), shared by the office editor and the server. */
export const PUBLICATION_LIMITS = {
  titleMin: 4,
  titleMax: 50,
  questionMin: 10,
  questionMax: 2000,
  answerMin: 10,
  answerMax: 5000,
  /** The citizen's 追问, as its own form allows it. */
  followUpMin: 5,
  followUpMax: 1000,
  /** Longest keyword a citizen may search for. */
  searchMax: 30,
  /** Most publications the office may publish in one batch. */
  batchMax: 20,
  /** Characters of the question shown in list rows. */
  excerptLength: 80,
} as const

/** Chinese names of the kinds of personal data, for the editor and the refusal message. */
export const PERSONAL_DATA_KIND_LABELS: Record<PersonalDataKind, string> = {
  mobile: '手机号码',
  landline: '固定电话',
  'id-card': '身份证号码',
  'bank-card': '银行卡号',
  email: '电子邮箱',
  'author-name': '留言人姓名',
  'author-phone': '留言人电话',
  'person-name': '人名',
  address: '住址',
  'wechat-id': '微信号',
  qq: 'QQ号码',
  plate: '车牌号码',
  'social-security-number': '社会保障号码',
}

/**
 * The publishable parts of a publication, in reading order, each scanned for personal data:
 * the question and its (first) answer, and, when the office includes them, the citizen's 追问
 * and the answer to it.
 */
export const PUBLICATION_FIELDS = [
  'title',
  'question',
  'answer',
  'followUp',
  'followUpAnswer',
] as const
export type PublicationField = (typeof PUBLICATION_FIELDS)[number]
/** The parts a publication may leave out: the 追问 and its answer go together or not at all. */
export const OPTIONAL_PUBLICATION_FIELDS = ['followUp', 'followUpAnswer'] as const

/** A MongoDB id as it appears in URLs and bodies. */
export const objectIdSchema = z
  .string({ error: '缺少编号' })
  .regex(/^[0-9a-f]{24}$/i, '编号格式不正确')
  .transform((v) => v.toLowerCase())

/**
 * A publishable field: never stored with zero-width or bidirectional control characters, which
 * could hide a name or a phone number from the check and from the reader alike.
 */
const publishable = (required: string, min: number, max: number) =>
  z
    .string({ error: required })
    .transform(stripInvisibleCharacters)
    .pipe(boundedText(required, min, max))

const publishableText = {
  title: publishable('请填写标题', PUBLICATION_LIMITS.titleMin, PUBLICATION_LIMITS.titleMax),
  question: publishable(
    '请填写公开的留言内容',
    PUBLICATION_LIMITS.questionMin,
    PUBLICATION_LIMITS.questionMax,
  ),
  answer: publishable(
    '请填写公开的答复内容',
    PUBLICATION_LIMITS.answerMin,
    PUBLICATION_LIMITS.answerMax,
  ),
  followUp: publishable(
    '请填写公开的追问内容',
    PUBLICATION_LIMITS.followUpMin,
    PUBLICATION_LIMITS.followUpMax,
  ).optional(),
  followUpAnswer: publishable(
    '请填写公开的再次答复内容',
    PUBLICATION_LIMITS.answerMin,
    PUBLICATION_LIMITS.answerMax,
  ).optional(),
}

const followUpComplete = (text: {
  followUp?: string | undefined
  followUpAnswer?: string | undefined
}) => (text.followUp === undefined) === (text.followUpAnswer === undefined)
const followUpIncomplete = {
  path: ['followUpAnswer'],
  message: '追问和再次答复需一并公开',
}

/** POST /staff/publications/check: scan a draft for personal data (with the author's details). */
export const publicationCheckBodySchema = z
  .object({ messageId: objectIdSchema, ...publishableText })
  .refine(followUpComplete, followUpIncomplete)

/** Publishing in spite of findings: the office's recorded reason. */
export const publicationOverrideSchema = z.object({
  reason: boundedText('请填写仍要发布的理由', 5, 500),
})

/** POST /staff/publications: one message's redacted question and answer, made public. */
export const publicationBodySchema = z
  .object({
    messageId: objectIdSchema,
    ...publishableText,
    override: publicationOverrideSchema.optional(),
  })
  .refine(followUpComplete, followUpIncomplete)

/** POST /staff/publications/batch: several at once; all are published or none. */
export const publicationBatchBodySchema = z.object({
  items: z
    .array(publicationBodySchema, { error: '请选择要发布的留言' })
    .min(1, '请选择要发布的留言')
    .max(PUBLICATION_LIMITS.batchMax, `一次最多发布${PUBLICATION_LIMITS.batchMax}条`)
    .refine(
      (items) => new Set(items.map((item) => item.messageId)).size === items.length,
      '同一条留言不能重复发布',
    ),
})

/** DELETE /staff/publications/{id}: hide a publication, saying why (it is kept). */
export const unpublishBodySchema = z.object({
  reason: boundedText('请填写撤下理由', 5, 500),
})

/** A keyword as typed: trimmed; an empty box means no search. */
const keywordSchema = z
  .string()
  .transform((v) => v.trim())
  .refine(
    (v) => countCharacters(v) <= PUBLICATION_LIMITS.searchMax,
    `搜索词不能超过${PUBLICATION_LIMITS.searchMax}个字`,
  )
  .transform((v) => (v === '' ? undefined : v))

/** Query of GET /publications: newest first, filtered by category, unit and keyword. */
export const publicationsQuerySchema = z.object({
  category: z.enum(MESSAGE_CATEGORIES, { error: '请选择正确的留言类型' }).optional(),
  unit: unitCodeSchema.optional(),
  q: keywordSchema.optional(),
  ...pageQueryFields,
})
export type PublicationsQuery = z.input<typeof publicationsQuerySchema>

/** States of a publication: public, or hidden by the office with a reason. */
export const PUBLICATION_STATUSES = ['published', 'hidden'] as const
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number]

/** Query of GET /staff/publications: the office's list of published or hidden items. */
export const staffPublicationsQuerySchema = z.object({
  status: z.enum(PUBLICATION_STATUSES, { error: '请选择正确的列表' }).default('published'),
  ...pageQueryFields,
})

/** Query of GET /staff/publications/candidates: answered messages that may be published. */
export const publicationCandidatesQuerySchema = z.object({ ...pageQueryFields })

/** One piece of personal data found in a field of a draft. */
export const publicationFindingSchema = z.object({
  field: z.enum(PUBLICATION_FIELDS),
  kind: z.enum(PERSONAL_DATA_KINDS as [PersonalDataKind, ...PersonalDataKind[]]),
  /** UTF-16 offsets in that field's text. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** The masked text proposed in its place. */
  suggestion: z.string(),
})
export type PublicationFinding = z.infer<typeof publicationFindingSchema>

/** Answer of POST /staff/publications/check. */
export const publicationCheckResultSchema = z.object({
  findings: z.array(publicationFindingSchema),
})
export type PublicationCheckResult = z.infer<typeof publicationCheckResultSchema>

/** A row of the public list: the title and the start of the question. */
export const publicationListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  excerpt: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  unit: z.string().optional(),
  unitName: z.string().optional(),
  /** Beijing dates of the answer and of publication. */
  answeredDate: z.string(),
  publishedDate: z.string(),
})
export type PublicationListItem = z.infer<typeof publicationListItemSchema>

export const publicationPageSchema = pageSchema(publicationListItemSchema).extend({
  /** With a keyword: the words a match may show (the keyword's words, synonyms and parts), to highlight. */
  words: z.array(z.string()).optional(),
})
export type PublicationPage = z.infer<typeof publicationPageSchema>

/** What the public reads: never the author's name, phone, WeChat identity or lookup code. */
export const publicationSchema = publicationListItemSchema.omit({ excerpt: true }).extend({
  question: z.string(),
  /** The first answer (答复日期 is its date). */
  answer: z.string(),
  /** The citizen's 追问 and the answer to it, with its date, when the office published them. */
  followUp: z.string().optional(),
  followUpAnswer: z.string().optional(),
  followUpAnsweredDate: z.string().optional(),
})
export type Publication = z.infer<typeof publicationSchema>

/** The office's view: the public text plus who published it and, if hidden, why. */
export const staffPublicationSchema = publicationSchema.extend({
  messageId: z.string(),
  status: z.enum(PUBLICATION_STATUSES),
  publishedAt: z.string(),
  publishedBy: z.string(),
  /** Set when the office published in spite of findings. */
  override: z
    .object({ reason: z.string(), kinds: z.array(z.enum(PERSONAL_DATA_KINDS)) })
    .optional(),
  hidden: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
})
export type StaffPublication = z.infer<typeof staffPublicationSchema>

export const staffPublicationPageSchema = pageSchema(staffPublicationSchema)
export type StaffPublicationPage = z.infer<typeof staffPublicationPageSchema>

/** An answered message whose author allowed publication and that is not public yet. */
export const publicationCandidateSchema = z.object({
  messageId: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  title: z.string(),
  unit: z.string().optional(),
  unitName: z.string().optional(),
  answeredDate: z.string(),
  /** Hidden before: republishing is possible, the earlier hiding stays in the history. */
  previouslyHidden: z.boolean(),
})
export type PublicationCandidate = z.infer<typeof publicationCandidateSchema>

export const publicationCandidatePageSchema = pageSchema(publicationCandidateSchema)
export type PublicationCandidatePage = z.infer<typeof publicationCandidatePageSchema>

/** The publishable text of a draft: the exchange in order, the 追问 part only when there is one. */
const publicationTextSchema = z.object({
  title: z.string(),
  question: z.string(),
  answer: z.string(),
  followUp: z.string().optional(),
  followUpAnswer: z.string().optional(),
})

/**
 * GET /staff/publications/draft/{messageId}: the original beside a proposed publishable text
 * (every finding masked, the author's own name and phone included) and the findings of the
 * original, for highlighting. The author's name and phone themselves are not sent.
 */
export const publicationDraftSchema = z.object({
  messageId: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  unit: z.string().optional(),
  unitName: z.string().optional(),
  answeredDate: z.string(),
  /** Date of the answer to the 追问, when the message has one (the draft then offers both). */
  followUpAnsweredDate: z.string().optional(),
  original: publicationTextSchema,
  originalFindings: z.array(publicationFindingSchema),
  proposal: publicationTextSchema,
  /** The bureau's public numbers and addresses, which the editor's own check leaves alone too. */
  publicContacts: z
    .object({ phoneNumbers: z.array(z.string()), addresses: z.array(z.string()) })
    .optional(),
  /** WeChat's content-security check of the citizen's text (schemas/content-check.ts). */
  contentCheck: contentCheckViewSchema.optional(),
})
export type PublicationDraft = z.infer<typeof publicationDraftSchema>

/** Answer of a batch: the publications made, in the order asked. */
export const publicationBatchResultSchema = z.object({ items: z.array(staffPublicationSchema) })
export type PublicationBatchResult = z.infer<typeof publicationBatchResultSchema>

export type PublicationInput = z.input<typeof publicationBodySchema>
export type PublicationCheckInput = z.input<typeof publicationCheckBodySchema>
export type UnpublishInput = z.input<typeof unpublishBodySchema>
