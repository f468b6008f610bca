import { Text } from '@tarojs/components'
import {
  formatLookupCode,
  MESSAGE_CHANNEL_LABELS,
  type StaffMessageListItem,
} from '@zhengmin/shared'
import { deadlineText, deadlineTone } from '../labels'

/** How a message came, when not through the app (电话, 来信, 12345工单 …). */
export function RowChannel({ item }: { item: StaffMessageListItem }) {
  if (!item.channel || item.channel === 'app') return null
  return (
    <Text className="zm-badge" data-testid="row-channel">
      {MESSAGE_CHANNEL_LABELS[item.channel]}
    </Text>
  )
}

/** A row's deadline (days left, or its status) and its 期限暂定 / 待签发 / 延期 / 并单 badges. */
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
      {item.signoff ? (
        <Text
          className={`zm-badge ${item.signoff === 'pending' ? 'zm-badge--warning' : 'zm-badge--danger'}`}
          data-testid="row-signoff"
        >
          {item.signoff === 'pending' ? '待签发' : '退回修改'}
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
      {item.mergedIntoCode ? (
        <Text className="zm-badge" data-testid="row-merged">
          已与 {formatLookupCode(item.mergedIntoCode)} 合并办理
        </Text>
      ) : null}
    </>
  )
}
