import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { RATING_LEVELS, type MyGuideRating } from '@zhengmin/shared'
import { myGuideRatings } from '../services/guides'
import { formatBeijingDateTime } from '../utils/dates'
import './RatingReplies.scss'

interface RatingRepliesProps {
  /** One guide's ratings (the guide page), or all of this rater's (我的留言). */
  slug?: string
  /** Changes when the rater has just rated, so the list is read again. */
  refreshKey?: number
}

/**
 * 差评 replies reach the rater: this rater's own 不满意 / 非常不满意 ratings of 办事指南 with the
 * office's response (整改情况), or a note that it is being dealt with. Shows nothing when there
 * are none, or when they cannot be read (the page works without them).
 */
export function RatingReplies({ slug, refreshKey = 0 }: RatingRepliesProps) {
  const [items, setItems] = useState<MyGuideRating[]>([])
  useEffect(() => {
    let current = true
    myGuideRatings(slug)
      .then((result) => {
        if (current) setItems(result.items)
      })
      .catch(() => {
        // Not essential to the page: without a connection the replies are simply not shown.
      })
    return () => {
      current = false
    }
  }, [slug, refreshKey])

  if (items.length === 0) return null
  return (
    <View className="zm-card rating-replies" data-testid="rating-replies">
      <Text className="zm-heading">我的评价与答复</Text>
      {items.map((item) => (
        <View key={item.id} className="rating-replies__item" data-testid="rating-reply">
          {slug ? null : (
            <Text className="rating-replies__guide">{item.guideName ?? '办事指南'}</Text>
          )}
          <Text className="zm-muted rating-replies__line">
            {formatBeijingDateTime(item.at)} ·{' '}
            {RATING_LEVELS.find((option) => option.level === item.level)?.label ??
              `${item.level} 分`}
          </Text>
          {item.comment ? <Text className="zm-text-block">{item.comment}</Text> : null}
          {item.response ? (
            <View className="rating-replies__response" data-testid="rating-reply-response">
              <Text className="rating-replies__label">处理情况</Text>
              <Text className="zm-text-block" userSelect>
                {item.response.text}
              </Text>
              <Text className="zm-muted rating-replies__line">
                毕节市人力资源和社会保障局 · {formatBeijingDateTime(item.response.at)}
              </Text>
            </View>
          ) : (
            <Text className="zm-muted rating-replies__line" data-testid="rating-reply-pending">
              我局正在核实处理，处理情况将在这里答复您。
            </Text>
          )}
        </View>
      ))}
    </View>
  )
}
