import { Input, View } from '@tarojs/components'
import { pressable } from '../a11y/pressable'
import './SearchBar.scss'

interface SearchBarProps {
  /** Prefix of the test ids: `<testId>` on the box, `<testId>-button` on the button. */
  testId: string
  value: string
  placeholder: string
  label: string
  maxLength: number
  onChange: (value: string) => void
  onSearch: () => void
}

/** A search box with its button; the keyboard's search key searches too. */
export function SearchBar(props: SearchBarProps) {
  return (
    <View className="search-bar" role="search">
      <Input
        className="zm-input search-bar__input"
        type="text"
        confirmType="search"
        placeholder={props.placeholder}
        maxlength={props.maxLength}
        value={props.value}
        nativeProps={{ 'aria-label': props.label }}
        data-testid={props.testId}
        onInput={(event) => props.onChange(event.detail.value)}
        onConfirm={props.onSearch}
      />
      <View
        className="search-bar__button"
        {...pressable(props.onSearch)}
        data-testid={`${props.testId}-button`}
      >
        搜索
      </View>
    </View>
  )
}
