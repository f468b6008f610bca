import { Text, View } from '@tarojs/components'
import type { StaffMessageDetail } from '@zhengmin/shared'
import { pressable } from '../../../a11y/pressable'
import type { UnitOption } from '../../../services/staff'

interface UnitPickerProps {
  label: string
  units: UnitOption[]
  /** The chosen unit's code, '' for none. */
  unit: string
  onPick: (code: string) => void
  /** Shown when dispatching: the unit the system (or the citizen) suggested, and why. */
  suggestion?: StaffMessageDetail['routingSuggestion']
}

/** The units as a radio group, for dispatch (分办) and transfer (转办). */
export function UnitPicker({ label, units, unit, onPick, suggestion }: UnitPickerProps) {
  return (
    <View>
      <Text className="zm-label">{label}</Text>
      {suggestion ? (
        <Text className="zm-muted" data-testid="routing-suggestion">
          系统建议：{suggestion.unitName}
          {suggestion.reason === 'citizen'
            ? '（留言人选择）'
            : `（关键词“${suggestion.keyword ?? ''}”）`}
        </Text>
      ) : null}
      {units.length === 0 ? (
        <Text className="zm-muted">正在加载科室列表…</Text>
      ) : (
        <View className="zm-segmented" role="radiogroup">
          {units.map((option) => (
            <View
              key={option.code}
              className={
                option.code === unit
                  ? 'zm-segmented__item zm-segmented__item--selected'
                  : 'zm-segmented__item'
              }
              {...pressable(() => onPick(option.code), 'radio')}
              aria-checked={option.code === unit ? 'true' : 'false'}
              data-testid={`unit-option-${option.code}`}
            >
              {option.name}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
