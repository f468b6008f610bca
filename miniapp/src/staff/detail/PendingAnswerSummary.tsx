import { Text, View } from '@tarojs/components'
import { SIGNOFF_LEVEL_LABELS, type StaffMessageDetail } from '@zhengmin/shared'
import { formatBeijingDateTime } from '../../utils/dates'

export const KIND_LABELS = { reply: '答复', decline: '不予受理' } as const

interface PendingAnswerSummaryProps {
  pending: NonNullable<StaffMessageDetail['pendingAnswer']>
  /** This staff member may sign it off: the note that the citizen cannot see it yet is left out. */
  approver: boolean
}

/**
 * The answer held for sign-off as staff read it: waiting or sent back, its text, author, the
 * last return comment and what to do next.
 */
export function PendingAnswerSummary({ pending, approver }: PendingAnswerSummaryProps) {
  const waiting = pending.status === 'pending'
  const kind = KIND_LABELS[pending.kind]
  return (
    <>
      <Text className="zm-heading">{waiting ? `待签发的${kind}` : `已退回修改的${kind}`}</Text>
      <Text className={`zm-badge ${waiting ? 'zm-badge--warning' : 'zm-badge--danger'}`}>
        {waiting ? SIGNOFF_LEVEL_LABELS[pending.level] : '退回修改'}
      </Text>
      <Text className="zm-text-block" userSelect data-testid="pending-answer-content">
        {pending.content}
      </Text>
      <Text className="zm-muted staff-detail__line" data-testid="pending-answer-author">
        撰写人：{pending.authorName} · 提交于 {formatBeijingDateTime(pending.submittedAt)}
      </Text>
      {pending.returned ? (
        <View className="zm-notice" data-testid="pending-answer-returned">
          <Text>
            {waiting ? '上次退回意见' : '退回意见'}：{pending.returned.comment}（
            {pending.returned.byName}，{formatBeijingDateTime(pending.returned.at)}）
          </Text>
        </View>
      ) : null}
      {!waiting ? (
        <Text className="zm-muted staff-detail__line">
          请根据退回意见，在下方“{kind}”中修改后重新提交签发。
        </Text>
      ) : null}
      {waiting && !approver ? (
        <Text className="zm-muted staff-detail__line">签发前留言人看不到此内容。</Text>
      ) : null}
    </>
  )
}
