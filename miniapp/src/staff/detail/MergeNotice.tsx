import { Text, View } from '@tarojs/components'
import { ANONYMOUS_LABEL, formatLookupCode, type StaffMessageDetail } from '@zhengmin/shared'
import { pressable } from '../../a11y/pressable'
import { openStaffPage } from '../navigation'

/** The citizen's name and phone, or 匿名 where this reader may not see them (anonymous 举报). */
export function ContactLine({ message }: { message: StaffMessageDetail }) {
  if (message.contactHidden) {
    return (
      <Text className="zm-muted staff-detail__line" data-testid="staff-citizen">
        留言人：{ANONYMOUS_LABEL} · 联系电话：{ANONYMOUS_LABEL}（举报人选择对承办科室匿名）
      </Text>
    )
  }
  return (
    <Text className="zm-muted staff-detail__line" data-testid="staff-citizen">
      留言人：{message.name || '（未留姓名）'} · 联系电话：{message.phone}
      {message.anonymous ? '（匿名举报：承办科室看不到，本次查看已记录）' : ''}
    </Text>
  )
}

/** What a waiting duplicate still does with its lead: dispatch too while it awaits dispatch. */
function followsLeadIn(message: StaffMessageDetail): string {
  return message.status === 'submitted' ? '分办和答复' : '答复'
}

/** "已与…合并办理" on a merged duplicate, and a note on a lead (并单). */
export function MergeNotice({ message }: { message: StaffMessageDetail }) {
  const lead = message.duplicateOf
  if (lead) {
    return (
      <View className="zm-notice" data-testid="staff-merged">
        <Text>
          已与主办留言（查询码 {formatLookupCode(lead.code)}）合并办理
          {message.awaitingLead ? `，将随主办留言一并${followsLeadIn(message)}` : ''}。
        </Text>
        <View
          className="zm-link"
          {...pressable(() =>
            openStaffPage(`/staff/detail/index?id=${encodeURIComponent(lead.id)}`),
          )}
          data-testid="staff-merged-lead"
        >
          查看主办留言：{lead.title}
        </View>
      </View>
    )
  }
  if (message.isLead) {
    return (
      <View className="zm-notice" data-testid="staff-lead">
        <Text>有重复留言并入本留言，本留言答复后将一并答复各位留言人。</Text>
      </View>
    )
  }
  return null
}
