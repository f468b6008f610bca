import { Text } from '@tarojs/components'
import { countCharacters } from '@zhengmin/shared'
import './CharCounter.scss'

interface CharCounterProps {
  value: string
  max: number
  /** Used for data-testid="counter-<field>". */
  field: string
}

/** "12/50", red once the text is longer than allowed (counted as the server counts). */
export function CharCounter({ value, max, field }: CharCounterProps) {
  const count = countCharacters(value)
  const over = count > max
  return (
    <Text
      className={over ? 'char-counter char-counter--over' : 'char-counter'}
      data-testid={`counter-${field}`}
      aria-label={over ? `已超出${count - max}个字` : `已输入${count}个字，最多${max}个字`}
    >
      {count}/{max}
    </Text>
  )
}
