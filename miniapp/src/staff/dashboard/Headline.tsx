import { Text, View } from '@tarojs/components'
import { formatRate, type StatsReport } from '@zhengmin/shared'
import { formatWorkingDays } from './Tables'

/** One headline figure. */
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

/** The period's headline figures: received, answered, on time, overdue now, time, satisfaction. */
export function Headline({ total }: { total: StatsReport['total'] }) {
  return (
    <View className="stats-tiles" data-testid="stats-headline">
      <Tile label="收件" value={String(total.received)} testId="stats-received" />
      <Tile label="答复" value={String(total.answered)} testId="stats-answered" />
      <Tile
        label="按期答复率"
        value={formatRate(total.onTimeRate)}
        note={`${total.answeredOnTime} / ${total.answered} 件按期`}
        testId="stats-on-time"
      />
      <Tile
        label="当前超期"
        value={String(total.overdueNow)}
        alert={total.overdueNow > 0}
        testId="stats-overdue"
      />
      <Tile
        label="答复用时中位数"
        value={formatWorkingDays(total.medianAnswerDays)}
        // No answers yet: no "90% 在 —内" under the dash.
        {...(total.p90AnswerDays === null
          ? {}
          : { note: `90% 在 ${formatWorkingDays(total.p90AnswerDays)}内` })}
        testId="stats-median"
      />
      <Tile
        label="满意率"
        value={formatRate(total.satisfaction)}
        note={`${total.rated} 件评价`}
        testId="stats-satisfaction"
      />
    </View>
  )
}
