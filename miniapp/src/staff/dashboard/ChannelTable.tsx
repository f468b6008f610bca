import { Text, View } from '@tarojs/components'
import { formatRate, type ChannelStats } from '@zhengmin/shared'

/**
 * 按来源渠道: per channel, the messages received in the period, their first answers, the
 * on-time rate and how many are overdue now (GET /staff/stats/channels).
 */
export function ChannelTable({ stats }: { stats: ChannelStats }) {
  return (
    <View className="zm-card" data-testid="stats-channels">
      <Text className="zm-heading">按来源渠道</Text>
      <View className="stats-table" role="table" data-testid="stats-channel-table">
        <View className="stats-table__row stats-table__row--head" role="row">
          <View className="stats-table__name" role="columnheader">
            渠道
          </View>
          <View className="stats-table__cell" role="columnheader">
            收件
          </View>
          <View className="stats-table__cell" role="columnheader">
            答复
          </View>
          <View className="stats-table__cell stats-table__cell--wide" role="columnheader">
            按期答复率
          </View>
          <View className="stats-table__cell" role="columnheader">
            超期
          </View>
        </View>
        {stats.rows.map((row) => (
          <View
            key={row.channel}
            className="stats-table__row"
            role="row"
            data-testid="stats-channel-table-row"
            data-key={row.channel}
          >
            <View className="stats-table__name" role="rowheader">
              {row.label}
            </View>
            <View className="stats-table__cell" role="cell">
              {row.received}
            </View>
            <View className="stats-table__cell" role="cell">
              {row.answered}
            </View>
            <View className="stats-table__cell stats-table__cell--wide" role="cell">
              {formatRate(row.onTimeRate)}
            </View>
            <View className="stats-table__cell" role="cell">
              {row.overdue}
            </View>
          </View>
        ))}
      </View>
      <Text className="zm-muted stats__note">
        按收到日期统计本期收到的留言：其中已首次答复的件数、按期答复率，以及目前超期未答复的件数。
      </Text>
    </View>
  )
}
