import { z } from 'zod'
import { MESSAGE_CATEGORIES } from '../messages/categories'
import { isLookupCode, normalizeLookupCode } from '../messages/lookup-code'
import { MESSAGE_STATUSES } from './message'

/** A 查询码 typed by staff: hyphen, spaces and case do not matter. */
const lookupCodeField = z
  .string({ error: '请填写主办留言的查询码' })
  .max(20, '查询码格式不正确')
  .transform(normalizeLookupCode)
  .refine(isLookupCode, '查询码格式不正确，应为8位字母和数字')

/** POST /staff/messages/{id}/merge: merge this message into the lead with that 查询码 (并单). */
export const mergeBodySchema = z.object({ leadCode: lookupCodeField })
export type MergeInput = z.input<typeof mergeBodySchema>

/** GET /staff/messages/{id}/merge: optionally look up one possible lead by its 查询码. */
export const mergeQuerySchema = z.object({ code: lookupCodeField.optional() })

/** The lead a duplicate is merged into, as staff read it ("已与…合并办理"). */
export const mergeLinkSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  linkedAt: z.string(),
  linkedByName: z.string().optional(),
})
export type MergeLink = z.infer<typeof mergeLinkSchema>

/** A message offered as a lead, or merged into one. */
export const mergeRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  status: z.enum(MESSAGE_STATUSES),
  receivedAt: z.string(),
  unitName: z.string().optional(),
  /** Why it cannot be the lead of this message, when it cannot (Chinese). */
  refusal: z.string().optional(),
})
export type MergeRow = z.infer<typeof mergeRowSchema>

/**
 * What the 并单 panel of a message shows: the lead it is merged into, the messages merged into
 * it, and possible leads (open, unanswered, same category and unit; or the one with `code`).
 */
export const mergeOverviewSchema = z.object({
  duplicateOf: mergeLinkSchema.optional(),
  duplicates: z.array(mergeRowSchema),
  candidates: z.array(mergeRowSchema),
  /** Whether this message may be merged into another now. */
  mergeable: z.boolean(),
  /** Whether it may be separated from its lead now (the lead is still unanswered). */
  unmergeable: z.boolean(),
})
export type MergeOverview = z.infer<typeof mergeOverviewSchema>
