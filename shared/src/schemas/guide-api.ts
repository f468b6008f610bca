import { z } from 'zod'
import { GUIDE_THEMES, guideDateSchema, guideSchema, type Guide } from '../guides/schema'
import { DISCLOSURE_STATES } from '../guides/disclosure'
import { countCharacters } from '../text'
import { pageQueryFields } from './page'
import { boundedText } from './text-field'

/** Query of GET /guides: a theme and words to look for in the names. */
export const guidesQuerySchema = z.object({
  theme: z.enum(GUIDE_THEMES, { error: '请选择正确的主题' }).optional(),
  q: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => countCharacters(v) <= 30, '搜索词不能超过30个字')
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
})

/** A guide's slug as it appears in URLs. */
export const guideSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '指南不存在')
  .max(60, '指南不存在')

/** Levels for which a comment is required: 不满意 and 非常不满意. */
export const GUIDE_RATING_COMMENT_REQUIRED_BELOW = 3

/** POST /guides/{slug}/ratings: 1–5, with a comment for the two lowest levels. */
export const guideRatingBodySchema = z
  .object({
    level: z
      .number({ error: '请选择评价等级' })
      .int('请选择评价等级')
      .min(1, '请选择评价等级')
      .max(5, '请选择评价等级'),
    comment: z
      .string()
      .transform((v) => v.trim())
      .refine((v) => countCharacters(v) <= 500, '评价内容不能超过500个字')
      .optional(),
  })
  .refine((body) => body.level >= GUIDE_RATING_COMMENT_REQUIRED_BELOW || !!body.comment, {
    error: '选择“不满意”或“非常不满意”时，请写下原因，便于我们改进',
    path: ['comment'],
  })
export type GuideRatingInput = z.input<typeof guideRatingBodySchema>

/** The anonymous device id the app sends with a rating when not signed in with WeChat. */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '设备标识不正确')

/** Satisfaction with a guide: how many rated, the share of 满意 and 非常满意, counts per level. */
export const guideSatisfactionSchema = z.object({
  rated: z.number().int(),
  /** Share (0–1) of levels 4 and 5 among the ratings; null below `minSample` ratings (样本不足). */
  satisfiedShare: z.number().nullable(),
  /** Ratings per level, index 0 = level 1. */
  byLevel: z.array(z.number().int()).length(5),
  /** Fewest ratings behind a share (the dashboard's 样本不足 rule, STATS_MIN_SAMPLE). */
  minSample: z.number().int(),
})
export type GuideSatisfaction = z.infer<typeof guideSatisfactionSchema>

/** A row of the guide list. */
export const guideListItemSchema = z.object({
  slug: z.string(),
  seedItem: z.number().int(),
  officialName: z.string(),
  shortName: z.string(),
  theme: z.enum(GUIDE_THEMES),
  unit: z.string(),
  unitName: z.string().optional(),
  version: z.number().int(),
  lastChangedOn: z.string(),
  /** Every part is filled in (otherwise some say 待与经办科室确认). */
  complete: z.boolean(),
  /** Parts verified in full, of `partsTotal` (shown as 已核实 5/7 部分). */
  partsVerified: z.number().int(),
  partsTotal: z.number().int(),
})
export type GuideListItem = z.infer<typeof guideListItemSchema>

/** GET /guides/{slug}: the guide, its responsible unit's name and its satisfaction. */
export interface GuideDetail {
  guide: Guide
  unitName?: string
  satisfaction: GuideSatisfaction
}

/** Where a guide stands against the 20-working-day disclosure rule. */
export const disclosureStatusSchema = z.object({
  state: z.enum(DISCLOSURE_STATES),
  dueDate: z.string().optional(),
  workingDaysLeft: z.number().int().optional(),
})

/** A row of the office's guide list. */
export const staffGuideListItemSchema = guideListItemSchema.extend({
  disclosure: disclosureStatusSchema,
  /** The recorded underlying change not yet reflected in the guide. */
  pendingChange: z.object({ effectiveOn: z.string(), note: z.string() }).optional(),
  /** Low ratings (≤ 2) still awaiting the office's response. */
  openLowRatings: z.number().int(),
})
export type StaffGuideListItem = z.infer<typeof staffGuideListItemSchema>

/** PUT /staff/guides/{slug}: a new version, based on the version the editor loaded. */
export const guideUpdateBodySchema = z.object({
  baseVersion: z.number({ error: '缺少版本号' }).int().min(1),
  guide: guideSchema,
  /** What changed, in a sentence, for the history. */
  summary: boundedText('请简要说明本次修改', 2, 200),
})
export type GuideUpdateInput = z.input<typeof guideUpdateBodySchema>

/** POST /staff/guides/{slug}/pending-change: a change took effect; the guide must follow. */
export const guidePendingChangeBodySchema = z.object({
  effectiveOn: guideDateSchema,
  note: boundedText('请说明发生了什么变化', 2, 300),
})
export type GuidePendingChangeInput = z.input<typeof guidePendingChangeBodySchema>

/** One version of a guide in its history. */
export const guideRevisionSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.string(),
  summary: z.string(),
  /** Chinese names of the parts that changed. */
  changedParts: z.array(z.string()),
  /** What changed, in words (新增材料“…”, 修改承诺办理时限“…”→“…”); absent in older versions. */
  changes: z.array(z.string()).optional(),
  /** The update was published within 20 working days of the recorded change (if there was one). */
  disclosedOnTime: z.boolean().optional(),
})
export type GuideRevision = z.infer<typeof guideRevisionSchema>

/** Query of GET /staff/guide-ratings: low ratings awaiting a response, or answered ones. */
export const guideRatingsQuerySchema = z.object({
  status: z.enum(['open', 'answered'], { error: '请选择正确的列表' }).default('open'),
  ...pageQueryFields,
})

/** A low rating as the office sees it (the rater stays anonymous). */
export const staffGuideRatingSchema = z.object({
  id: z.string(),
  slug: z.string(),
  guideName: z.string(),
  level: z.number().int(),
  comment: z.string().optional(),
  at: z.string(),
  response: z.object({ text: z.string(), at: z.string(), by: z.string() }).optional(),
})
export type StaffGuideRating = z.infer<typeof staffGuideRatingSchema>

/** POST /staff/guide-ratings/{id}/response: what was done about it (好差评整改). */
export const guideRatingResponseBodySchema = z.object({
  text: boundedText('请填写整改情况', 5, 1000),
})
