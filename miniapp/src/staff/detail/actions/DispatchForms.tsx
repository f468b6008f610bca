import { Text, Textarea, View } from '@tarojs/components'
import { canGiveDispatchNote } from '@zhengmin/shared'
import { useState } from 'react'
import { ActionSubmit, ActionTextField } from './ActionFields'
import type { ActionFormProps } from './editors'
import { useActionError } from './useActionError'
import { UnitPicker } from './UnitPicker'

const DISPATCH_NOTE_LABEL = '分办意见（选填，仅经办科室可见，不向留言人公开）'

/** 分办: the office picks the unit (the suggested one is chosen first) and may add 分办意见. */
export function AssignForm({ message, units, busy, run }: ActionFormProps) {
  const [unit, setUnit] = useState(message.routingSuggestion?.unit ?? '')
  const [note, setNote] = useState('')
  const { error, setError, clearing } = useActionError()

  function submit() {
    setError(undefined)
    if (!unit) return setError('请选择经办科室')
    const dispatchNote = note.trim()
    return run('assign', { unit, ...(dispatchNote ? { dispatchNote } : {}) })
  }

  return (
    <>
      <UnitPicker
        label="经办科室"
        units={units}
        unit={unit}
        suggestion={message.routingSuggestion}
        onPick={clearing(setUnit)}
      />
      <ActionTextField
        editor="assign"
        label={DISPATCH_NOTE_LABEL}
        value={note}
        onChange={clearing(setNote)}
      />
      <ActionSubmit editor="assign" error={error} busy={busy} onSubmit={submit} />
    </>
  )
}

/**
 * 转办: to another unit with a reason, after a confirmation (the unit loses the message). The
 * office re-dispatching may add 分办意见 for the new unit.
 */
export function TransferForm({ message, staff, units, busy, run }: ActionFormProps) {
  const [unit, setUnit] = useState('')
  const [reason, setReason] = useState('')
  const [note, setNote] = useState('')
  const { error, setError, clearing } = useActionError()

  function submit() {
    setError(undefined)
    if (!unit) return setError('请选择转办的科室')
    if (unit === message.unit) return setError('请选择其他科室')
    if (!reason.trim()) return setError('请填写转办理由')
    const dispatchNote = note.trim()
    const unitName = units.find((option) => option.code === unit)?.name ?? unit
    return run(
      'transfer',
      { unit, reason: reason.trim(), ...(dispatchNote ? { dispatchNote } : {}) },
      {
        title: '确认转办',
        content: `确定将此留言转交“${unitName}”办理吗？转办后本科室不能再处理。`,
      },
    )
  }

  return (
    <>
      <UnitPicker label="转交科室" units={units} unit={unit} onPick={clearing(setUnit)} />
      <ActionTextField
        editor="transfer"
        label="转办理由"
        value={reason}
        onChange={clearing(setReason)}
      />
      {canGiveDispatchNote(staff) ? (
        <View>
          <Text className="zm-label">{DISPATCH_NOTE_LABEL}</Text>
          <Textarea
            className="zm-textarea"
            data-testid="transfer-dispatch-note"
            value={note}
            maxlength={500}
            placeholder="请输入"
            placeholderClass="zm-placeholder"
            onInput={(event) => setNote(event.detail.value)}
          />
        </View>
      ) : null}
      <ActionSubmit editor="transfer" error={error} busy={busy} onSubmit={submit} />
    </>
  )
}
