import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { pressable } from '../../../a11y/pressable'
import { FieldError } from '../../../components/FieldError'
import { ActionSubmit, ActionTextField } from './ActionFields'
import type { ActionFormProps } from './editors'
import { useActionError } from './useActionError'

/** 申请延期: the unit asks for more working days, with a reason. */
export function ExtensionRequestForm({ busy, run }: ActionFormProps) {
  const [days, setDays] = useState('')
  const [reason, setReason] = useState('')
  const { error, setError, clearing } = useActionError()

  function submit() {
    setError(undefined)
    const workingDays = Number(days)
    if (!/^\d+$/.test(days.trim()) || workingDays < 1) {
      return setError('请填写延期的工作日数（正整数）')
    }
    if (!reason.trim()) return setError('请填写延期理由')
    return run('extension', { workingDays, reason: reason.trim() })
  }

  return (
    <>
      <View>
        <Text className="zm-label">延期工作日数</Text>
        <Input
          className="zm-input"
          data-testid="extension-days"
          type="number"
          value={days}
          maxlength={2}
          placeholder="例如 5"
          placeholderClass="zm-placeholder"
          onInput={(event) => clearing(setDays)(event.detail.value)}
        />
      </View>
      <ActionTextField
        editor="extension"
        label="延期理由"
        value={reason}
        onChange={clearing(setReason)}
      />
      <ActionSubmit editor="extension" error={error} busy={busy} onSubmit={submit} />
    </>
  )
}

/** 审批延期: the request as asked, then 同意 or 不同意 (which needs a reason). */
export function ExtensionReviewForm({ message, busy, run }: ActionFormProps) {
  const [reason, setReason] = useState('')
  const { error, setError, clearing } = useActionError()

  function refuse() {
    setError(undefined)
    if (!reason.trim()) return setError('请填写不同意延期的理由')
    return run('extension/refuse', { reason: reason.trim() })
  }

  return (
    <>
      {message.extension ? (
        <View className="zm-notice" data-testid="extension-request">
          <Text>
            申请延期 {message.extension.workingDays} 个工作日：{message.extension.reason}
          </Text>
        </View>
      ) : null}
      <ActionTextField
        editor="review"
        label="不同意时请填写理由"
        value={reason}
        onChange={clearing(setReason)}
      />
      <FieldError field="action" message={error} />
      <View>
        <Button
          className="zm-button"
          data-testid="extension-approve"
          disabled={busy || undefined}
          {...pressable(() => run('extension/approve', {}))}
        >
          同意延期
        </Button>
        <Button
          className="zm-button zm-button--danger"
          data-testid="extension-refuse"
          disabled={busy || undefined}
          {...pressable(refuse)}
        >
          不同意延期
        </Button>
      </View>
    </>
  )
}
