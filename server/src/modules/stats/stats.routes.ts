import Router from '@koa/router'
import { statsExportQuerySchema, statsQuerySchema, statsTrendQuerySchema } from '@zhengmin/shared'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import type { StatsService } from './stats.service'

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/** The dashboard's figures, trend, overdue list and exports; a handler sees their unit only. */
export function staffStatsRoutes(deps: { stats: StatsService; auth: StaffAuth }) {
  const router = new Router()
  const staff = deps.auth.requireStaff()

  router.get('/staff/stats', staff, async (ctx) => {
    const query = validate(statsQuerySchema, ctx.query)
    ctx.body = await deps.stats.report(deps.stats.resolve(staffOf(ctx), query))
  })

  router.get('/staff/stats/trend', staff, async (ctx) => {
    const query = validate(statsTrendQuerySchema, ctx.query)
    ctx.body = await deps.stats.trend(deps.stats.resolve(staffOf(ctx), query), query.granularity)
  })

  router.get('/staff/stats/overdue', staff, async (ctx) => {
    const query = validate(statsQuerySchema, ctx.query)
    ctx.body = await deps.stats.overdue(deps.stats.resolve(staffOf(ctx), query).unit)
  })

  router.get('/staff/stats/export', staff, async (ctx) => {
    const query = validate(statsExportQuerySchema, ctx.query)
    const file = await deps.stats.exportFile(staffOf(ctx), query, ctx.state.log)
    ctx.set('Content-Type', CONTENT_TYPES[file.format])
    ctx.set(
      'Content-Disposition',
      `attachment; filename="export.${file.format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    ctx.set('Cache-Control', 'no-store')
    ctx.body = file.stream
  })

  return router
}
