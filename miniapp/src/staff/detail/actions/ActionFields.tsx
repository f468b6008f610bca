import { Text, Textarea, View } from '@tarojs/components'
import { FieldError } from '../../../components/FieldError'
import { SubmitButton } from '../../../components/SubmitButton'
import { EDITOR_LABELS, type Editor } from './editors'

interface ActionTextFieldProps {
  editor: Editor
  label: string
  value: string
  /** Typing also clears the form's validation message. */
  onChange: (value: string) => void
}

/** The free text of an action form (答复内容, 理由, 备注…), data-testid `<editor>-text`. */
export function ActionTextField({ editor, label, value, onChange }: ActionTextFieldProps) {
  return (
    <View>
      <Text className="zm-label">{label}</Text>
      <Textarea
        // An answer is long: its box is taller.
        className={editor === 'reply' ? 'zm-textarea action-editor__reply' : 'zm-textarea'}
        data-testid={`${editor}-text`}
        value={value}
        maxlength={-1}
        placeholder="请输入"
        placeholderClass="zm-placeholder"
        onInput={(event) => onChange(event.detail.value)}
      />
    </View>
  )
}

interface ActionSubmitProps {
  editor: Editor
  error: string | undefined
  busy: boolean
  onSubmit: () => void
}

/** The foot of an action form: its validation message and 确认<action>. */
export function ActionSubmit({ editor, error, busy, onSubmit }: ActionSubmitProps) {
  return (
    <>
      <FieldError field="action" message={error} />
      <SubmitButton
        testId={`${editor}-submit`}
        busy={busy}
        label={`确认${EDITOR_LABELS[editor]}`}
        busyLabel="正在提交…"
        onSubmit={onSubmit}
      />
    </>
  )
}
