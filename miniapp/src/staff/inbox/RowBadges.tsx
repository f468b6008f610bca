import { Text } from '@tarojs/components'
import type { StaffMessageListItem } from '@zhengmin/shared'
import { deadlineText, deadlineTone } from '../labels'

/** A row's deadline (days left, or its status) and its 期限暂定 / 延期 badges. */
export function RowDeadline({ item }: { item: StaffMessageListItem }) {
  return (
    <>
      <Text
        className={`inbox-row__days inbox-row__days--${deadlineTone(item)}`}
        data-testid="row-days"
      >
        {deadlineText(item)}
      </Text>
      {item.provisional ? (
        <Text className="zm-badge zm-badge--warning" data-testid="row-provisional">
          期限暂定
        </Text>
      ) : null}
      {item.extensionStatus === 'requested' ? (
        <Text className="zm-badge zm-badge--warning" data-testid="row-extension">
          延期待审批
        </Text>
      ) : item.extended ? (
        <Text className="zm-badge" data-testid="row-extended">
          已延期
        </Text>
      ) : null}
    </>
  )
}
