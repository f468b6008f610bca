import { Input, Text, Textarea, View } from '@tarojs/components'
import type { Pendable } from '@zhengmin/shared'
import { createContext, useContext, useRef, type ReactNode } from 'react'
import { CheckRow } from '../../../components/CheckRow'
import { FormField } from '../../../components/FormField'

/*
 * The building blocks of the guide form. Every control gets the path of its value in the guide
 * (['materials', 'value', 0, 'name']): the path finds the control's error and names its test id;
 * it is never shown to the clerk.
 */

export type FieldPath = readonly (string | number)[]

/** The form's current validation messages, by path. */
export const FieldErrorsContext = createContext<ReadonlyMap<string, string>>(new Map())

export const pathKey = (path: FieldPath) => path.join('.')
/** The test id / element name of a path: materials-value-0-name. */
export const pathName = (path: FieldPath) => path.join('-')

function useError(path: FieldPath): string | undefined {
  return useContext(FieldErrorsContext).get(pathKey(path))
}

interface TextFieldProps {
  path: FieldPath
  label: string
  value: string | undefined
  onChange: (value: string) => void
  placeholder?: string
  multiline?: boolean
  note?: string
  required?: boolean
}

/** A labelled text input with its error underneath. */
export function TextField(props: TextFieldProps) {
  const { path, label, value, onChange, placeholder, multiline, note, required } = props
  const name = pathName(path)
  return (
    <FormField name={name} label={label} error={useError(path)} note={note} required={required}>
      {multiline ? (
        <Textarea
          className="zm-textarea guide-form__textarea"
          value={value ?? ''}
          maxlength={-1}
          placeholder={placeholder}
          data-testid={name}
          onInput={(event) => onChange(event.detail.value)}
        />
      ) : (
        <Input
          className="zm-input"
          value={value ?? ''}
          placeholder={placeholder}
          data-testid={name}
          onInput={(event) => onChange(event.detail.value)}
        />
      )}
    </FormField>
  )
}

/** Optional text: an empty field leaves the value out. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value
}

/** A whole number; what is not one stays NaN so the schema says 须为整数 next to the field. */
export function NumberField(props: {
  path: FieldPath
  label: string
  value: number
  onChange: (value: number) => void
}) {
  const { path, label, value, onChange } = props
  const name = pathName(path)
  return (
    <FormField name={name} label={label} error={useError(path)}>
      <Input
        className="zm-input guide-form__number"
        type="number"
        value={Number.isFinite(value) ? String(value) : ''}
        data-testid={name}
        onInput={(event) => {
          const text = event.detail.value.trim()
          onChange(/^\d+$/.test(text) ? Number(text) : Number.NaN)
        }}
      />
    </FormField>
  )
}

/** One choice among a few, as buttons (works alike in H5 and the mini-program). */
export function ChoiceField<T extends string | boolean>(props: {
  path: FieldPath
  label: string
  value: T | undefined
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
}) {
  const { path, label, value, options, onChange } = props
  const name = pathName(path)
  return (
    <FormField name={name} label={label} error={useError(path)}>
      <View className="guide-form__choices" role="radiogroup" data-testid={name}>
        {options.map((option) => (
          <View
            key={String(option.value)}
            role="radio"
            aria-checked={option.value === value ? 'true' : 'false'}
            className={
              option.value === value
                ? 'guide-form__choice guide-form__choice--on'
                : 'guide-form__choice'
            }
            data-testid={`${name}-${String(option.value)}`}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </View>
        ))}
      </View>
    </FormField>
  )
}

/** A yes/no field drawn as a checkbox row. */
export function CheckField(props: {
  path: FieldPath
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <CheckRow checked={props.checked} onChange={props.onChange} testId={pathName(props.path)}>
      {props.label}
    </CheckRow>
  )
}

/**
 * A field that may be marked 待确认. Unticking restores the value last entered (or `empty()`),
 * so a clerk can flip the toggle without losing what was typed. The office's note on a pending
 * field stays internal: citizens read one public sentence instead.
 */
export function PendableField<T>(props: {
  path: FieldPath
  label: string
  field: Pendable<T>
  empty: () => T
  onChange: (field: Pendable<T>) => void
  children: (value: T, set: (value: T) => void) => ReactNode
  /** Small fields (份数, 形式) skip the internal note box; a stored note is kept as it is. */
  withNote?: boolean
}) {
  const { path, label, field, empty, onChange, children, withNote = true } = props
  const lastKnown = useRef<T | undefined>(field.status === 'known' ? field.value : undefined)
  if (field.status === 'known') lastKnown.current = field.value
  const name = pathName(path)
  const error = useError(path)
  return (
    <View className="guide-form__pendable" data-testid={`${name}-block`}>
      <View className="guide-form__pendable-head">
        <Text className="guide-form__pendable-label">{label}</Text>
        <CheckRow
          checked={field.status === 'pending'}
          testId={`${name}-pending`}
          onChange={(isPending) =>
            onChange(
              isPending
                ? { status: 'pending' }
                : { status: 'known', value: lastKnown.current ?? empty() },
            )
          }
        >
          待确认
        </CheckRow>
      </View>
      {error ? (
        <View className="field-error" role="alert" data-testid={`error-${name}`}>
          {error}
        </View>
      ) : null}
      {field.status === 'known' ? (
        children(field.value, (value) => onChange({ status: 'known', value }))
      ) : withNote ? (
        <TextField
          path={[...path, 'note']}
          label="内部备注"
          note="仅工作人员可见；公众看到“该项信息正在核实，可拨打12333咨询”"
          value={field.note}
          onChange={(note) => {
            const text = optionalText(note)
            onChange(text === undefined ? { status: 'pending' } : { status: 'pending', note })
          }}
        />
      ) : null}
    </View>
  )
}

/** Rows that can be added, removed and moved up or down; `render` draws one row. */
export function RowList<T>(props: {
  path: FieldPath
  /** What one row is called: 材料, 步骤… */
  noun: string
  rows: readonly T[]
  empty: () => T
  onChange: (rows: T[]) => void
  render: (row: T, set: (row: T) => void, path: FieldPath, index: number) => ReactNode
  /** Numbered rows (steps) say 第n步 rather than 第n项. */
  ordinal?: (index: number) => string
}) {
  const { path, noun, rows, empty, onChange, render, ordinal } = props
  const name = pathName(path)
  const error = useError(path)
  // Stable keys that follow the rows when they move, so each row keeps its own field state
  // (what a 待确认 toggle restores); rebuilt when the rows are replaced from outside.
  const ids = useRef<number[]>([])
  const nextId = useRef(0)
  if (ids.current.length !== rows.length) ids.current = rows.map(() => nextId.current++)
  const move = (from: number, to: number) => {
    const next = [...rows]
    const [row] = next.splice(from, 1)
    const [id] = ids.current.splice(from, 1)
    if (row === undefined || id === undefined) return
    next.splice(to, 0, row)
    ids.current.splice(to, 0, id)
    onChange(next)
  }
  const remove = (index: number) => {
    ids.current.splice(index, 1)
    onChange(rows.filter((_, i) => i !== index))
  }
  const add = () => {
    ids.current.push(nextId.current++)
    onChange([...rows, empty()])
  }
  return (
    <View className="guide-form__rows" data-testid={name}>
      {error ? (
        <View className="field-error" role="alert" data-testid={`error-${name}`}>
          {error}
        </View>
      ) : null}
      {rows.map((row, index) => (
        <View key={ids.current[index]} className="guide-form__row" data-testid={`${name}-row`}>
          <View className="guide-form__row-head">
            <Text className="guide-form__row-title">
              {ordinal ? ordinal(index) : `${noun}${index + 1}`}
            </Text>
            <View className="guide-form__row-actions">
              <View
                role="button"
                className="guide-form__action"
                aria-disabled={index === 0 ? 'true' : 'false'}
                data-testid={`${name}-${index}-up`}
                onClick={() => index > 0 && move(index, index - 1)}
              >
                上移
              </View>
              <View
                role="button"
                className="guide-form__action"
                aria-disabled={index === rows.length - 1 ? 'true' : 'false'}
                data-testid={`${name}-${index}-down`}
                onClick={() => index < rows.length - 1 && move(index, index + 1)}
              >
                下移
              </View>
              <View
                role="button"
                className="guide-form__action guide-form__action--danger"
                data-testid={`${name}-${index}-remove`}
                onClick={() => remove(index)}
              >
                删除
              </View>
            </View>
          </View>
          {render(
            row,
            (next) => onChange(rows.map((old, i) => (i === index ? next : old))),
            [...path, index],
            index,
          )}
        </View>
      ))}
      <View role="button" className="guide-form__add" data-testid={`${name}-add`} onClick={add}>
        ＋ 添加{noun}
      </View>
    </View>
  )
}
