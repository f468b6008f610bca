import { PassThrough, type Writable } from 'node:stream'
import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import ExcelJS from 'exceljs'
import type { Logger } from 'pino'
import {
  beijingDate,
  beijingWallClock,
  formatLookupCode,
  formatRate,
  holderOf,
  MESSAGE_CATEGORY_LABELS,
  MESSAGE_STATUS_LABELS,
  RATING_LEVEL_LABELS,
  toBeijingMinuteString,
  type IsoDate,
  type StatsExportQuery,
  type StatsFigures,
  type StatsReport,
  type WorkingCalendar,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Message } from '../messages'
import { holderFilter, holderName } from './stats-counters'
import type { Period } from './stats.service'

/**
 * A cell's value. Times and dates are kept apart from text so that each format writes them the
 * way a spreadsheet reads them: real date cells in XLSX, `YYYY-MM-DD HH:mm` / `YYYY-MM-DD` in CSV.
 */
export type Cell = string | number | { time: Date } | { day: IsoDate }

/** A column of an export: its Chinese heading and how a row fills it. */
interface Column<Row> {
  header: string
  value: (row: Row) => Cell
}

const orEmpty = (value: number | null): Cell => (value === null ? '' : value)

type FigureRow = { name: string; figures: StatsFigures; overdueNow: number }

/** The figures table: the same names and definitions as the dashboard and the README. */
export const FIGURE_COLUMNS: Column<FigureRow>[] = [
  { header: '科室', value: (row) => row.name },
  { header: '收件数', value: (row) => row.figures.received },
  { header: '答复数', value: (row) => row.figures.answered },
  { header: '按期答复数', value: (row) => row.figures.answeredOnTime },
  { header: '按期答复率', value: (row) => formatRate(row.figures.onTimeRate) },
  { header: '答复用时中位数（工作日）', value: (row) => orEmpty(row.figures.medianAnswerDays) },
  { header: '答复用时90百分位（工作日）', value: (row) => orEmpty(row.figures.p90AnswerDays) },
  { header: '不予受理数', value: (row) => row.figures.declined },
  { header: '转办数', value: (row) => row.figures.transfers },
  { header: '批准延期数', value: (row) => row.figures.extensions },
  { header: '未批准延期数', value: (row) => row.figures.extensionsRefused },
  { header: '评价数', value: (row) => row.figures.rated },
  { header: '满意率', value: (row) => formatRate(row.figures.satisfaction) },
  { header: '当前超期数', value: (row) => row.overdueNow },
]

export function figureRows(report: StatsReport): FigureRow[] {
  return [
    ...report.units.map((unit) => ({
      name: unit.unitName,
      figures: unit.figures,
      overdueNow: unit.overdueNow,
    })),
    { name: '合计', figures: report.total, overdueNow: report.total.overdueNow },
  ]
}

type ExportedMessage = Message & { _id: { toString(): string } }

const yesNo = (value: boolean | undefined): Cell => (value === undefined ? '' : value ? '是' : '否')
const time = (value: Date | undefined): Cell => (value ? { time: value } : '')

/** The message list: no name or phone unless an admin asked for them. */
export function messageColumns(
  calendar: WorkingCalendar,
  includeContact: boolean,
): Column<ExportedMessage>[] {
  const columns: Column<ExportedMessage>[] = [
    // The 查询码 names the message to colleagues and, read out, to the citizen; alone it opens
    // nothing (a lookup also needs the phone, which only an admin's export adds).
    { header: '查询码', value: (m) => formatLookupCode(m.code) },
    { header: '收件时间', value: (m) => time(m.receivedAt) },
    { header: '类别', value: (m) => MESSAGE_CATEGORY_LABELS[m.category] },
    { header: '标题', value: (m) => m.title },
    { header: '办理科室', value: (m) => holderName(holderOf(m)) },
    { header: '状态', value: (m) => MESSAGE_STATUS_LABELS[m.status] },
    { header: '答复期限', value: (m) => ({ day: m.dueDate }) },
    { header: '延期（工作日）', value: (m) => m.extensionWorkingDays ?? 0 },
    { header: '首次答复时间', value: (m) => time(m.firstAnsweredAt) },
    {
      header: '首次答复方式',
      value: (m) => {
        const kind = m.firstAnswer?.kind ?? m.answer?.kind
        return kind === 'decline' ? '不予受理' : kind === 'reply' ? '答复' : ''
      },
    },
    { header: '是否按期', value: (m) => yesNo(m.answeredOnTime) },
    {
      header: '答复用时（工作日）',
      value: (m) =>
        m.firstAnsweredAt
          ? calendar.workingDaysBetween(m.receivedDate, beijingDate(m.firstAnsweredAt))
          : '',
    },
    {
      header: '评价',
      value: (m) =>
        m.rating ? RATING_LEVEL_LABELS[m.rating.level as keyof typeof RATING_LEVEL_LABELS] : '',
    },
  ]
  if (includeContact) {
    columns.push(
      { header: '留言人', value: (m) => m.name ?? '' },
      { header: '联系电话', value: (m) => m.phone },
    )
  }
  return columns
}

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return) gets a leading apostrophe; quotes, commas and line breaks are quoted.
 */
export function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object')
    return 'time' in value ? toBeijingMinuteString(value.time) : value.day
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const csvLine = (cells: Cell[]) => `${cells.map(csvCell).join(',')}\r\n`

/** UTF-8 with a byte-order mark, so Excel reads the Chinese correctly. */
const BOM = '\uFEFF'

export function messagesFilter(period: Period): Record<string, unknown> {
  return {
    receivedDate: { $gte: period.from, $lte: period.to },
    ...(period.unit ? holderFilter(period.unit) : {}),
  }
}

const XLSX_TIME = 'yyyy-mm-dd hh:mm'
const XLSX_DAY = 'yyyy-mm-dd'

/** XLSX date cells carry Beijing wall-clock time (cells have no zone); a day is its midnight. */
function xlsxValue(value: Cell): string | number | Date {
  if (typeof value !== 'object') return value
  return 'time' in value ? beijingWallClock(value.time) : new Date(`${value.day}T00:00:00.000Z`)
}

/** Writes rows to `out` as CSV or XLSX, streaming; resolves when everything is written. */
async function writeTable<Row>(
  out: Writable,
  format: StatsExportQuery['format'],
  sheetName: string,
  columns: Column<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
): Promise<void> {
  if (format === 'csv') {
    const write = (chunk: string) =>
      out.write(chunk) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', ok))
    await write(BOM + csvLine(columns.map((column) => column.header)))
    for await (const row of rows) await write(csvLine(columns.map((column) => column.value(row))))
    out.end()
    return
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    // Without styles the writer drops number formats, and dates read as bare serial numbers.
    useStyles: true,
  })
  const sheet = workbook.addWorksheet(sheetName)
  sheet.columns = columns.map((column) => ({ header: column.header, width: 16 }))
  for await (const row of rows) {
    const cells = columns.map((column) => column.value(row))
    const added = sheet.addRow(cells.map(xlsxValue))
    cells.forEach((cell, index) => {
      if (typeof cell === 'object')
        added.getCell(index + 1).numFmt = 'time' in cell ? XLSX_TIME : XLSX_DAY
    })
    added.commit()
  }
  sheet.commit()
  await workbook.commit()
}

export interface ExportDeps {
  models: Models
  calendar: WorkingCalendar
  log: Logger
}

/** What an export holds: the figures of a report, or the message list of a period. */
export type ExportSource =
  | { kind: 'figures'; report: StatsReport }
  | { kind: 'messages'; period: Period; includeContact: boolean }

/** The export as a stream for the response body; errors after the start end it and are logged. */
export function exportStream(
  deps: ExportDeps,
  query: StatsExportQuery,
  source: ExportSource,
): PassThrough {
  const out = new PassThrough()
  const work =
    source.kind === 'figures'
      ? writeTable(out, query.format, '留言办理统计', FIGURE_COLUMNS, figureRows(source.report))
      : writeTable(
          out,
          query.format,
          '留言清单',
          messageColumns(deps.calendar, source.includeContact),
          deps.models.Message.find(messagesFilter(source.period))
            .sort({ receivedAt: 1, _id: 1 })
            .lean<ExportedMessage[]>()
            .maxTimeMS(LONG_READ_MAX_TIME_MS)
            .cursor(),
        )
  work.catch((error: unknown) => {
    deps.log.error({ err: error }, 'statistics export failed while streaming')
    out.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  return out
}
