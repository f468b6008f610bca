import { Input, Text, View } from '@tarojs/components'
import { SubmitButton } from '../../../components/SubmitButton'
import type { PendingChangeInput } from './useGuideEditor'

/** 登记已生效的变化: the date a policy or procedure changed and what changed. */
export function PendingChangeCard({
  change,
  busy,
  onChange,
  onSubmit,
}: {
  change: PendingChangeInput
  busy: boolean
  onChange: (change: PendingChangeInput) => void
  onSubmit: () => void
}) {
  return (
    <View className="zm-card">
      <Text className="guide-editor__heading">登记已生效的变化</Text>
      <Text className="zm-muted">政策或流程变化生效后，须在 20 个工作日内更新指南。</Text>
      <Input
        className="zm-input guide-editor__field"
        placeholder="生效日期，如 2026-12-01"
        value={change.effectiveOn}
        data-testid="guide-change-date"
        onInput={(event) => onChange({ ...change, effectiveOn: event.detail.value.trim() })}
      />
      <Input
        className="zm-input guide-editor__field"
        placeholder="发生了什么变化"
        value={change.note}
        data-testid="guide-change-note"
        onInput={(event) => onChange({ ...change, note: event.detail.value })}
      />
      <SubmitButton
        testId="guide-change-submit"
        busy={busy}
        label="登记变化"
        busyLabel="正在保存…"
        onSubmit={onSubmit}
      />
    </View>
  )
}
