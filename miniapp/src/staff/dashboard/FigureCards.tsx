import { Text, View } from '@tarojs/components'
import { formatRate, type StatsReport, type StatsTrend } from '@zhengmin/shared'
import { StatsChart } from './StatsChart'
import { FiguresTable } from './Tables'

const PRIMARY = '#1f5fa8'
const MUTED = '#8a96a5'

/** 各科室按期答复率: bars, the table behind them, and how units are ranked. */
export function UnitsCard({ report, large }: { report: StatsReport; large: boolean }) {
  const rows = report.units.map((unit) => ({
    key: unit.unit,
    name: unit.unitName,
    figures: unit.figures,
    overdueNow: unit.overdueNow,
  }))
  return (
    <View className="zm-card stats-card stats-card--wide" data-testid="stats-units">
      <Text className="zm-heading">各科室按期答复率</Text>
      <StatsChart
        testId="stats-units-chart"
        description={`各科室按期答复率：${rows
          .map((row) => `${row.name}${formatRate(row.figures.onTimeRate)}`)
          .join('，')}`}
        spec={{
          kind: 'bars',
          labels: rows.map((row) => row.name),
          series: [
            {
              label: '按期答复率',
              values: rows.map((row) => row.figures.onTimeRate.value),
              color: PRIMARY,
            },
          ],
          percent: true,
          large,
        }}
      />
      <FiguresTable rows={rows} testId="stats-units-table" firstColumn="科室" showOverdue />
      <Text className="zm-muted stats__note">
        按按期答复率排序；答复少于 {report.minSample} 件的科室显示“样本不足”，排在最后。
      </Text>
    </View>
  )
}

/** 每周/每月趋势: on-time rate and satisfaction over the period, chart and table. */
export function TrendCard({ trend, large }: { trend: StatsTrend; large: boolean }) {
  const weekly = trend.granularity === 'week'
  return (
    <View className="zm-card stats-card" data-testid="stats-trend">
      <Text className="zm-heading">{weekly ? '每周趋势' : '每月趋势'}</Text>
      <StatsChart
        testId="stats-trend-chart"
        description={`按期答复率趋势：${trend.points
          .map((point) => `${point.start}起${formatRate(point.figures.onTimeRate)}`)
          .join('，')}`}
        spec={{
          kind: 'line',
          labels: trend.points.map((point) => point.start.slice(5)),
          series: [
            {
              label: '按期答复率',
              values: trend.points.map((point) => point.figures.onTimeRate.value),
              color: PRIMARY,
            },
            {
              label: '满意率',
              values: trend.points.map((point) => point.figures.satisfaction.value),
              color: MUTED,
            },
          ],
          percent: true,
          large,
        }}
      />
      <FiguresTable
        rows={trend.points.map((point) => ({
          key: point.start,
          name: `${point.start.slice(5)}–${point.end.slice(5)}`,
          figures: point.figures,
        }))}
        testId="stats-trend-table"
        firstColumn={weekly ? '周' : '月'}
        showOverdue={false}
      />
    </View>
  )
}

/** 按留言类别: the figures per category, and the period's declines, transfers and extensions. */
export function CategoriesCard({ report }: { report: StatsReport }) {
  return (
    <View className="zm-card stats-card" data-testid="stats-categories">
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
  )
}
