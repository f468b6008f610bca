import { Text, View } from '@tarojs/components'
import type { PublicationInput } from '@zhengmin/shared'
import { pressable } from '../../../a11y/pressable'
import { SubmitButton } from '../../../components/SubmitButton'

/** The drafts set aside for 批量发布, each with 移出, and the button that publishes them all. */
export function BatchCard({
  batch,
  busy,
  onRemove,
  onPublish,
}: {
  batch: readonly PublicationInput[]
  busy: boolean
  onRemove: (messageId: string) => void
  onPublish: () => void
}) {
  return (
    <View className="zm-card staff-publications__batch" data-testid="publication-batch">
      <Text className="staff-publications__batch-title">已审阅待批量发布：{batch.length} 条</Text>
      {batch.map((draft) => (
        <View key={draft.messageId} className="staff-publications__batch-row">
          <Text className="staff-publications__batch-name">{draft.title}</Text>
          <View className="zm-link" {...pressable(() => onRemove(draft.messageId))}>
            移出
          </View>
        </View>
      ))}
      <SubmitButton
        testId="publication-batch-publish"
        busy={busy}
        label={`批量发布（${batch.length} 条）`}
        busyLabel="正在发布…"
        onSubmit={onPublish}
      />
    </View>
  )
}
