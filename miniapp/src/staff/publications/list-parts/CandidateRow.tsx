import { Text, View } from '@tarojs/components'
import { MESSAGE_CATEGORY_LABELS, type PublicationCandidate } from '@zhengmin/shared'
import { pressable } from '../../../a11y/pressable'
import { openStaffPage } from '../../navigation'

/** An answer that may be published; tapping it opens the editor. */
export function CandidateRow({
  candidate,
  inBatch,
}: {
  candidate: PublicationCandidate
  /** Already set aside for 批量发布. */
  inBatch: boolean
}) {
  return (
    <View
      className="zm-card inbox-row"
      {...pressable(() =>
        openStaffPage(
          `/staff/publications/editor?messageId=${encodeURIComponent(candidate.messageId)}`,
        ),
      )}
      data-testid="candidate-row"
    >
      <Text className="inbox-row__title">{candidate.title}</Text>
      <View className="inbox-row__meta">
        <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[candidate.category]}</Text>
        <Text className="inbox-row__unit">{candidate.unitName ?? '—'}</Text>
        <Text className="zm-muted">答复于 {candidate.answeredDate}</Text>
        {candidate.previouslyHidden ? (
          <Text className="zm-badge zm-badge--warning">曾撤下</Text>
        ) : null}
        {inBatch ? <Text className="zm-badge">已加入批量发布</Text> : null}
      </View>
    </View>
  )
}
