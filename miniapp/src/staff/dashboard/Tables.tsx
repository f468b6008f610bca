import { View } from '@tarojs/components'
import { formatRate, type StatsFigures } from '@zhengmin/shared'

/** A figure that may be unknown (no answers yet). */
export const formatWorkingDays = (value: number | null) =>
  value === null ? '—' : `${value} 个工作日`

export interface TableRow {
  key: string
  name: string
  figures: StatsFigures
  overdueNow?: number
}

/**
 * The figures as a plain table: what screen readers read, what the mini-program shows instead
 * of charts, and the numbers behind every bar.
 */
export function FiguresTable({
  rows,
  testId,
  firstColumn,
  showOverdue,
}: {
  rows: TableRow[]
  testId: string
  firstColumn: string
  showOverdue: boolean
}) {
  return (
    <View className="stats-table" role="table" data-testid={testId}>
      <View className="stats-table__row stats-table__row--head" role="row">
        <View className="stats-table__name" role="columnheader">
          {firstColumn}
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
        {showOverdue ? (
          <View className="stats-table__cell" role="columnheader">
            超期
          </View>
        ) : null}
      </View>
      {rows.map((row) => (
        <View
          key={row.key}
          className="stats-table__row"
          role="row"
          data-testid={`${testId}-row`}
          data-key={row.key}
        >
          <View className="stats-table__name" role="rowheader">
            {row.name}
          </View>
          <View className="stats-table__cell" role="cell">
            {row.figures.received}
          </View>
          <View className="stats-table__cell" role="cell">
            {row.figures.answered}
          </View>
          <View
            className={
              row.figures.onTimeRate.insufficient
                ? 'stats-table__cell stats-table__cell--wide zm-muted'
                : 'stats-table__cell stats-table__cell--wide'
            }
            role="cell"
          >
            {formatRate(row.figures.onTimeRate)}
          </View>
          {showOverdue ? (
            <View
              className={
                row.overdueNow ? 'stats-table__cell stats-table__cell--alert' : 'stats-table__cell'
              }
              role="cell"
            >
              {row.overdueNow ?? 0}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
