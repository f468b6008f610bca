import { View } from '@tarojs/components'
import { errorIdOf } from '../a11y/pressable'
import './FieldError.scss'

interface FieldErrorProps {
  /** The form field the message belongs to (used for data-testid="error-<field>"). */
  field: string
  message?: string | undefined
}

/**
 * A field's validation message in red under the field; renders nothing without a message.
 * role="alert" has screen readers announce it when it appears; its id lets the field's input
 * refer to it (aria-describedby, see fieldInputProps).
 */
export function FieldError({ field, message }: FieldErrorProps) {
  if (!message) return null
  return (
    <View id={errorIdOf(field)} className="field-error" role="alert" data-testid={`error-${field}`}>
      {message}
    </View>
  )
}
