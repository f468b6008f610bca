import { Text, View } from '@tarojs/components'
import {
  MESSAGE_CATEGORY_LABELS,
  MESSAGE_STATUS_LABELS,
  type MyMessageListItem,
} from '@zhengmin/shared'
import { formatChineseDate } from '../../utils/dates'
import { pressable } from '../../a11y/pressable'

interface WeChatMessageListProps {
  items: MyMessageListItem[]
  loading: boolean
  problem: string | null
  hasMore: boolean
  onOpen: (code: string) => void
  onMore: () => void
  onRetry: () => void
}

/** 我的留言 of the citizen signed in with WeChat: no lookup code or phone needed. */
export function WeChatMessageList(props: WeChatMessageListProps) {
  const { items, loading, problem, hasMore } = props
  return (
    <View className="zm-card" data-testid="wechat-messages">
      <Text className="zm-heading">通过微信提交的留言</Text>
      {problem ? (
        <View className="zm-problem" role="alert" data-testid="wechat-messages-error">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(props.onRetry)}>
            重试
          </View>
        </View>
      ) : null}
      {loading && items.length === 0 ? (
        <Text className="zm-muted" data-testid="wechat-messages-loading">
          正在加载…
        </Text>
      ) : null}
      {!loading && !problem && items.length === 0 ? (
        <Text className="zm-muted" data-testid="wechat-messages-empty">
          暂无通过微信提交的留言。
        </Text>
      ) : null}
      {items.map((item) => (
        <View
          key={item.code}
          className="lookup__saved"
          {...pressable(() => props.onOpen(item.code))}
          data-testid="wechat-message"
        >
          <View className="wechat-message__text">
            <Text className="wechat-message__title">{item.title}</Text>
            <Text className="zm-muted">
              {MESSAGE_CATEGORY_LABELS[item.category]} · 答复期限 {formatChineseDate(item.dueDate)}
            </Text>
          </View>
          <Text className={`zm-badge zm-badge--${item.status}`}>
            {MESSAGE_STATUS_LABELS[item.status]}
          </Text>
        </View>
      ))}
      {hasMore ? (
        <View className="zm-link" {...pressable(props.onMore)} data-testid="wechat-messages-more">
          {loading ? '正在加载…' : '加载更多'}
        </View>
      ) : null}
    </View>
  )
}
