import { Schema, type Connection, type Model, type Types } from 'mongoose'
import type { Guide } from '@zhengmin/shared'

/** A change that took effect and that the guide must reflect within 20 working days. */
export interface PendingChange {
  effectiveOn: string
  note: string
  recordedAt: Date
  recordedBy: string
}

/**
 * A published guide (办事指南): the validated content of its current version, keyed by slug.
 * Seeded from the content shipped with the project; the office publishes new versions.
 */
export interface StoredGuide {
  _id: string
  content: Guide
  version: number
  pendingChange?: PendingChange
  /**
   * The revision of the version just published, stored by the same update as the version and
   * copied to guide_revisions afterwards (idempotently, under its id); then removed.
   */
  pendingRevision?: GuideRevision
  updatedAt: Date
}

const storedGuideSchema = new Schema<StoredGuide>(
  {
    _id: { type: String, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    version: { type: Number, required: true },
    pendingChange: {
      type: new Schema<PendingChange>(
        {
          effectiveOn: { type: String, required: true },
          note: { type: String, required: true },
          recordedAt: { type: Date, required: true },
          recordedBy: { type: String, required: true },
        },
        { _id: false },
      ),
    },
    // Written and read as a whole; see pendingRevision above.
    pendingRevision: { type: Schema.Types.Mixed },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'guides', versionKey: false, strict: 'throw' },
)

/** One published version of a guide, kept for its history: who, when, what changed. */
export interface GuideRevision {
  _id: Types.ObjectId
  slug: string
  version: number
  content: Guide
  at: Date
  by: { id: string; name: string }
  summary: string
  changedParts: string[]
  /** What changed, in words (新增材料“…”); absent in revisions stored before it was kept. */
  changes?: string[]
  /** Set when the version answered a recorded change: published within 20 working days. */
  disclosedOnTime?: boolean
}

const guideRevisionSchema = new Schema<GuideRevision>(
  {
    slug: { type: String, required: true },
    version: { type: Number, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
    by: {
      type: new Schema({ id: String, name: String }, { _id: false }),
      required: true,
    },
    summary: { type: String, required: true },
    changedParts: { type: [String], default: undefined },
    changes: { type: [String], default: undefined },
    disclosedOnTime: { type: Boolean },
  },
  { collection: 'guide_revisions', versionKey: false },
)
guideRevisionSchema.index({ slug: 1, version: -1 }, { unique: true })

/** A citizen's rating of a guide; the rater is kept only as a one-way key. */
export interface GuideRating {
  _id: Types.ObjectId
  slug: string
  level: number
  comment?: string
  /** sha256 of the WeChat identity or the device id: one rating per rater, guide and day. */
  raterKey: string
  /** Beijing date of the rating. */
  day: string
  at: Date
  /** Low ratings only: true until the office responds. */
  awaitingResponse?: boolean
  response?: { text: string; at: Date; by: { id: string; name: string } }
}

const guideRatingSchema = new Schema<GuideRating>(
  {
    slug: { type: String, required: true },
    level: { type: Number, required: true, min: 1, max: 5 },
    comment: { type: String },
    raterKey: { type: String, required: true },
    day: { type: String, required: true },
    at: { type: Date, required: true },
    awaitingResponse: { type: Boolean },
    response: {
      type: new Schema(
        {
          text: { type: String, required: true },
          at: { type: Date, required: true },
          by: { type: new Schema({ id: String, name: String }, { _id: false }), required: true },
        },
        { _id: false },
      ),
    },
  },
  { collection: 'guide_ratings', versionKey: false, strict: 'throw' },
)
guideRatingSchema.index({ slug: 1, raterKey: 1, day: 1 }, { unique: true })
guideRatingSchema.index({ slug: 1, level: 1 })
// A rater's own ratings, newest first (差评 replies reach the rater).
guideRatingSchema.index({ raterKey: 1, at: -1 })
// The office's low-rating queues, newest first.
guideRatingSchema.index({ level: 1, awaitingResponse: 1, at: -1 })

export function storedGuideModel(connection: Connection): Model<StoredGuide> {
  return (
    (connection.models.StoredGuide as Model<StoredGuide> | undefined) ??
    connection.model<StoredGuide>('StoredGuide', storedGuideSchema)
  )
}

export function guideRevisionModel(connection: Connection): Model<GuideRevision> {
  return (
    (connection.models.GuideRevision as Model<GuideRevision> | undefined) ??
    connection.model<GuideRevision>('GuideRevision', guideRevisionSchema)
  )
}

export function guideRatingModel(connection: Connection): Model<GuideRating> {
  return (
    (connection.models.GuideRating as Model<GuideRating> | undefined) ??
    connection.model<GuideRating>('GuideRating', guideRatingSchema)
  )
}
