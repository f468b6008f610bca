import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { conversationLabels, type ConversationTurn } from '@zhengmin/shared'
import { formatBeijingDateTime } from '../utils/dates'
import './Conversation.scss'

interface ConversationProps {
  /** The whole exchange, question first, as the API gives it. */
  turns: readonly ConversationTurn[]
  /** Who the turns of the citizen are, as the reader calls them: 我的追问 or 追问. */
  citizenSide: 'self' | 'citizen'
  /** Shown after the last turn while an answer is still owed. */
  pending?: string | undefined
  /** Shown at the end of the card (the staff view's on-time line). */
  children?: ReactNode
}

const BUREAU = '毕节市人力资源和社会保障局'

/**
 * The exchange after the question, in order (答复 → 追问 → 再次答复), each turn with its date and,
 * for answers, the unit that gave it (and, for staff, who). The question itself is shown above
 * it by the page, with the rest of the message.
 */
export function Conversation({ turns, citizenSide, pending, children }: ConversationProps) {
  const labels = conversationLabels(turns)
  const later = turns.map((turn, index) => ({ turn, label: labels[index] ?? '' })).slice(1)
  return (
    <View className="zm-card conversation" data-testid="conversation">
      <Text className="zm-heading">答复与追问</Text>
      {later.map(({ turn, label }, index) => {
        const answer = turn.kind === 'reply' || turn.kind === 'decline'
        const heading = turn.kind === 'followUp' && citizenSide === 'self' ? '我的追问' : label
        return (
          <View
            key={`${turn.at}-${index}`}
            className={`conversation__turn conversation__turn--${answer ? 'answer' : 'citizen'}`}
            data-testid="conversation-turn"
            data-kind={turn.kind}
          >
            <Text
              className={`zm-badge conversation__label${turn.kind === 'decline' ? ' zm-badge--declined' : answer ? ' zm-badge--replied' : ''}`}
              data-testid="turn-label"
            >
              {heading}
            </Text>
            {turn.kind === 'decline' ? (
              <Text className="zm-muted conversation__line">不予受理的理由：</Text>
            ) : null}
            <Text
              className="zm-text-block conversation__content"
              userSelect
              data-testid="turn-content"
            >
              {turn.content}
            </Text>
            <Text className="zm-muted conversation__line" data-testid="turn-meta">
              {answer
                ? `${turn.unitName ?? BUREAU}${turn.answeredBy ? `（${turn.answeredBy}）` : ''} · `
                : ''}
              {formatBeijingDateTime(turn.at)}
            </Text>
          </View>
        )
      })}
      {later.length === 0 || pending ? (
        <Text className="zm-muted conversation__pending" data-testid="conversation-pending">
          {pending ?? '尚未答复。'}
        </Text>
      ) : null}
      {children}
    </View>
  )
}
