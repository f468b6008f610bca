import Router from '@koa/router'
import {
  canEditGuides,
  deviceIdSchema,
  guidePendingChangeBodySchema,
  guideRatingBodySchema,
  guideRatingResponseBodySchema,
  guideRatingsQuerySchema,
  guidesQuerySchema,
  guideSlugSchema,
  guideUpdateBodySchema,
  withoutPendingNotes,
} from '@zhengmin/shared'
import type { Context, Middleware } from 'koa'
import { badRequest, notFound } from '../../http/errors'
import { sendPublicPage, type PublicCache } from '../../http/public-cache'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import { unitName } from '@zhengmin/config'
import {
  presentGuideListItem,
  presentRevision,
  presentStaffGuide,
  presentStaffRating,
} from './guides.presenter'
import type { GuidesService, Rater } from './guides.service'

function slugOf(ctx: Context): string {
  const parsed = guideSlugSchema.safeParse(ctx.params.slug ?? '')
  if (!parsed.success) throw notFound('该办事指南不存在')
  return parsed.data
}

/** Public guides, served from the cache with ETags; ratings by citizens. */
export function guidesRoutes(deps: {
  guides: GuidesService
  cache: PublicCache
  /** Sets ctx.state.citizen when a valid WeChat login comes with the request. */
  optionalCitizen: Middleware
  /** Bounds how often one client may rate. */
  limit: Middleware
}) {
  const router = new Router()

  router.get('/guides', async (ctx) => {
    const query = validate(guidesQuerySchema, ctx.query)
    const key = JSON.stringify(['list', query.theme, query.q])
    const page = await deps.cache.get(key, async () => ({
      items: (await deps.guides.list(query)).map(presentGuideListItem),
    }))
    deps.cache.remember(ctx.url, key)
    sendPublicPage(ctx, page)
  })

  router.get('/guides/:slug', async (ctx) => {
    const slug = slugOf(ctx)
    const key = JSON.stringify(['detail', slug])
    const page = await deps.cache.get(key, async () => {
      const { guide, satisfaction } = await deps.guides.detail(slug)
      const name = unitName(guide.unit)
      // The office's notes on pending fields are working text, not public statements.
      return {
        guide: withoutPendingNotes(guide),
        ...(name ? { unitName: name } : {}),
        satisfaction,
      }
    })
    deps.cache.remember(ctx.url, key)
    sendPublicPage(ctx, page)
  })

  router.post('/guides/:slug/ratings', deps.limit, deps.optionalCitizen, async (ctx) => {
    const slug = slugOf(ctx)
    const body = validate(guideRatingBodySchema, ctx.request.jsonBody)
    const openid = ctx.state.citizen?.openid
    let rater: Rater
    if (openid) rater = { openid }
    else {
      const device = deviceIdSchema.safeParse(ctx.get('X-Device-Id'))
      if (!device.success) {
        throw badRequest('无法识别评价来源，请刷新页面后重试', [
          { field: 'X-Device-Id', message: '缺少或格式不正确' },
        ])
      }
      rater = { deviceId: device.data }
    }
    const satisfaction = await deps.guides.rate(slug, rater, body, ctx.state.log)
    ctx.status = 201
    ctx.body = { satisfaction }
  })

  return router
}

/** The office's guide pages: disclosure status, editing with history, low ratings. */
export function staffGuidesRoutes(deps: { guides: GuidesService; auth: StaffAuth }) {
  const router = new Router()
  const office = deps.auth.requireStaff(canEditGuides)

  router.get('/staff/guides', office, async (ctx) => {
    ctx.body = { items: (await deps.guides.listForStaff()).map((row) => presentStaffGuide(row)) }
  })

  const detail = (result: Awaited<ReturnType<GuidesService['detailForStaff']>>) => ({
    ...presentStaffGuide(result),
    guide: result.stored.content,
    history: result.history.map(presentRevision),
  })

  router.get('/staff/guides/:slug', office, async (ctx) => {
    ctx.body = detail(await deps.guides.detailForStaff(slugOf(ctx)))
  })

  router.put('/staff/guides/:slug', office, async (ctx) => {
    const slug = slugOf(ctx)
    const body = validate(guideUpdateBodySchema, ctx.request.jsonBody)
    ctx.body = detail(await deps.guides.publishVersion(staffOf(ctx), slug, body, ctx.state.log))
  })

  router.post('/staff/guides/:slug/pending-change', office, async (ctx) => {
    const slug = slugOf(ctx)
    const body = validate(guidePendingChangeBodySchema, ctx.request.jsonBody)
    ctx.body = detail(await deps.guides.recordPendingChange(staffOf(ctx), slug, body))
  })

  router.get('/staff/guide-ratings', office, async (ctx) => {
    const query = validate(guideRatingsQuerySchema, ctx.query)
    const page = await deps.guides.lowRatings(query)
    ctx.body = { items: page.items.map(presentStaffRating), nextCursor: page.nextCursor }
  })

  router.post('/staff/guide-ratings/:id/response', office, async (ctx) => {
    const { text } = validate(guideRatingResponseBodySchema, ctx.request.jsonBody)
    ctx.body = presentStaffRating(
      await deps.guides.respond(staffOf(ctx), ctx.params.id ?? '', text),
    )
  })

  return router
}
