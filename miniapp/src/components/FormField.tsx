import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { labelIdOf } from '../a11y/pressable'
import { FieldError } from './FieldError'
import './FormField.scss'

interface FormFieldProps {
  /** Field name, for ids (field-<name>) and test ids. */
  name: string
  label: string
  required?: boolean
  /** Shown after the label in grey, e.g. "选填，不公开". */
  note?: string
  /** Shown at the right of the label row, e.g. a character counter. */
  aside?: ReactNode
  error?: string | undefined
  children: ReactNode
}

/**
 * A labelled block of the form: label row, the control, then the field's error if any. The
 * control names itself after the label with `nativeProps={fieldInputProps(name, error)}`.
 */
export function FormField({ name, label, required, note, aside, error, children }: FormFieldProps) {
  return (
    <View
      id={`field-${name}`}
      className={error ? 'form-field form-field--invalid' : 'form-field'}
      data-testid={`field-${name}`}
    >
      <View className="form-field__label-row">
        <Text className="form-field__label" id={labelIdOf(name)}>
          {label}
          {required ? (
            <Text className="form-field__required" aria-hidden="true">
              {' '}
              *
            </Text>
          ) : null}
          {note ? <Text className="form-field__note">（{note}）</Text> : null}
        </Text>
        {aside}
      </View>
      {children}
      <FieldError field={name} message={error} />
    </View>
  )
}
