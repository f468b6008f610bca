import { Text, View } from '@tarojs/components'
import type { OverdueItem, StaffGuideListItem } from '@zhengmin/shared'
import { pressable } from '../../a11y/pressable'
import { formatChineseDate } from '../../utils/dates'
import { workingDaysText } from '../labels'
import { openStaffPage } from '../navigation'

/** Guides with low ratings (不满意, 非常不满意) the office has not dealt with, most first. */
export function lowRatedGuides(guides: StaffGuideListItem[]): StaffGuideListItem[] {
  return guides
    .filter((guide) => guide.openLowRatings > 0)
    .sort((a, b) => b.openLowRatings - a.openLowRatings)
    .slice(0, 10)
}

/** 超期未答复: the messages past their deadline now; each opens the message. */
export function OverdueCard({ overdue }: { overdue: { items: OverdueItem[]; total: number } }) {
  return (
    <View className="zm-card stats-card" data-testid="stats-overdue-list">
      <Text className="zm-heading">超期未答复（{overdue.total}）</Text>
      {overdue.items.length === 0 ? (
        <Text className="zm-muted">目前没有超期未答复的留言。</Text>
      ) : null}
      {overdue.items.map((item) => (
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
  )
}

/** 有差评待处理的办事指南 (office): each leads to 办事指南管理. */
export function LowRatedGuidesCard({ guides }: { guides: StaffGuideListItem[] }) {
  const listed = lowRatedGuides(guides)
  return (
    <View className="zm-card stats-card" data-testid="stats-guides">
      <Text className="zm-heading">有差评待处理的办事指南</Text>
      {listed.length === 0 ? <Text className="zm-muted">没有待处理的差评。</Text> : null}
      {listed.map((guide) => (
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
  )
}
