import { z } from 'zod'
import { guideSlugSchema } from './guide-api'

/** Query of GET /guide-ratings/mine: the rater's own low ratings, of one guide or of all. */
export const myGuideRatingsQuerySchema = z.object({ slug: guideSlugSchema.optional() })

/**
 * A low rating (不满意, 非常不满意) as its rater sees it again: what they said and, once the
 * office has dealt with it, its response (整改情况). Only the rater (the same WeChat login or
 * anonymous device id that rated) is ever shown it.
 */
export const myGuideRatingSchema = z.object({
  id: z.string(),
  slug: z.string(),
  /** The guide's short name, when the guide still exists. */
  guideName: z.string().optional(),
  level: z.number().int(),
  comment: z.string().optional(),
  at: z.string(),
  response: z.object({ text: z.string(), at: z.string() }).optional(),
})
export type MyGuideRating = z.infer<typeof myGuideRatingSchema>

export const myGuideRatingsSchema = z.object({ items: z.array(myGuideRatingSchema) })
export type MyGuideRatings = z.infer<typeof myGuideRatingsSchema>
