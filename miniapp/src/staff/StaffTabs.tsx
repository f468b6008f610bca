import { View } from '@tarojs/components'
import { pressable } from '../a11y/pressable'

/**
 * The tabs of a staff list (inbox, 回复选登管理, 办事指南管理). `selected` null: none is selected
 * (the inbox while search results are shown).
 */
export function StaffTabs<Key extends string>({
  labels,
  selected,
  testIdPrefix,
  onSelect,
}: {
  /** The tabs in order, each with its name. */
  labels: readonly (readonly [Key, string])[]
  selected: Key | null
  /** Each tab's test id is `<testIdPrefix>-<key>`. */
  testIdPrefix: string
  onSelect: (key: Key) => void
}) {
  return (
    <View className="staff-tabs" role="tablist">
      {labels.map(([key, label]) => (
        <View
          key={key}
          className={
            key === selected ? 'staff-tabs__tab staff-tabs__tab--selected' : 'staff-tabs__tab'
          }
          // Reachable with Tab and chosen with Enter or Space, like a tap (keyboard-only staff).
          {...pressable(() => onSelect(key), 'tab')}
          aria-selected={key === selected ? 'true' : 'false'}
          data-testid={`${testIdPrefix}-${key}`}
          data-selected={key === selected ? 'true' : 'false'}
        >
          {label}
        </View>
      ))}
    </View>
  )
}
