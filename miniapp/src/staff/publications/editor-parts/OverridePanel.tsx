import { Text, Textarea, View } from '@tarojs/components'
import { pressable } from '../../../a11y/pressable'
import { FieldError } from '../../../components/FieldError'
import { SubmitButton } from '../../../components/SubmitButton'

/**
 * 仍要发布: offered after the server refused (personal data it still sees, or WeChat's content
 * check); publishing then takes a reason, which is recorded.
 */
export function OverridePanel({
  open,
  reason,
  error,
  busy,
  becauseOfFindings,
  onOpen,
  onReason,
  onPublish,
}: {
  open: boolean
  reason: string
  error: string | undefined
  busy: boolean
  /** The refusal was for personal data (else for the content check). */
  becauseOfFindings: boolean
  onOpen: () => void
  onReason: (reason: string) => void
  onPublish: () => void
}) {
  if (!open) {
    return (
      <View
        className="zm-link editor__override-link"
        {...pressable(onOpen)}
        data-testid="editor-override-open"
      >
        {becauseOfFindings
          ? '确认不是个人信息？填写理由后仍要发布'
          : '已人工审核内容？填写理由后仍要发布'}
      </View>
    )
  }
  return (
    <View className="zm-card editor__override" data-testid="editor-override">
      <Text className="editor__label">仍要发布的理由（将被记录）</Text>
      <Textarea
        className="zm-textarea"
        value={reason}
        maxlength={500}
        placeholder="例如：该号码为单位公开的咨询电话，不是个人信息"
        data-testid="editor-override-reason"
        onInput={(event) => onReason(event.detail.value)}
      />
      <FieldError field="override.reason" message={error} />
      <SubmitButton
        testId="editor-override-publish"
        busy={busy}
        label="仍要发布"
        busyLabel="正在发布…"
        onSubmit={onPublish}
      />
    </View>
  )
}
