import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import {
  formatRate,
  isBureauWide,
  type ChannelStats,
  type OverdueItem,
  type StaffGuideListItem,
  type StatsReport,
  type StatsTrend,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { failureText } from '../../services/api'
import { isSignedOut } from '../../services/staff'
import { listStaffGuides } from '../../services/staff-guides'
import {
  downloadExport,
  EXPORT_FORMATS,
  getOverdue,
  getStats,
  getTrend,
  type ExportRequest,
} from '../../services/staff-stats'
import { useElderModeClass } from '../../stores/elder-mode'
import { staffSession } from '../../stores/staff-session'
import { formatChineseDate } from '../../utils/dates'
import { workingDaysText } from '../labels'
import { openStaffPage, toStaffLogin } from '../navigation'
import { StatsChart } from './StatsChart'
import { ChannelTable } from './ChannelTable'
import { getChannelStats } from '../../services/staff-intake'
import { FiguresTable, formatWorkingDays } from './Tables'
import { PERIOD_PRESETS, presetPeriod, type PeriodKey } from './periods'
import './index.scss'
import { pressable } from '../../a11y/pressable'

interface Loaded {
  report: StatsReport
  trend: StatsTrend
  overdue: { items: OverdueItem[]; total: number }
  /** Guides with low ratings to deal with (office only). */
  guides: StaffGuideListItem[]
  /** Figures per channel (来源渠道); null when they could not be loaded (the rest still shows). */
  channels: ChannelStats | null
}

const PRIMARY = '#1f5fa8'
const MUTED = '#8a96a5'
const FORMAT_LABELS = { csv: 'CSV', xlsx: 'Excel' } as const

/** Guides with low ratings (不满意, 非常不满意) the office has not dealt with, most first. */
function lowRatedGuides(guides: StaffGuideListItem[]): StaffGuideListItem[] {
  return guides
    .filter((guide) => guide.openLowRatings > 0)
    .sort((a, b) => b.openLowRatings - a.openLowRatings)
    .slice(0, 10)
}

/** 办理统计: is every unit answering on time? Figures, charts, overdue items and exports. */
export default function StatsDashboard() {
  const [session] = useState(() => staffSession())
  const elderClass = useElderModeClass()
  const [periodKey, setPeriodKey] = useState<PeriodKey>('this-month')
  const [data, setData] = useState<Loaded | null>(null)
  const [loading, setLoading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [exporting, setExporting] = useState<string | null>(null)
  const [withPhone, setWithPhone] = useState(false)
  const [reason, setReason] = useState('')
  const latest = useRef(0)
  const bureauWide = session ? isBureauWide(session.staff.role) : false
  const isAdmin = session?.staff.role === 'admin'

  async function load(key: PeriodKey) {
    const ticket = ++latest.current
    const { from, to, granularity } = presetPeriod(key, new Date())
    setLoading(true)
    setProblem(null)
    try {
      const [report, trend, overdue, guides, channels] = await Promise.all([
        getStats({ from, to }),
        getTrend({ from, to }, granularity),
        getOverdue(),
        bureauWide ? listStaffGuides().then((page) => page.items) : Promise.resolve([]),
        getChannelStats({ from, to }).catch(() => null),
      ])
      if (ticket === latest.current) setData({ report, trend, overdue, guides, channels })
    } catch (error) {
      if (ticket !== latest.current) return
      if (isSignedOut(error)) return toStaffLogin(true)
      setProblem(failureText(error, '统计数据加载失败，请稍后重试'))
    } finally {
      if (ticket === latest.current) setLoading(false)
    }
  }

  useDidShow(() => {
    if (!session) return toStaffLogin(false)
    load(periodKey)
  })

  usePullDownRefresh(() => {
    load(periodKey).finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function choose(key: PeriodKey) {
    if (key === periodKey) return
    setPeriodKey(key)
    load(key)
  }

  async function runExport(kind: ExportRequest['kind'], format: ExportRequest['format']) {
    if (!data) return
    const includePhone = isAdmin && kind === 'messages' && withPhone
    if (includePhone) {
      if (reason.trim().length < 2) {
        setProblem('导出联系电话须填写原因')
        return
      }
      const { confirm } = await Taro.showModal({
        title: '导出联系电话',
        content: '导出的留言清单将包含留言人姓名和联系电话，本次导出及原因会被记录。确定导出吗？',
        confirmText: '确定导出',
        cancelText: '取消',
      })
      if (!confirm) return
    }
    setExporting(`${kind}-${format}`)
    setProblem(null)
    try {
      await downloadExport({
        from: data.report.from,
        to: data.report.to,
        kind,
        format,
        ...(includePhone ? { includePhone: true, reason: reason.trim() } : {}),
      })
      Taro.showToast({ title: '已导出', icon: 'none' })
    } catch (error) {
      if (isSignedOut(error)) return toStaffLogin(true)
      setProblem(failureText(error, '导出未成功，请稍后重试'))
    } finally {
      setExporting(null)
    }
  }

  if (!session) return <View className="zm-page" data-testid="stats-dashboard" />

  const report = data?.report
  const large = elderClass !== ''
  const unitRows = report
    ? report.units.map((unit) => ({
        key: unit.unit,
        name: unit.unitName,
        figures: unit.figures,
        overdueNow: unit.overdueNow,
      }))
    : []
  const guides = data ? lowRatedGuides(data.guides) : []

  return (
    <View className={`zm-page stats ${elderClass}`} data-testid="stats-dashboard">
      <View className="stats-periods" role="radiogroup" aria-label="统计区间">
        {PERIOD_PRESETS.map((preset) => (
          <View
            key={preset.key}
            className={
              preset.key === periodKey
                ? 'stats-periods__chip stats-periods__chip--selected'
                : 'stats-periods__chip'
            }
            {...pressable(() => choose(preset.key), 'radio')}
            aria-checked={preset.key === periodKey ? 'true' : 'false'}
            data-testid={`stats-period-${preset.key}`}
          >
            {preset.label}
          </View>
        ))}
      </View>
      {report ? (
        <Text className="zm-muted stats__period" data-testid="stats-period">
          {formatChineseDate(report.from)} 至 {formatChineseDate(report.to)}
          {bureauWide ? '' : `（${report.units[0]?.unitName ?? '本科室'}）`}
        </Text>
      ) : null}

      {problem ? (
        <View className="zm-problem" role="alert" data-testid="stats-error">
          <Text>{problem}</Text>
        </View>
      ) : null}
      {loading && !data ? <Text className="zm-muted stats__state">正在加载…</Text> : null}

      {report && data ? (
        <>
          <View className="stats-tiles" data-testid="stats-headline">
            <Tile label="收件" value={String(report.total.received)} testId="stats-received" />
            <Tile label="答复" value={String(report.total.answered)} testId="stats-answered" />
            <Tile
              label="按期答复率"
              value={formatRate(report.total.onTimeRate)}
              note={`${report.total.answeredOnTime} / ${report.total.answered} 件按期`}
              testId="stats-on-time"
            />
            <Tile
              label="当前超期"
              value={String(report.total.overdueNow)}
              alert={report.total.overdueNow > 0}
              testId="stats-overdue"
            />
            <Tile
              label="答复用时中位数"
              value={formatWorkingDays(report.total.medianAnswerDays)}
              note={`90% 在 ${formatWorkingDays(report.total.p90AnswerDays)}内`}
              testId="stats-median"
            />
            <Tile
              label="满意率"
              value={formatRate(report.total.satisfaction)}
              note={`${report.total.rated} 件评价`}
              testId="stats-satisfaction"
            />
          </View>

          {bureauWide ? (
            <View className="zm-card" data-testid="stats-units">
              <Text className="zm-heading">各科室按期答复率</Text>
              <StatsChart
                testId="stats-units-chart"
                description={`各科室按期答复率：${unitRows
                  .map((row) => `${row.name}${formatRate(row.figures.onTimeRate)}`)
                  .join('，')}`}
                spec={{
                  kind: 'bars',
                  labels: unitRows.map((row) => row.name),
                  series: [
                    {
                      label: '按期答复率',
                      values: unitRows.map((row) => row.figures.onTimeRate.value),
                      color: PRIMARY,
                    },
                  ],
                  percent: true,
                  large,
                }}
              />
              <FiguresTable
                rows={unitRows}
                testId="stats-units-table"
                firstColumn="科室"
                showOverdue
              />
              <Text className="zm-muted stats__note">
                按按期答复率排序；答复少于 {report.minSample} 件的科室显示“样本不足”，排在最后。
              </Text>
            </View>
          ) : null}

          <View className="zm-card" data-testid="stats-trend">
            <Text className="zm-heading">
              {data.trend.granularity === 'week' ? '每周趋势' : '每月趋势'}
            </Text>
            <StatsChart
              testId="stats-trend-chart"
              description={`按期答复率趋势：${data.trend.points
                .map((point) => `${point.start}起${formatRate(point.figures.onTimeRate)}`)
                .join('，')}`}
              spec={{
                kind: 'line',
                labels: data.trend.points.map((point) => point.start.slice(5)),
                series: [
                  {
                    label: '按期答复率',
                    values: data.trend.points.map((point) => point.figures.onTimeRate.value),
                    color: PRIMARY,
                  },
                  {
                    label: '满意率',
                    values: data.trend.points.map((point) => point.figures.satisfaction.value),
                    color: MUTED,
                  },
                ],
                percent: true,
                large,
              }}
            />
            <FiguresTable
              rows={data.trend.points.map((point) => ({
                key: point.start,
                name: `${point.start.slice(5)}–${point.end.slice(5)}`,
                figures: point.figures,
              }))}
              testId="stats-trend-table"
              firstColumn={data.trend.granularity === 'week' ? '周' : '月'}
              showOverdue={false}
            />
          </View>

          <View className="zm-card" data-testid="stats-categories">
            <Text className="zm-heading">按留言类别</Text>
            <FiguresTable
              rows={report.byCategory.map((row) => ({
                key: row.category,
                name: row.categoryName,
                figures: row.figures,
              }))}
              testId="stats-category-table"
              firstColumn="类别"
              showOverdue={false}
            />
            <Text className="zm-muted stats__note">
              不予受理 {report.total.declined} 件 · 转办 {report.total.transfers} 件 · 批准延期{' '}
              {report.total.extensions} 件（未批准 {report.total.extensionsRefused} 件）
            </Text>
          </View>

          {data.channels ? <ChannelTable stats={data.channels} /> : null}

          <View className="zm-card" data-testid="stats-overdue-list">
            <Text className="zm-heading">超期未答复（{data.overdue.total}）</Text>
            {data.overdue.items.length === 0 ? (
              <Text className="zm-muted">目前没有超期未答复的留言。</Text>
            ) : null}
            {data.overdue.items.map((item) => (
              <View
                key={item.id}
                className="stats-overdue"
                {...pressable(() =>
                  openStaffPage(`/staff/detail/index?id=${encodeURIComponent(item.id)}`),
                )}
                data-testid="stats-overdue-row"
              >
                <Text className="stats-overdue__title">{item.title}</Text>
                <Text className="zm-muted stats-overdue__meta">
                  {item.unitName} · 期限 {formatChineseDate(item.dueDate)}
                  {item.extended ? '（已延期）' : ''}
                </Text>
                <Text className="stats-overdue__days">
                  {item.workingDaysOverdue > 0
                    ? workingDaysText(-item.workingDaysOverdue)
                    : '已超期（不足1个工作日）'}
                </Text>
              </View>
            ))}
          </View>

          {bureauWide ? (
            <View className="zm-card" data-testid="stats-guides">
              <Text className="zm-heading">有差评待处理的办事指南</Text>
              {guides.length === 0 ? <Text className="zm-muted">没有待处理的差评。</Text> : null}
              {guides.map((guide) => (
                <View
                  key={guide.slug}
                  className="stats-overdue"
                  {...pressable(() => openStaffPage('/staff/guides/index'))}
                  data-testid="stats-guide-row"
                >
                  <Text className="stats-overdue__title">{guide.shortName}</Text>
                  <Text className="zm-muted stats-overdue__meta">
                    待处理差评 {guide.openLowRatings} 条 · {guide.unitName ?? guide.unit}
                  </Text>
                </View>
              ))}
            </View>
          ) : null}

          <View className="zm-card" data-testid="stats-export">
            <Text className="zm-heading">导出</Text>
            <Text className="zm-muted stats__note">
              导出 {formatChineseDate(report.from)} 至 {formatChineseDate(report.to)}
              的数据，口径与本页相同。留言清单默认不含留言人姓名和联系电话。
            </Text>
            {isAdmin ? (
              <View className="stats-export__phone">
                <View
                  className="stats-export__switch"
                  {...pressable(() => setWithPhone(!withPhone), 'checkbox')}
                  aria-checked={withPhone ? 'true' : 'false'}
                  data-testid="stats-export-phone"
                >
                  <Text>留言清单包含姓名和联系电话</Text>
                  <Text className="stats-export__check">{withPhone ? '☑' : '☐'}</Text>
                </View>
                {withPhone ? (
                  <Textarea
                    className="zm-textarea stats-export__reason"
                    value={reason}
                    maxlength={200}
                    placeholder="请填写导出联系电话的原因（将被记录）"
                    data-testid="stats-export-reason"
                    onInput={(event) => setReason(event.detail.value)}
                  />
                ) : null}
              </View>
            ) : null}
            {(['figures', 'messages'] as const).map((kind) => (
              <View key={kind} className="stats-export__row">
                <Text className="stats-export__label">
                  {kind === 'figures' ? '统计表' : '留言清单'}
                </Text>
                {EXPORT_FORMATS.map((format) => (
                  <View
                    key={format}
                    className="zm-link stats-export__button"
                    {...pressable(() => (exporting ? undefined : runExport(kind, format)))}
                    aria-disabled={exporting ? 'true' : 'false'}
                    data-testid={`stats-export-${kind}-${format}`}
                  >
                    {exporting === `${kind}-${format}` ? '正在导出…' : FORMAT_LABELS[format]}
                  </View>
                ))}
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}

function Tile({
  label,
  value,
  note,
  alert,
  testId,
}: {
  label: string
  value: string
  note?: string
  alert?: boolean
  testId: string
}) {
  return (
    <View className="stats-tile" data-testid={testId}>
      <Text className="stats-tile__label">{label}</Text>
      <Text className={alert ? 'stats-tile__value stats-tile__value--alert' : 'stats-tile__value'}>
        {value}
      </Text>
      {note ? <Text className="stats-tile__note">{note}</Text> : null}
    </View>
  )
}
