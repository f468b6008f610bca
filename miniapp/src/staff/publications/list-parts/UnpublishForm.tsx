import { Button, Textarea, View } from '@tarojs/components'
import { pressable } from '../../../a11y/pressable'

/** The reason for taking a publication down (internal only), with 确认撤下 and 取消. */
export function UnpublishForm({
  reason,
  busy,
  onReason,
  onConfirm,
  onCancel,
}: {
  reason: string
  busy: boolean
  onReason: (reason: string) => void
  onConfirm: () => void
  onCancel: () => void
}) {
  return (
    <View className="staff-publications__hide">
      <Textarea
        className="zm-textarea"
        placeholder="撤下理由（必填，至少5个字，仅内部可见）"
        value={reason}
        maxlength={500}
        data-testid="unpublish-reason"
        onInput={(event) => onReason(event.detail.value)}
      />
      <View className="staff-publications__hide-actions">
        <Button
          className="zm-button zm-button--danger"
          data-testid="unpublish-confirm"
          disabled={busy || undefined}
          {...pressable(onConfirm)}
        >
          {busy ? '正在撤下…' : '确认撤下'}
        </Button>
        <View className="zm-link" {...pressable(onCancel)}>
          取消
        </View>
      </View>
    </View>
  )
}
