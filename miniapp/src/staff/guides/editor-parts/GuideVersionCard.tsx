import { Text, View } from '@tarojs/components'
import { DISCLOSURE_STATE_LABELS } from '@zhengmin/shared'
import type { StaffGuideDetail } from '../../../services/staff-guides'
import { formatChineseDate } from '../../../utils/dates'

/** Which guide and version is edited, and whether a change that took effect awaits publishing. */
export function GuideVersionCard({ detail }: { detail: StaffGuideDetail }) {
  return (
    <View className="zm-card">
      <Text className="guide-editor__heading">
        {detail.seedItem}. {detail.shortName}（第 {detail.version} 版）
      </Text>
      <Text className="zm-muted" data-testid="guide-editor-disclosure">
        {DISCLOSURE_STATE_LABELS[detail.disclosure.state]}
        {detail.pendingChange
          ? `：${formatChineseDate(detail.pendingChange.effectiveOn)}生效的变化（${detail.pendingChange.note}）须在${formatChineseDate(detail.disclosure.dueDate ?? '')}前公开`
          : ''}
      </Text>
    </View>
  )
}
