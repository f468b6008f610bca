import Router from '@koa/router'
import type { Middleware } from 'koa'
import { findShippedGuide } from '@zhengmin/config'
import {
  deviceIdSchema,
  myGuideRatingsQuerySchema,
  toBeijingIsoString,
  type MyGuideRating,
  type MyGuideRatings,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { badRequest } from '../../http/errors'
import { validate } from '../../http/validate'
import type { GuideRating } from './guide.model'
import { raterKey, type Rater } from './guides.service'

/** The most ratings one answer lists: a rater's own low ratings, newest first. */
const LISTED = 50

/** A low rating as its rater sees it: their words and the office's response, never who wrote it. */
export function presentMyGuideRating(rating: GuideRating): MyGuideRating {
  const guideName = findShippedGuide(rating.slug)?.shortName
  return {
    id: String(rating._id),
    slug: rating.slug,
    ...(guideName ? { guideName } : {}),
    level: rating.level,
    ...(rating.comment ? { comment: rating.comment } : {}),
    at: toBeijingIsoString(rating.at),
    ...(rating.response
      ? { response: { text: rating.response.text, at: toBeijingIsoString(rating.response.at) } }
      : {}),
  }
}

/**
 * 差评 replies reach the rater: `GET /guide-ratings/mine?slug=` answers the low ratings made by
 * the same rater as `POST /guides/{slug}/ratings` counts them (the WeChat login, else the
 * app's anonymous device id), each with the office's response once it is recorded. Private to
 * the rater, so never cached by the public page cache or a proxy.
 */
export function myGuideRatingsRoutes(deps: { models: Models; optionalCitizen: Middleware }) {
  const router = new Router()
  router.get('/guide-ratings/mine', deps.optionalCitizen, async (ctx) => {
    const query = validate(myGuideRatingsQuerySchema, ctx.query)
    const openid = ctx.state.citizen?.openid
    let rater: Rater
    if (openid) rater = { openid }
    else {
      const device = deviceIdSchema.safeParse(ctx.get('X-Device-Id'))
      if (!device.success) {
        throw badRequest('无法识别评价人，请刷新页面后重试', [
          { field: 'X-Device-Id', message: '缺少或格式不正确' },
        ])
      }
      rater = { deviceId: device.data }
    }
    const rows = await deps.models.GuideRating.find({
      raterKey: raterKey(rater),
      level: { $lte: 2 },
      ...(query.slug ? { slug: query.slug } : {}),
    })
      .sort({ at: -1, _id: -1 })
      .limit(LISTED)
      .lean()
    ctx.set('Cache-Control', 'private, no-store')
    ctx.body = { items: rows.map(presentMyGuideRating) } satisfies MyGuideRatings
  })
  return router
}
