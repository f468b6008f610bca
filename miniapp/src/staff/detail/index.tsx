import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import {
  awaitsReply,
  canMergeDuplicates,
  formatLookupCode,
  MESSAGE_CATEGORY_LABELS,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_STATUS_LABELS,
  RATING_LEVEL_LABELS,
  type StaffMessageDetail,
} from '@zhengmin/shared'
import { useEffect, useState } from 'react'
import { listUnits, type UnitOption } from '../../services/staff'
import { getStaffMessage } from '../../services/staff-messages'
import { useElderModeClass } from '../../stores/elder-mode'
import { staffSession } from '../../stores/staff-session'
import { formatBeijingDateTime, formatChineseDate } from '../../utils/dates'
import { EXTENSION_STATUS_LABELS, workingDaysText } from '../labels'
import { Conversation } from '../../components/Conversation'
import { ActionPanel } from './ActionPanel'
import { MergePanel } from './MergePanel'
import { ContactLine, MergeNotice } from './MergeNotice'
import { DispatchNoteCard } from './DispatchNoteCard'
import { SignoffPanel } from './SignoffPanel'
import { MessagePhotos } from './MessagePhotos'
import { WageArrearsCard } from './WageArrearsCard'
import { StaffShell } from '../desk/StaffShell'
import { LoadState } from '../LoadState'
import { toStaffLogin } from '../navigation'
import { useStaffData } from '../useStaffData'
import './index.scss'

/** What the inbox gives the message it shows beside its table (desk layout). */
interface DetailProps {
  messageId?: string
  /**
   * Told of every version of the message this view shows (loaded, or returned by an action),
   * so the inbox row beside it shows the same status, deadline and badges at once.
   */
  onShown?: (message: StaffMessageDetail) => void
}

/**
 * 留言详情 (staff): the message with the citizen's contact details, history and actions. Its
 * own page on a phone (the id in the address); on a desk the inbox shows it beside the table
 * (`messageId`).
 */
export default function StaffMessageDetailPage(props: DetailProps) {
  const [session] = useState(() => staffSession())
  return (
    <StaffShell current="inbox" session={session}>
      <MessageDetailBody {...props} />
    </StaffShell>
  )
}

/** The message itself, with or without the desk frame around it. */
function MessageDetailBody({ messageId, onShown }: DetailProps) {
  const loaded = useStaffData<StaffMessageDetail>()
  const { session, data: message, setData: setMessage } = loaded
  const [units, setUnits] = useState<UnitOption[]>([])
  const elderClass = useElderModeClass()

  function load(id: string) {
    return loaded.load(() => getStaffMessage(id))
  }

  function open(id: string) {
    if (!session) return
    if (!id) return loaded.fail('未指定留言')
    void load(id)
    listUnits()
      .then(setUnits)
      .catch(() => {
        // The unit choices show a loading note; assign and transfer stay unavailable.
      })
  }

  useLoad((options: Record<string, string | undefined>) => {
    if (messageId === undefined) open(options.id ? decodeURIComponent(options.id) : '')
  })

  useEffect(() => {
    if (messageId !== undefined) open(messageId)
    // Opened once per message: the inbox gives each message its own detail (key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messageId])

  useEffect(() => {
    if (message) onShown?.(message)
    // Only a new version of the message is news for the inbox, not a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [message])

  if (!session) return <View className="zm-page" data-testid="staff-detail" />
  // Whether an answer was on time is decided by the first one (统计口径).
  const firstAnsweredAt = message?.conversation.find(
    (turn) => turn.kind === 'reply' || turn.kind === 'decline',
  )?.at

  return (
    <View className={`zm-page staff-detail ${elderClass}`} data-testid="staff-detail">
      <LoadState state={loaded} testId="staff-detail" />

      {message ? (
        <View>
          <View className="zm-card">
            <View className="staff-detail__meta">
              <Text className={`zm-badge zm-badge--${message.status}`} data-testid="staff-status">
                {MESSAGE_STATUS_LABELS[message.status]}
              </Text>
              <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[message.category]}</Text>
              <Text className="zm-muted">查询码 {formatLookupCode(message.code)}</Text>
            </View>
            <Text className="staff-detail__title" data-testid="staff-title">
              {message.title}
            </Text>
            <Text className="zm-text-block" userSelect data-testid="staff-content">
              {message.content}
            </Text>
            <View className="staff-detail__facts">
              <ContactLine message={message} />
              <Text className="zm-muted staff-detail__line">
                收到时间：{formatBeijingDateTime(message.receivedAt)}
              </Text>
              {message.channel && message.channel !== 'app' ? (
                <Text className="zm-muted staff-detail__line" data-testid="staff-channel">
                  来源渠道：{MESSAGE_CHANNEL_LABELS[message.channel]}
                  {message.hotlineTicketId ? ` · 工单号 ${message.hotlineTicketId}` : ''}
                </Text>
              ) : null}
              <Text className="zm-muted staff-detail__line" data-testid="staff-due">
                答复期限：{formatChineseDate(message.dueDate)}
                {message.provisional ? '（暂定，待节假日安排公布）' : ''}
                {awaitsReply(message.status)
                  ? ` · ${workingDaysText(message.workingDaysLeft)}`
                  : ''}
              </Text>
              <Text className="zm-muted staff-detail__line" data-testid="staff-unit">
                经办科室：{message.unitName ?? message.unit ?? '待分办'}
              </Text>
              {message.extension ? (
                <Text className="zm-muted staff-detail__line" data-testid="staff-extension">
                  延期申请：{message.extension.workingDays} 个工作日（
                  {EXTENSION_STATUS_LABELS[message.extension.status]}）
                  {message.extended
                    ? ` · 原期限 ${formatChineseDate(message.extension.originalDueDate)}`
                    : ''}
                </Text>
              ) : null}
            </View>
          </View>

          <MergeNotice message={message} />
          <DispatchNoteCard message={message} />
          {message.wageArrears ? <WageArrearsCard details={message.wageArrears} /> : null}
          <MessagePhotos messageId={message.id} />

          <Conversation
            turns={message.conversation}
            citizenSide="citizen"
            pending={awaitsReply(message.status) ? '等待答复。' : undefined}
          >
            {firstAnsweredAt ? (
              <Text className="zm-muted staff-detail__line" data-testid="staff-answered-at">
                首次答复 {formatBeijingDateTime(firstAnsweredAt)}
                {message.onTime === undefined ? '' : message.onTime ? ' · 按期答复' : ' · 超期答复'}
              </Text>
            ) : null}
          </Conversation>

          {message.rating ? (
            <View className="zm-card" data-testid="staff-rating">
              <Text className="zm-heading">
                评价：
                {RATING_LEVEL_LABELS[message.rating.level as 1 | 2 | 3 | 4 | 5] ??
                  message.rating.level}
              </Text>
              {message.rating.comment ? (
                <Text className="zm-text-block">{message.rating.comment}</Text>
              ) : null}
            </View>
          ) : null}

          <SignoffPanel
            message={message}
            staff={session.staff}
            onUpdated={setMessage}
            onConflict={() => load(message.id)}
            onSignedOut={() => toStaffLogin(true)}
          />

          {message.awaitingLead ? null : (
            <ActionPanel
              message={message}
              staff={session.staff}
              units={units}
              onUpdated={setMessage}
              onConflict={() => load(message.id)}
              onSignedOut={() => toStaffLogin(true)}
            />
          )}

          {canMergeDuplicates(session.staff) ? (
            <MergePanel
              message={message}
              onChanged={() => load(message.id)}
              onSignedOut={() => toStaffLogin(true)}
            />
          ) : null}

          <View className="zm-card">
            <Text className="zm-heading">办理记录</Text>
            <View className="zm-timeline" data-testid="staff-history">
              {message.history.map((entry, index) => (
                <View
                  key={`${entry.at}-${index}`}
                  className={
                    entry.internal
                      ? 'zm-timeline__item staff-history--internal'
                      : 'zm-timeline__item'
                  }
                  data-testid="history-item"
                  data-internal={entry.internal ? 'true' : 'false'}
                >
                  {entry.internal ? (
                    <Text className="zm-badge zm-badge--warning" data-testid="history-internal">
                      内部备注
                    </Text>
                  ) : null}
                  <Text className="zm-timeline__label">{entry.label}</Text>
                  {entry.text ? <Text className="zm-text-block">{entry.text}</Text> : null}
                  <Text className="zm-timeline__time">
                    {formatBeijingDateTime(entry.at)}
                    {entry.actorName ? ` · ${entry.actorName}` : ''}
                  </Text>
                </View>
              ))}
            </View>
          </View>
        </View>
      ) : null}
    </View>
  )
}
