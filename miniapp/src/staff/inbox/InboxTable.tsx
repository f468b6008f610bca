import { Text, View } from '@tarojs/components'
import {
  formatLookupCode,
  MESSAGE_CATEGORY_LABELS,
  type StaffMessageListItem,
} from '@zhengmin/shared'
import { pressable } from '../../a11y/pressable'
import { RowChannel, RowDeadline } from './RowBadges'

/** The columns, each with its width class (the header and the rows share them). */
const COLUMNS = [
  ['留言', 'title'],
  ['类型', 'category'],
  ['经办科室', 'unit'],
  ['收到', 'received'],
  ['期限', 'deadline'],
] as const

/**
 * The inbox rows as a table, for a desk: choosing a row shows the message beside the table
 * (the title is the row's button, so the keyboard reaches every row).
 */
export function InboxTable({
  items,
  selectedId,
  onSelect,
}: {
  items: StaffMessageListItem[]
  selectedId: string | null
  onSelect: (id: string) => void
}) {
  return (
    <View className="inbox-table" role="table" aria-label="留言列表" data-testid="inbox-table">
      <View className="inbox-table__row inbox-table__row--head" role="row">
        {COLUMNS.map(([label, column]) => (
          <View
            key={column}
            className={`inbox-table__cell inbox-table__cell--${column}`}
            role="columnheader"
          >
            {label}
          </View>
        ))}
      </View>
      {items.map((item) => {
        const selected = item.id === selectedId
        return (
          <View
            key={item.id}
            className={
              selected ? 'inbox-table__row inbox-table__row--selected' : 'inbox-table__row'
            }
            role="row"
            data-testid="inbox-row"
            data-id={item.id}
            data-selected={selected ? 'true' : 'false'}
            onClick={() => onSelect(item.id)}
          >
            <View className="inbox-table__cell inbox-table__cell--title" role="cell">
              <View
                className="inbox-table__title"
                {...pressable(() => onSelect(item.id))}
                aria-current={selected ? 'true' : undefined}
                data-testid="row-title"
              >
                {item.title}
              </View>
              <Text className="zm-muted inbox-table__code" data-testid="row-code">
                查询码 {formatLookupCode(item.code)}
              </Text>
            </View>
            <View className="inbox-table__cell inbox-table__cell--category" role="cell">
              {MESSAGE_CATEGORY_LABELS[item.category]}
              <RowChannel item={item} />
            </View>
            <View
              className="inbox-table__cell inbox-table__cell--unit"
              role="cell"
              data-testid="row-unit"
            >
              {item.unitName ?? item.unit ?? '待分办'}
            </View>
            <View
              className="inbox-table__cell inbox-table__cell--received"
              role="cell"
              data-testid="row-received"
            >
              {item.receivedAt.slice(0, 10)}
            </View>
            <View className="inbox-table__cell inbox-table__cell--deadline" role="cell">
              <RowDeadline item={item} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
