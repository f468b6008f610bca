import { Text, View } from '@tarojs/components'
import {
  formatLookupCode,
  MESSAGE_CATEGORY_LABELS,
  type StaffMessageListItem,
} from '@zhengmin/shared'
import { pressable } from '../../a11y/pressable'
import { RowChannel, RowDeadline } from './RowBadges'

/** The inbox rows as cards, for a phone: a tap opens the message's own page. */
export function InboxCards({
  items,
  onOpen,
}: {
  items: StaffMessageListItem[]
  onOpen: (id: string) => void
}) {
  return (
    <>
      {items.map((item) => (
        <View
          key={item.id}
          className="zm-card inbox-row"
          {...pressable(() => onOpen(item.id))}
          data-testid="inbox-row"
          data-id={item.id}
        >
          <Text className="inbox-row__title" data-testid="row-title">
            {item.title}
          </Text>
          <View className="inbox-row__meta">
            <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[item.category]}</Text>
            <RowChannel item={item} />
            <Text className="inbox-row__unit" data-testid="row-unit">
              {item.unitName ?? item.unit ?? '待分办'}
            </Text>
          </View>
          <View className="inbox-row__meta">
            <Text className="inbox-row__unit" data-testid="row-code">
              查询码 {formatLookupCode(item.code)}
            </Text>
            <Text className="inbox-row__unit" data-testid="row-received">
              收到 {item.receivedAt.slice(0, 10)}
            </Text>
          </View>
          <View className="inbox-row__meta">
            <RowDeadline item={item} />
          </View>
        </View>
      ))}
    </>
  )
}
