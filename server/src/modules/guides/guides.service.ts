import { createHash } from 'node:crypto'
import { Types } from 'mongoose'
import type { Logger } from 'pino'
import { SHIPPED_GUIDES } from '@zhengmin/config'
import {
  beijingDate,
  describeGuideChanges,
  disclosureStatus,
  GUIDE_PART_LABELS,
  GUIDE_PARTS,
  known,
  rateOf,
  type Guide,
  type GuideSatisfaction,
  type GuideTheme,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { keysetPaging, type PageRequest } from '../../db/keyset-page'
import { AppError, conflict, notFound } from '../../http/errors'
import { toObjectId } from '../../http/object-id'
import type { PublicCache } from '../../http/public-cache'
import type { CalendarService } from '../calendar'
import type { Actor } from '../messages'
import type { GuideRating, GuideRevision as Revision, StoredGuide } from './guide.model'
import { createGuideSearch } from '../search'

/** Who rates: the WeChat identity when signed in, else the app's anonymous device id. */
export type Rater = { openid: string } | { deviceId: string }

export interface GuidesDeps {
  models: Models
  clock: () => Date
  calendar: CalendarService
  /** The public guide pages' cache; told of every new version and rating. */
  cache: PublicCache
  /** Fewest ratings behind a satisfaction share (STATS_MIN_SAMPLE, the dashboard's 样本不足 rule). */
  minSample: number
}

const guideNotFound = () => notFound('该办事指南不存在')

/** Names of the other top-level fields, for the history. */
const FIELD_LABELS: Record<string, string> = {
  ...GUIDE_PART_LABELS,
  officialName: '事项名称',
  shortName: '简称',
  theme: '主题',
  unit: '保障单位',
  changeEffectiveOn: '变更生效日期',
  contact: '咨询及监督电话',
  faq: '常见问题',
}
/** Fields every version sets itself; a change in them alone is not a change of content. */
const BOOKKEEPING = new Set(['version', 'lastChangedOn', 'lastReviewedOn', 'slug', 'seedItem'])

function changedFields(before: Guide, after: Guide): string[] {
  const keys = [
    ...GUIDE_PARTS,
    ...Object.keys(FIELD_LABELS).filter((k) => !(k in GUIDE_PART_LABELS)),
  ]
  return keys
    .filter((key) => !BOOKKEEPING.has(key))
    .filter(
      (key) =>
        JSON.stringify(before[key as keyof Guide]) !== JSON.stringify(after[key as keyof Guide]),
    )
    .map((key) => FIELD_LABELS[key] ?? key)
}

export function raterKey(rater: Rater): string {
  const identity = 'openid' in rater ? `openid:${rater.openid}` : `device:${rater.deviceId}`
  return createHash('sha256').update(identity).digest('hex')
}

/** 办事指南: the published guides, citizens' ratings, and the office's editing. */
export function createGuidesService(deps: GuidesDeps) {
  const { Guide, GuideRevision, GuideRating } = deps.models
  let seeded: Promise<void> | undefined
  const guideSearch = createGuideSearch()

  /** Stores the shipped content of every guide not in the database yet (first start). */
  async function seed(): Promise<void> {
    const present = new Set(
      (await Guide.find({}, { _id: 1 }).lean()).map((guide) => String(guide._id)),
    )
    const missing = SHIPPED_GUIDES.filter((guide) => !present.has(guide.slug))
    if (missing.length === 0) return
    const now = deps.clock()
    try {
      await Guide.insertMany(
        missing.map((guide) => ({
          _id: guide.slug,
          content: guide,
          version: guide.version,
          updatedAt: now,
        })),
        { ordered: false },
      )
    } catch (error) {
      // Another instance seeded the same guides at the same moment: what it stored is the same.
      if ((error as { code?: number }).code !== 11000) throw error
    }
  }

  async function ready(): Promise<void> {
    seeded ??= seed().catch((error: unknown) => {
      seeded = undefined
      throw error
    })
    await seeded
  }

  async function load(slug: string): Promise<StoredGuide> {
    await ready()
    const stored = await Guide.findById(slug).lean()
    if (!stored) throw guideNotFound()
    return stored
  }

  async function satisfaction(slug: string): Promise<GuideSatisfaction> {
    const byLevel = await Promise.all(
      [1, 2, 3, 4, 5].map((level) => GuideRating.countDocuments({ slug, level })),
    )
    const rated = byLevel.reduce((sum, n) => sum + n, 0)
    const satisfied = (byLevel[3] ?? 0) + (byLevel[4] ?? 0)
    // The dashboard's rule: below the minimum sample the share is not shown (样本不足).
    const share = rateOf(satisfied, rated, deps.minSample)
    return { rated, satisfiedShare: share.value, byLevel, minSample: deps.minSample }
  }

  function disclosureOf(stored: StoredGuide) {
    return disclosureStatus(
      stored.pendingChange?.effectiveOn,
      beijingDate(deps.clock()),
      deps.calendar.current(),
    )
  }

  return {
    ready,

    /**
     * Every guide of a theme in the standard's order; with words, the guides holding all of
     * them (names and content, synonyms included), ranked by the search module.
     */
    async list(query: { theme?: GuideTheme | undefined; q?: string | undefined }) {
      await ready()
      const guides = (await Guide.find({}).lean())
        .map((stored) => stored.content)
        .filter((guide) => !query.theme || guide.theme === query.theme)
        .sort((a, b) => a.seedItem - b.seedItem)
      return query.q ? guideSearch.search(guides, query.q).guides : guides
    },

    /** One guide with its satisfaction summary. */
    async detail(slug: string) {
      const stored = await load(slug)
      return { guide: stored.content, satisfaction: await satisfaction(slug) }
    },

    /** A citizen's rating: one per rater, guide and Beijing day; low ones go to the office. */
    async rate(
      slug: string,
      rater: Rater,
      input: { level: number; comment?: string | undefined },
      log: Logger,
    ) {
      await load(slug)
      const now = deps.clock()
      try {
        await GuideRating.create({
          slug,
          level: input.level,
          ...(input.comment ? { comment: input.comment } : {}),
          raterKey: raterKey(rater),
          day: beijingDate(now),
          at: now,
          ...(input.level <= 2 ? { awaitingResponse: true } : {}),
        })
      } catch (error) {
        if ((error as { code?: number }).code === 11000) {
          throw conflict('already_rated', '您今天已评价过该指南，感谢参与，明天可再次评价')
        }
        throw error
      }
      await deps.cache.invalidate()
      if (input.level <= 2) log.info({ slug, level: input.level }, 'low guide rating received')
      return satisfaction(slug)
    },

    /** The office's list: every guide with where it stands against the disclosure rule. */
    async listForStaff() {
      await ready()
      const [stored, open] = await Promise.all([
        Guide.find({}).lean(),
        GuideRating.find({ awaitingResponse: true }, { slug: 1 }).lean(),
      ])
      const openBySlug = new Map<string, number>()
      for (const rating of open) openBySlug.set(rating.slug, (openBySlug.get(rating.slug) ?? 0) + 1)
      return stored
        .sort((a, b) => a.content.seedItem - b.content.seedItem)
        .map((guide) => ({
          stored: guide,
          disclosure: disclosureOf(guide),
          openLowRatings: openBySlug.get(String(guide._id)) ?? 0,
        }))
    },

    /** A guide for editing, with its pending change and its history, newest first. */
    async detailForStaff(slug: string) {
      const stored = await load(slug)
      const history = await GuideRevision.find({ slug }, { content: 0 })
        .sort({ version: -1 })
        .limit(50)
        .lean()
      return { stored, disclosure: disclosureOf(stored), history }
    },

    /** Records that a change took effect: the 20-working-day clock starts for this guide. */
    async recordPendingChange(
      staff: Actor,
      slug: string,
      input: { effectiveOn: string; note: string },
    ) {
      await load(slug)
      await Guide.updateOne(
        { _id: slug },
        {
          $set: {
            pendingChange: {
              effectiveOn: input.effectiveOn,
              note: input.note,
              recordedAt: deps.clock(),
              recordedBy: staff.displayName,
            },
          },
        },
      )
      return this.detailForStaff(slug)
    },

    /**
     * Publishes a new version edited from `baseVersion`; 409 when someone published another
     * version meanwhile. Answers a pending change and records whether that was in time.
     */
    async publishVersion(
      staff: Actor,
      slug: string,
      input: { baseVersion: number; guide: Guide; summary: string },
      log: Logger,
    ) {
      const loaded = await load(slug)
      if (loaded.pendingRevision)
        await finishGuideRevision(deps.models, slug, loaded.pendingRevision)
      const stored = loaded.pendingRevision ? await load(slug) : loaded
      if (input.guide.slug !== slug || input.guide.seedItem !== stored.content.seedItem) {
        throw new AppError(400, 'validation_failed', '不能修改指南标识和事项序号', {
          fields: [{ field: 'guide.slug', message: '不能修改指南标识和事项序号' }],
        })
      }
      if (input.baseVersion !== stored.version) throw versionConflict()
      const now = deps.clock()
      const today = beijingDate(now)
      const pendingChange = stored.pendingChange
      const content: Guide = {
        ...input.guide,
        version: stored.version + 1,
        lastChangedOn: today,
        lastReviewedOn: today,
        ...(pendingChange ? { changeEffectiveOn: known(pendingChange.effectiveOn) } : {}),
      }
      const changedParts = changedFields(stored.content, content)
      if (changedParts.length === 0) {
        throw new AppError(422, 'no_change', '内容没有变化，无需发布新版本')
      }
      const disclosure = pendingChange ? disclosureOf(stored) : undefined
      const revision: Revision = {
        _id: new Types.ObjectId(),
        slug,
        version: content.version,
        content,
        at: now,
        by: { id: staff.id, name: staff.displayName },
        summary: input.summary,
        changedParts,
        changes: describeGuideChanges(stored.content, content),
        ...(disclosure ? { disclosedOnTime: disclosure.state !== 'overdue' } : {}),
      }
      // The version and its revision in one conditional update (atomic, unlike
      // findOneAndUpdate on the embedded engine); the revision is then copied to the history.
      const updated = await Guide.updateOne(
        { _id: slug, version: stored.version, pendingRevision: { $exists: false } },
        {
          $set: { content, version: content.version, updatedAt: now, pendingRevision: revision },
          $unset: { pendingChange: 1 },
        },
      )
      if (updated.modifiedCount !== 1) throw versionConflict()
      try {
        await finishGuideRevision(deps.models, slug, revision)
      } catch (error) {
        log.warn(
          { err: error, slug, version: content.version },
          'guide published; its revision will be recorded by the next publish or npm run reconcile',
        )
      }
      await deps.cache.invalidate()
      log.info(
        { slug, version: content.version, staffId: staff.id, changedParts },
        'guide published',
      )
      return this.detailForStaff(slug)
    },

    /** Low ratings (≤ 2) awaiting a response, or answered ones, newest first. */
    async lowRatings(query: PageRequest & { status: 'open' | 'answered' }) {
      const paging = keysetPaging(query, { key: 'at', direction: -1 })
      const filter = { level: { $lte: 2 }, awaitingResponse: query.status === 'open' }
      const rows = await GuideRating.find(paging.filter(filter))
        .sort(paging.sort)
        .limit(paging.limit)
        .lean()
      return paging.page(rows, (row) => row.at)
    },

    /** The office's response to a low rating (好差评整改), recorded once. */
    async respond(staff: Actor, id: string, text: string): Promise<GuideRating> {
      const objectId = toObjectId(id)
      if (!objectId) throw notFound('该评价不存在')
      const answered = await GuideRating.updateOne(
        { _id: objectId, awaitingResponse: true },
        {
          $set: {
            awaitingResponse: false,
            response: { text, at: deps.clock(), by: { id: staff.id, name: staff.displayName } },
          },
        },
      )
      const updated =
        answered.modifiedCount === 1 ? await GuideRating.findById(objectId).lean() : null
      if (updated) return updated
      if (await GuideRating.exists({ _id: objectId, level: { $lte: 2 } })) {
        throw conflict('already_answered', '该评价已处理')
      }
      throw notFound('该评价不存在')
    },
  }
}

/**
 * Copies a guide's pending revision to its history (once: under its own id, and the unique
 * slug + version) and removes it from the guide. Safe to repeat.
 */
export async function finishGuideRevision(
  models: Models,
  slug: string,
  revision: Revision,
): Promise<void> {
  try {
    await models.GuideRevision.create(revision)
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 11000) throw error
  }
  await models.Guide.updateOne(
    { _id: slug, 'pendingRevision._id': revision._id },
    { $unset: { pendingRevision: 1 } },
  )
}

const versionConflict = () =>
  conflict('version_conflict', '该指南已被他人更新，请刷新后在最新版本上修改')

export type GuidesService = ReturnType<typeof createGuidesService>
