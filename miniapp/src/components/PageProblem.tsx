import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pressable } from '../a11y/pressable'
import './PageProblem.scss'

interface PageProblemProps {
  testId: string
  message: string
  /** Offered when trying again may help (not for a page that does not exist). */
  onRetry?: () => void
  /** The list the page belongs to, e.g. 办事指南, offered as 返回办事指南. */
  list?: { label: string; url: string }
}

function leaveFor(url: string) {
  Taro.reLaunch({ url }).catch(() => {})
}

/**
 * A page that could not be shown (not found, server unreachable): says why and offers a way
 * on — 重试 where it may help, back to the page's list, and home — so nobody is stuck.
 */
export function PageProblem({ testId, message, onRetry, list }: PageProblemProps) {
  return (
    <View className="zm-problem page-problem" role="alert" data-testid={testId}>
      <Text>{message}</Text>
      <View className="page-problem__actions">
        {onRetry ? (
          <View className="page-problem__action" {...pressable(onRetry)} data-testid="retry">
            重试
          </View>
        ) : null}
        {list ? (
          <View
            className="page-problem__action"
            {...pressable(() => leaveFor(list.url), 'link')}
            data-testid="back-to-list"
          >
            返回{list.label}
          </View>
        ) : null}
        <View
          className="page-problem__action"
          {...pressable(() => leaveFor('/pages/index/index'), 'link')}
          data-testid="back-home"
        >
          返回首页
        </View>
      </View>
    </View>
  )
}
