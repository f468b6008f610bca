import { useState } from 'react'
import { ActionSubmit, ActionTextField } from './ActionFields'
import type { ActionFormProps } from './editors'
import { useActionError } from './useActionError'

/** 内部备注: a note only staff see. */
export function NoteForm({ busy, run }: ActionFormProps) {
  const [text, setText] = useState('')
  const { error, setError, clearing } = useActionError()

  function submit() {
    setError(undefined)
    if (!text.trim()) return setError('请填写备注内容')
    return run('notes', { text: text.trim() })
  }

  return (
    <>
      <ActionTextField
        editor="note"
        label="备注（仅工作人员可见）"
        value={text}
        onChange={clearing(setText)}
      />
      <ActionSubmit editor="note" error={error} busy={busy} onSubmit={submit} />
    </>
  )
}
