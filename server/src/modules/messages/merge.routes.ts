import Router from '@koa/router'
import type { Context } from 'koa'
import { mergeBodySchema, mergeQuerySchema } from '@zhengmin/shared'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import type { DuplicatesService } from './duplicates.service'
import { presentMergeOverview } from './merge.presenter'

const idOf = (ctx: Context): string => ctx.params.id ?? ''

/** 并单: the panel of a message, merging it into a lead and separating it again (office). */
export function mergeRoutes(deps: { duplicates: DuplicatesService; auth: StaffAuth }) {
  const router = new Router()
  const staff = deps.auth.requireStaff()

  router.get('/staff/messages/:id/merge', staff, async (ctx) => {
    const { code } = validate(mergeQuerySchema, ctx.query)
    ctx.body = presentMergeOverview(await deps.duplicates.overview(staffOf(ctx), idOf(ctx), code))
  })

  router.post('/staff/messages/:id/merge', staff, async (ctx) => {
    const { leadCode } = validate(mergeBodySchema, ctx.request.jsonBody)
    ctx.body = presentMergeOverview(
      await deps.duplicates.merge(staffOf(ctx), idOf(ctx), leadCode, ctx.state.log),
    )
  })

  router.post('/staff/messages/:id/unmerge', staff, async (ctx) => {
    ctx.body = presentMergeOverview(
      await deps.duplicates.unmerge(staffOf(ctx), idOf(ctx), ctx.state.log),
    )
  })

  return router
}
