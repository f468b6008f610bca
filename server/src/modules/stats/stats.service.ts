import type { Logger } from 'pino'
import { findUnit, UNITS } from '@zhengmin/config'
import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import {
  addCounters,
  beijingDate,
  emptyCounters,
  figuresOf,
  fromEpochDay,
  holderOf,
  canExportContacts,
  canSeeEveryUnit,
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_LABELS,
  periodStart,
  NOT_AWAITING_LEAD,
  rankByOnTimeRate,
  STATS_XLSX_MAX_ROWS,
  toBeijingIsoString,
  toEpochDay,
  UNASSIGNED_UNIT,
  urgencyFilter,
  type Counters,
  type OverdueItem,
  type StaffPrincipal,
  type StatsExportQuery,
  type StatsReport,
  type StatsTrend,
  type TrendGranularity,
  type UnitStats,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError, badRequest } from '../../http/errors'
import type { CalendarService } from '../calendar'
import { createPersonalDataAudit, type Message } from '../messages'
import { holderFilter, holderName } from './stats-counters'
import { exportStream, messagesFilter, type ExportSource } from './stats-export'
import type { UnitDayStats } from './unit-day-stats.model'

export interface StatsServiceDeps {
  models: Models
  calendar: CalendarService
  clock: () => Date
  /** Fewest cases behind a rate; fewer show as 样本不足. */
  minSample: number
}

export interface PeriodQuery {
  from?: string | undefined
  to?: string | undefined
  unit?: string | undefined
}

export interface Period {
  from: string
  to: string
  /** One unit, or undefined for the whole bureau. */
  unit: string | undefined
}

/** Most rows of the overdue list on the dashboard. */
const OVERDUE_LIST_LIMIT = 100

/** The units a report lists: every answering unit, or the one asked for. */
function unitsOf(period: Period): string[] {
  if (period.unit) return [period.unit]
  return [...UNITS.filter((unit) => unit.answersMessages).map((unit) => unit.code), UNASSIGNED_UNIT]
}

/** The figures the office watches, read from the day counters (never from a period's messages). */
export function createStatsService(deps: StatsServiceDeps) {
  const { UnitDayStats, Message } = deps.models
  const audit = createPersonalDataAudit(deps)

  /**
   * The period and unit a staff member may see: a handler only their own unit. The period
   * defaults to this month up to today (Beijing).
   */
  function resolve(staff: StaffPrincipal, query: PeriodQuery): Period {
    let unit = query.unit
    if (!canSeeEveryUnit(staff)) {
      if (unit && unit !== staff.unit) throw new AppError(403, 'forbidden', '只能查看本科室的统计')
      unit = staff.unit
      if (!unit) throw new AppError(403, 'forbidden', '您的账号未关联科室，无法查看统计')
    } else if (unit && unit !== UNASSIGNED_UNIT && !findUnit(unit)?.answersMessages) {
      throw badRequest('请选择正确的科室', [{ field: 'unit', message: '请选择正确的科室' }])
    }
    const today = beijingDate(deps.clock())
    const to = query.to ?? (query.from && query.from > today ? query.from : today)
    const from = query.from ?? `${to.slice(0, 7)}-01`
    return { from, to, unit }
  }

  /**
   * Streams the counters of a period once and sums them, for each named grouping, under the key
   * it maps a row to.
   */
  async function sumCounters<G extends string>(
    period: Period,
    groupings: Record<G, (row: UnitDayStats) => string>,
  ): Promise<Record<G, Map<string, Counters>>> {
    const filter: Record<string, unknown> = { date: { $gte: period.from, $lte: period.to } }
    if (period.unit) filter.unit = period.unit
    const entries = Object.entries(groupings) as [G, (row: UnitDayStats) => string][]
    const sums = Object.fromEntries(entries.map(([name]) => [name, new Map()])) as Record<
      G,
      Map<string, Counters>
    >
    for await (const row of UnitDayStats.find(filter)
      .lean<UnitDayStats[]>()
      .maxTimeMS(LONG_READ_MAX_TIME_MS)
      .cursor()) {
      for (const [name, keyOf] of entries) {
        const map = sums[name]
        const key = keyOf(row)
        addCounters(map.get(key) ?? map.set(key, emptyCounters()).get(key)!, row)
      }
    }
    return sums
  }

  /** Overdue messages (the shared urgency rule) right now, of one unit or all. */
  function overdueFilter(unit: string | undefined) {
    return {
      ...urgencyFilter('overdue', deps.calendar.current(), deps.clock()),
      ...NOT_AWAITING_LEAD,
      ...(unit ? holderFilter(unit) : {}),
    }
  }

  async function overdueCounts(unit: string | undefined): Promise<Map<string, number>> {
    const counts = new Map<string, number>()
    const cursor = Message.find(overdueFilter(unit), 'unit firstAnsweredAt')
      .lean<Message[]>()
      .maxTimeMS(LONG_READ_MAX_TIME_MS)
      .cursor()
    for await (const message of cursor) {
      const holder = holderOf(message)
      counts.set(holder, (counts.get(holder) ?? 0) + 1)
    }
    return counts
  }

  const service = {
    resolve,

    async report(period: Period): Promise<StatsReport> {
      const [{ byUnit, byCategory }, overdue] = await Promise.all([
        sumCounters(period, { byUnit: (row) => row.unit, byCategory: (row) => row.category }),
        overdueCounts(period.unit),
      ])
      const total = emptyCounters()
      for (const counters of byCategory.values()) addCounters(total, counters)
      const rows: UnitStats[] = unitsOf(period)
        // 待分办 is listed only when it holds something; it is not a unit to be judged.
        .filter((unit) => unit !== UNASSIGNED_UNIT || byUnit.has(unit) || overdue.has(unit))
        .map((unit) => ({
          unit,
          unitName: holderName(unit),
          figures: figuresOf(byUnit.get(unit) ?? emptyCounters(), deps.minSample),
          overdueNow: overdue.get(unit) ?? 0,
        }))
      return {
        from: period.from,
        to: period.to,
        minSample: deps.minSample,
        total: {
          ...figuresOf(total, deps.minSample),
          overdueNow: [...overdue.values()].reduce((sum, n) => sum + n, 0),
        },
        units: rankByOnTimeRate(rows),
        byCategory: MESSAGE_CATEGORIES.map((category) => ({
          category,
          categoryName: MESSAGE_CATEGORY_LABELS[category],
          figures: figuresOf(byCategory.get(category) ?? emptyCounters(), deps.minSample),
        })),
        generatedAt: toBeijingIsoString(deps.clock()),
      }
    },

    /** The same figures per week (Monday to Sunday) or calendar month, empty periods included. */
    async trend(period: Period, granularity: TrendGranularity): Promise<StatsTrend> {
      const { sums } = await sumCounters(period, {
        sums: (row) => periodStart(row.date, granularity),
      })
      const points: StatsTrend['points'] = []
      let start = periodStart(period.from, granularity)
      while (start <= period.to) {
        const next = nextPeriod(start, granularity)
        const end = fromEpochDay(toEpochDay(next) - 1)
        points.push({
          start: start < period.from ? period.from : start,
          end: end > period.to ? period.to : end,
          figures: figuresOf(sums.get(start) ?? emptyCounters(), deps.minSample),
        })
        start = next
      }
      return {
        from: period.from,
        to: period.to,
        granularity,
        minSample: deps.minSample,
        points,
      }
    },

    /**
     * A statistics export for the staff member: the figures or the message list of the period
     * as CSV or XLSX, streamed. Only an admin may have the citizens' names and phones, and that
     * request is recorded (who, which, why) before any byte leaves.
     */
    async exportFile(staff: StaffPrincipal, query: StatsExportQuery, log: Logger) {
      const period = resolve(staff, query)
      if (query.includePhone && !canExportContacts(staff))
        throw new AppError(403, 'forbidden', '只有系统管理员可以导出联系电话')

      let source: ExportSource
      if (query.kind === 'figures') {
        source = { kind: 'figures', report: await service.report(period) }
      } else {
        const rows = await Message.countDocuments(messagesFilter(period))
        if (query.format === 'xlsx' && rows > STATS_XLSX_MAX_ROWS) {
          throw new AppError(
            422,
            'export_too_large',
            `该时段共有 ${rows} 条留言，超过 Excel 导出上限 ${STATS_XLSX_MAX_ROWS} 条，请缩短时间范围或导出 CSV`,
          )
        }
        if (query.includePhone) {
          const exported = { ...period, format: query.format, rows, reason: query.reason }
          await audit.contactsExported(staff, exported, log)
        }
        source = { kind: 'messages', period, includeContact: query.includePhone }
      }

      await deps.calendar.refreshForPreview()
      const title = query.kind === 'figures' ? '留言办理统计' : '留言清单'
      log.info({ kind: query.kind, format: query.format, period }, 'statistics exported')
      return {
        format: query.format,
        fileName: `${title}_${period.from}_${period.to}.${query.format}`,
        stream: exportStream(
          { models: deps.models, calendar: deps.calendar.current(), log },
          query,
          source,
        ),
      }
    },

    /** Unanswered messages past their deadline, the longest overdue first. */
    async overdue(unit: string | undefined): Promise<{ items: OverdueItem[]; total: number }> {
      await deps.calendar.refreshForPreview()
      const calendar = deps.calendar.current()
      const today = beijingDate(deps.clock())
      const filter = overdueFilter(unit)
      const [rows, total] = await Promise.all([
        Message.find(filter, 'title category unit firstAnsweredAt dueDate extensionWorkingDays')
          .sort({ dueAt: 1, _id: 1 })
          .limit(OVERDUE_LIST_LIMIT)
          .lean<(Message & { _id: unknown })[]>(),
        Message.countDocuments(filter),
      ])
      return {
        total,
        items: rows.map((message) => {
          const holder = holderOf(message)
          return {
            id: String(message._id),
            title: message.title,
            category: message.category,
            unit: holder,
            unitName: holderName(holder),
            dueDate: message.dueDate,
            workingDaysOverdue: calendar.workingDaysBetween(message.dueDate, today),
            extended: (message.extensionWorkingDays ?? 0) > 0,
          }
        }),
      }
    },
  }
  return service
}

function nextPeriod(start: string, granularity: TrendGranularity): string {
  if (granularity === 'week') return fromEpochDay(toEpochDay(start) + 7)
  const [year, month] = start.split('-').map(Number) as [number, number]
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
}

export type StatsService = ReturnType<typeof createStatsService>
