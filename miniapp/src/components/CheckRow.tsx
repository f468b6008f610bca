import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { pressable } from '../a11y/pressable'
import './CheckRow.scss'

interface CheckRowProps {
  checked: boolean
  onChange: (checked: boolean) => void
  /** data-testid of the row (the element to click). */
  testId: string
  children: ReactNode
}

/**
 * A large tappable checkbox row. Drawn with View/Text rather than Taro's Checkbox, whose change
 * event only comes from a CheckboxGroup and differs between the mini-program and H5.
 */
export function CheckRow({ checked, onChange, testId, children }: CheckRowProps) {
  return (
    <View
      className={checked ? 'check-row check-row--checked' : 'check-row'}
      {...pressable(() => onChange(!checked), 'checkbox')}
      aria-checked={checked ? 'true' : 'false'}
      data-testid={testId}
      data-checked={checked ? 'true' : 'false'}
    >
      <View className="check-row__box" aria-hidden="true">
        {checked ? <Text className="check-row__tick">✓</Text> : null}
      </View>
      <View className="check-row__label">{children}</View>
    </View>
  )
}
