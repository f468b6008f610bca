import { Button, Text, View } from '@tarojs/components'
import {
  awaitsReply,
  formatLookupCode,
  MESSAGE_CATEGORY_LABELS,
  MESSAGE_STATUS_LABELS,
  RATING_LEVEL_LABELS,
  type CitizenMessageView,
} from '@zhengmin/shared'
import { Conversation } from '../../components/Conversation'
import type { MessageAccess } from '../../services/messages'
import { formatBeijingDateTime, formatChineseDate } from '../../utils/dates'
import { FollowUpForm } from './FollowUpForm'
import { RatingForm } from './RatingForm'
import { pressable } from '../../a11y/pressable'
import { PhotoGallery } from '../../components/PhotoGallery'
import { listOwnPhotos, ownPhotoPath } from '../../services/attachments'

interface MessageDetailProps {
  message: CitizenMessageView
  access: MessageAccess
  refreshing: boolean
  onChange: (message: CitizenMessageView) => void
  onRefresh: () => void
  onBack: () => void
}

function ratingLabel(level: number): string {
  return RATING_LEVEL_LABELS[level as 1 | 2 | 3 | 4 | 5] ?? `${level} 分`
}

/** The citizen's own message: status, their text, the deadline, the history and the answer. */
export function MessageDetail({
  message,
  access,
  refreshing,
  onChange,
  onRefresh,
  onBack,
}: MessageDetailProps) {
  // A deadline runs while a reply is owed: before the first answer and again after a 追问.
  const awaitingAnswer = awaitsReply(message.status)
  return (
    <View className="detail" data-testid="message-detail">
      <View className="zm-card">
        <View className="detail__meta">
          <Text
            className={`zm-badge zm-badge--${message.status}`}
            data-testid="detail-status"
            data-status={message.status}
          >
            {MESSAGE_STATUS_LABELS[message.status]}
          </Text>
          <Text className="zm-badge" data-testid="detail-category">
            {MESSAGE_CATEGORY_LABELS[message.category]}
          </Text>
          <Text className="detail__code">查询码 {formatLookupCode(message.code)}</Text>
        </View>
        <Text className="detail__title" data-testid="detail-title">
          {message.title}
        </Text>
        <Text className="zm-text-block" userSelect data-testid="detail-content">
          {message.content}
        </Text>
        <Text className="zm-muted detail__line">
          提交时间：{formatBeijingDateTime(message.receivedAt)}
        </Text>
        {awaitingAnswer ? (
          <Text className="zm-muted detail__line" data-testid="detail-due">
            预计最迟答复日期：{formatChineseDate(message.dueDate)}
            {message.provisional ? '（约，以国家节假日安排公布后为准）' : ''}
          </Text>
        ) : null}
        <Text className="zm-muted detail__line" data-testid="detail-unit">
          办理单位：{message.unitName ?? '待分办'}
        </Text>
      </View>

      <PhotoGallery
        testId="own-photo"
        reloadKey={`${message.code}:${message.status}`}
        list={() => listOwnPhotos(message.code, access)}
        download={(photoId) => ownPhotoPath(message.code, access, photoId)}
        heading={(count) => `我上传的照片（${count}张，仅办理人员可见）`}
      />

      <Conversation
        turns={message.conversation}
        citizenSide="self"
        pending={
          awaitingAnswer
            ? `正在办理，最迟于${formatChineseDate(message.dueDate)}答复，请届时再来查看。`
            : undefined
        }
      />

      {message.rating ? (
        <View className="zm-card" data-testid="rating-result">
          <Text className="zm-heading">我的评价</Text>
          <Text className="zm-badge">{ratingLabel(message.rating.level)}</Text>
          {message.rating.comment ? (
            <Text className="zm-text-block detail__line">{message.rating.comment}</Text>
          ) : null}
        </View>
      ) : null}

      {message.canFollowUp ? (
        <FollowUpForm code={message.code} access={access} onDone={onChange} />
      ) : null}
      {message.canRate ? (
        <RatingForm code={message.code} access={access} onDone={onChange} />
      ) : null}

      <View className="zm-card">
        <Text className="zm-heading">办理进度</Text>
        {message.history.length === 0 ? (
          <Text className="zm-muted">暂无办理记录。</Text>
        ) : (
          <View className="zm-timeline" data-testid="timeline">
            {message.history.map((entry, index) => (
              <View
                key={`${entry.at}-${index}`}
                className="zm-timeline__item"
                data-testid="timeline-item"
              >
                <Text className="zm-timeline__label">{entry.label}</Text>
                <Text className="zm-timeline__time">{formatBeijingDateTime(entry.at)}</Text>
              </View>
            ))}
          </View>
        )}
      </View>

      <Button
        className="zm-button zm-button--secondary"
        data-testid="detail-refresh"
        disabled={refreshing || undefined}
        {...pressable(onRefresh)}
      >
        {refreshing ? '正在刷新…' : '刷新'}
      </Button>
      <Button
        className="zm-button zm-button--secondary"
        data-testid="detail-back"
        {...pressable(onBack)}
      >
        查询其他留言
      </Button>
    </View>
  )
}
