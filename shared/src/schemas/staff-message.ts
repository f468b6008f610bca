import { z } from 'zod'
import { countCharacters } from '../text'
import { unitCodeSchema } from './message'

/** The tabs of the staff inbox. */
export const INBOX_VIEWS = ['unassigned', 'open', 'due-soon', 'overdue', 'answered'] as const
export type InboxView = (typeof INBOX_VIEWS)[number]

/** Query of GET /staff/messages. */
export const staffInboxQuerySchema = z.object({
  view: z.enum(INBOX_VIEWS, { error: '请选择正确的列表' }).default('open'),
  unit: unitCodeSchema.optional(),
  /** Opaque position returned as nextCursor by the previous page. */
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, '分页参数不正确')
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})

const text = (required: string, min: number, max: number) =>
  z
    .string({ error: required })
    .transform((v) => v.trim())
    .refine((v) => countCharacters(v) >= min, min > 1 ? `至少${min}个字` : required)
    .refine((v) => countCharacters(v) <= max, `不能超过${max}个字`)

/** POST /staff/messages/{id}/assign: the office dispatches to a unit. */
export const assignBodySchema = z.object({ unit: unitCodeSchema })
/** POST /staff/messages/{id}/transfer: hand over to the right unit, saying why. */
export const transferBodySchema = z.object({
  unit: unitCodeSchema,
  reason: text('请填写转办理由', 2, 500),
})
/** POST /staff/messages/{id}/notes: an internal note, never shown to the citizen. */
export const noteBodySchema = z.object({ text: text('请填写备注内容', 1, 2000) })
/** POST /staff/messages/{id}/reply: the answer the citizen reads. */
export const replyBodySchema = z.object({ content: text('请填写答复内容', 10, 5000) })
/** POST /staff/messages/{id}/decline: 不予受理, with the reason the citizen reads. */
export const declineBodySchema = z.object({ reason: text('请填写不予受理的理由', 5, 1000) })
