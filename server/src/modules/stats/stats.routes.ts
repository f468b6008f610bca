import Router from '@koa/router'
import type { Logger } from 'pino'
import {
  canExportContacts,
  STATS_XLSX_MAX_ROWS,
  statsExportQuerySchema,
  statsQuerySchema,
  statsTrendQuerySchema,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError } from '../../http/errors'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import type { CalendarService } from '../calendar/calendar.service'
import { exportStream, messagesFilter } from './stats-export'
import type { StatsService } from './stats.service'

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/** The dashboard's figures, trend, overdue list and exports; a handler sees their unit only. */
export function staffStatsRoutes(deps: {
  stats: StatsService
  models: Models
  calendar: CalendarService
  auth: StaffAuth
  clock: () => Date
}) {
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
    const who = staffOf(ctx)
    const period = deps.stats.resolve(who, query)
    const log: Logger = ctx.state.log
    if (query.includePhone && !canExportContacts(who))
      throw new AppError(403, 'forbidden', '只有系统管理员可以导出联系电话')

    let source: Parameters<typeof exportStream>[2]
    if (query.kind === 'figures') {
      source = { kind: 'figures', report: await deps.stats.report(period) }
    } else {
      const rows = await deps.models.Message.countDocuments(messagesFilter(period))
      if (query.format === 'xlsx' && rows > STATS_XLSX_MAX_ROWS) {
        throw new AppError(
          422,
          'export_too_large',
          `该时段共有 ${rows} 条留言，超过 Excel 导出上限 ${STATS_XLSX_MAX_ROWS} 条，请缩短时间范围或导出 CSV`,
        )
      }
      if (query.includePhone) {
        // Recorded before any byte leaves: who took citizens' phone numbers, which, and why.
        await deps.models.StaffAudit.create({
          at: deps.clock(),
          staffId: who.id,
          action: 'message_export_with_phone',
          data: { ...period, format: query.format, rows, reason: query.reason },
        })
        log.warn({ rows, period }, 'message list exported with phone numbers')
      }
      source = { kind: 'messages', period, includeContact: query.includePhone }
    }

    await deps.calendar.refreshForPreview()
    const name = `${query.kind === 'figures' ? '留言办理统计' : '留言清单'}_${period.from}_${period.to}.${query.format}`
    ctx.set('Content-Type', CONTENT_TYPES[query.format])
    ctx.set(
      'Content-Disposition',
      `attachment; filename="export.${query.format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    ctx.set('Cache-Control', 'no-store')
    log.info({ kind: query.kind, format: query.format, period }, 'statistics exported')
    ctx.body = exportStream(
      { models: deps.models, calendar: deps.calendar.current(), log },
      query,
      source,
    )
  })

  return router
}
