import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import {
  canExportContacts,
  isBureauWide,
  type ChannelStats,
  type OverdueItem,
  type StaffGuideListItem,
  type StatsReport,
  type StatsTrend,
} from '@zhengmin/shared'
import { useState } from 'react'
import { listStaffGuides } from '../../services/staff-guides'
import { getOverdue, getStats, getTrend } from '../../services/staff-stats'
import { getChannelStats } from '../../services/staff-intake'
import { useElderModeClass } from '../../stores/elder-mode'
import { formatChineseDate } from '../../utils/dates'
import { StaffShell } from '../desk/StaffShell'
import { useDeskLayout } from '../desk/useDeskLayout'
import { LoadState } from '../LoadState'
import { useStaffData } from '../useStaffData'
import { LowRatedGuidesCard, OverdueCard } from './AttentionCards'
import { ExportCard } from './ExportCard'
import { CategoriesCard, TrendCard, UnitsCard } from './FigureCards'
import { ChannelTable } from './ChannelTable'
import { Headline } from './Headline'
import { PeriodPicker } from './PeriodPicker'
import { periodDates, type Period } from './periods'
import './index.scss'

interface Loaded {
  report: StatsReport
  trend: StatsTrend
  overdue: { items: OverdueItem[]; total: number }
  /** Guides with low ratings to deal with (office only). */
  guides: StaffGuideListItem[]
  /** Figures per channel (来源渠道); null when they could not be loaded (the rest still shows). */
  channels: ChannelStats | null
}

/** 办理统计: is every unit answering on time? Figures, charts, overdue items and exports. */
export default function StatsDashboard() {
  const stats = useStaffData<Loaded>('统计数据加载失败，请稍后重试')
  const { session, data } = stats
  const elderClass = useElderModeClass()
  const desk = useDeskLayout()
  const [period, setPeriod] = useState<Period>({ preset: 'this-month' })
  const bureauWide = session ? isBureauWide(session.staff.role) : false

  function load(chosen: Period) {
    const { from, to, granularity } = periodDates(chosen, new Date())
    return stats.load(async () => {
      const [report, trend, overdue, guides, channels] = await Promise.all([
        getStats({ from, to }),
        getTrend({ from, to }, granularity),
        getOverdue(),
        bureauWide ? listStaffGuides().then((page) => page.items) : Promise.resolve([]),
        getChannelStats({ from, to }).catch(() => null),
      ])
      return { report, trend, overdue, guides, channels }
    })
  }

  useDidShow(() => {
    void load(period)
  })

  usePullDownRefresh(() => {
    load(period).finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function choose(next: Period) {
    setPeriod(next)
    void load(next)
  }

  if (!session) return <View className="zm-page" data-testid="stats-dashboard" />

  const report = data?.report
  const large = elderClass !== ''

  return (
    <StaffShell current="dashboard" session={session}>
      <View
        className={`zm-page stats ${desk ? 'stats--desk' : ''} ${elderClass}`}
        data-testid="stats-dashboard"
      >
        <PeriodPicker period={period} onChange={choose} />
        {report ? (
          <Text className="zm-muted stats__period" data-testid="stats-period">
            {formatChineseDate(report.from)} 至 {formatChineseDate(report.to)}
            {bureauWide ? '' : `（${report.units[0]?.unitName ?? '本科室'}）`}
          </Text>
        ) : null}

        <LoadState state={stats} testId="stats" />

        {report && data ? (
          <>
            <Headline total={report.total} />
            <View className="stats-cards">
              {bureauWide ? <UnitsCard report={report} large={large} /> : null}
              <TrendCard trend={data.trend} large={large} />
              <CategoriesCard report={report} />
              {data.channels ? <ChannelTable stats={data.channels} /> : null}
              <OverdueCard overdue={data.overdue} />
              {bureauWide ? <LowRatedGuidesCard guides={data.guides} /> : null}
              <ExportCard
                from={report.from}
                to={report.to}
                isAdmin={canExportContacts(session.staff)}
                handleSignedOut={stats.handleSignedOut}
              />
            </View>
          </>
        ) : null}
      </View>
    </StaffShell>
  )
}
