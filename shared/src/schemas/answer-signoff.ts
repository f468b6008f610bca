import { z } from 'zod'
import { PENDING_ANSWER_STATUSES, SIGNOFF_LEVELS } from '../messages/answer-signoff'
import { countCharacters } from '../text'
import { boundedText } from './text-field'

/** Longest 分办意见 and 退回意见. */
export const SIGNOFF_LIMITS = { dispatchNoteMax: 500, returnCommentMin: 2, returnCommentMax: 500 }

/**
 * 分办意见: the office's optional note to the unit when dispatching or re-dispatching. Staff
 * only; never shown to the citizen or published. An empty field means no note.
 */
export const dispatchNoteSchema = z
  .string({ error: '分办意见格式不正确' })
  .transform((v) => v.trim())
  .refine(
    (v) => countCharacters(v) <= SIGNOFF_LIMITS.dispatchNoteMax,
    `分办意见不能超过${SIGNOFF_LIMITS.dispatchNoteMax}个字`,
  )
  .transform((v) => (v === '' ? undefined : v))
  .optional()

/** POST /staff/messages/{id}/signoff/return: 退回修改, saying what to change. */
export const signoffReturnBodySchema = z.object({
  comment: boundedText(
    '请填写退回意见',
    SIGNOFF_LIMITS.returnCommentMin,
    SIGNOFF_LIMITS.returnCommentMax,
  ),
})
export type SignoffReturnInput = z.input<typeof signoffReturnBodySchema>

/** An answer waiting for sign-off, or sent back to its author, as staff see it. */
export const pendingAnswerViewSchema = z.object({
  status: z.enum(PENDING_ANSWER_STATUSES),
  kind: z.enum(['reply', 'decline']),
  content: z.string(),
  /** Who must approve it, fixed when it was submitted. */
  level: z.enum(SIGNOFF_LEVELS),
  submittedAt: z.string(),
  /** The handler who wrote it. */
  authorName: z.string(),
  /** The latest 退回修改: kept after resubmission, so the approver sees what was asked. */
  returned: z.object({ comment: z.string(), at: z.string(), byName: z.string() }).optional(),
})
export type PendingAnswerView = z.infer<typeof pendingAnswerViewSchema>

/** 分办意见 as the unit's staff see it. */
export const dispatchNoteViewSchema = z.object({
  text: z.string(),
  at: z.string(),
  byName: z.string(),
})
export type DispatchNoteView = z.infer<typeof dispatchNoteViewSchema>
