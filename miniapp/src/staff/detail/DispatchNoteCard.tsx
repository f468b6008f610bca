import { Text, View } from '@tarojs/components'
import type { StaffMessageDetail } from '@zhengmin/shared'
import { formatBeijingDateTime } from '../../utils/dates'

/** 分办意见: the office's note to the unit (staff only). */
export function DispatchNoteCard({ message }: { message: StaffMessageDetail }) {
  const note = message.dispatchNote
  if (!note) return null
  return (
    <View className="zm-card" data-testid="dispatch-note">
      <Text className="zm-heading">分办意见</Text>
      <Text className="zm-text-block">{note.text}</Text>
      <Text className="zm-muted staff-detail__line">
        {note.byName} · {formatBeijingDateTime(note.at)} · 仅工作人员可见
      </Text>
    </View>
  )
}
