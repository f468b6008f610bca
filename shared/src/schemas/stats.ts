import { z } from 'zod'
import { toEpochDay } from '../calendar/dates'
import type { MessageCategory } from '../messages/categories'
import { TREND_GRANULARITIES, type TrendGranularity } from '../stats/counters'
import type { StatsFigures } from '../stats/figures'
import { countCharacters } from '../text'
import { unitCodeSchema } from './message'

/** Longest period one statistics request may cover, in days (two years). */
export const STATS_MAX_PERIOD_DAYS = 731

/** Most messages one XLSX export may hold; CSV streams any number. */
export const STATS_XLSX_MAX_ROWS = 20_000

const statsDate = z.iso.date({ error: '日期须为 YYYY-MM-DD 格式的有效日期' })

const periodFields = {
  from: statsDate.optional(),
  to: statsDate.optional(),
  unit: unitCodeSchema.optional(),
}

/** What is wrong with a statistics period, and which of its two dates to fix. */
export interface StatsPeriodProblem {
  field: 'from' | 'to'
  message: string
}

/**
 * The rules of a statistics period, for the API and the dashboard's own date inputs alike:
 * real dates, the start not after the end, at most STATS_MAX_PERIOD_DAYS, and, when `today`
 * (Beijing date) is given, nothing after today. Returns the first problem, or null.
 */
export function statsPeriodProblem(
  period: { from: string; to: string },
  today?: string,
): StatsPeriodProblem | null {
  if (!period.from.trim()) return { field: 'from', message: '请填写开始日期' }
  if (!statsDate.safeParse(period.from).success)
    return { field: 'from', message: '开始日期须为 YYYY-MM-DD 格式的有效日期' }
  if (!period.to.trim()) return { field: 'to', message: '请填写结束日期' }
  if (!statsDate.safeParse(period.to).success)
    return { field: 'to', message: '结束日期须为 YYYY-MM-DD 格式的有效日期' }
  if (today !== undefined && period.from > today)
    return { field: 'from', message: '开始日期不能晚于今天' }
  if (today !== undefined && period.to > today)
    return { field: 'to', message: '结束日期不能晚于今天' }
  const days = toEpochDay(period.to) - toEpochDay(period.from)
  if (days < 0) return { field: 'to', message: '结束日期不能早于开始日期' }
  if (days >= STATS_MAX_PERIOD_DAYS) return { field: 'to', message: '统计区间不能超过两年' }
  return null
}

function checkPeriod(
  query: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
) {
  // Each date's format is checked by its own field; an open end takes the server's default.
  if (!query.from || !query.to) return
  const problem = statsPeriodProblem({ from: query.from, to: query.to })
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message })
}

/** GET /staff/stats: a period (default: this month to today) and optionally one unit. */
export const statsQuerySchema = z.object(periodFields).superRefine(checkPeriod)

/** GET /staff/stats/trend: the same, per week or month. */
export const statsTrendQuerySchema = z
  .object({
    ...periodFields,
    granularity: z.enum(TREND_GRANULARITIES, { error: '请选择按周或按月' }).default('week'),
  })
  .superRefine(checkPeriod)

export const STATS_EXPORT_KINDS = ['figures', 'messages'] as const
export const STATS_EXPORT_FORMATS = ['csv', 'xlsx'] as const

/**
 * GET /staff/stats/export: the figures or the message list of a period as CSV or XLSX. Phone
 * numbers only when an admin asks (includePhone=true) and gives a reason, which is recorded.
 */
export const statsExportQuerySchema = z
  .object({
    ...periodFields,
    kind: z.enum(STATS_EXPORT_KINDS, { error: '请选择导出内容' }),
    format: z.enum(STATS_EXPORT_FORMATS, { error: '请选择导出格式' }),
    includePhone: z
      .enum(['true', 'false'], { error: 'includePhone 只能是 true 或 false' })
      .transform((v) => v === 'true')
      .default(false),
    reason: z
      .string()
      .transform((v) => v.trim())
      .refine((v) => countCharacters(v) <= 200, '导出原因不能超过200个字')
      .optional(),
  })
  .superRefine(checkPeriod)
  .superRefine((query, ctx) => {
    if (query.includePhone && query.kind !== 'messages')
      ctx.addIssue({
        code: 'custom',
        path: ['includePhone'],
        message: '只有留言清单可以包含联系电话',
      })
    if (query.includePhone && !query.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '导出联系电话须填写原因' })
  })

export type StatsQuery = z.infer<typeof statsQuerySchema>
export type StatsExportQuery = z.infer<typeof statsExportQuerySchema>

/** One unit's row of GET /staff/stats. */
export interface UnitStats {
  unit: string
  unitName: string
  figures: StatsFigures
  /** Messages of the unit past their deadline and not answered, now (not bound to the period). */
  overdueNow: number
}

export interface CategoryStats {
  category: MessageCategory
  categoryName: string
  figures: StatsFigures
}

/** Body of GET /staff/stats. */
export interface StatsReport {
  from: string
  to: string
  minSample: number
  total: StatsFigures & { overdueNow: number }
  /** Units ranked by on-time rate, units below the minimum sample last. */
  units: UnitStats[]
  byCategory: CategoryStats[]
  /** When the figures were read (ISO, Beijing offset). */
  generatedAt: string
}

export interface TrendPoint {
  /** First day of the week (Monday) or month. */
  start: string
  end: string
  figures: StatsFigures
}

/** Body of GET /staff/stats/trend. */
export interface StatsTrend {
  from: string
  to: string
  granularity: TrendGranularity
  minSample: number
  points: TrendPoint[]
}

/** One row of GET /staff/stats/overdue. */
export interface OverdueItem {
  id: string
  title: string
  category: MessageCategory
  unit: string
  unitName: string
  dueDate: string
  /** Working days past the due date (1 on the first working day after it). */
  workingDaysOverdue: number
  extended: boolean
}
