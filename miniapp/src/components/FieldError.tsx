import { View } from '@tarojs/components'
import './FieldError.scss'

interface FieldErrorProps {
  /** The form field the message belongs to (used for data-testid="error-<field>"). */
  field: string
  message?: string | undefined
}

/** A field's validation message in red under the field; renders nothing without a message. */
export function FieldError({ field, message }: FieldErrorProps) {
  if (!message) return null
  return (
    <View className="field-error" role="alert" data-testid={`error-${field}`}>
      {message}
    </View>
  )
}
