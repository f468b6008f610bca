import type { ConversationTurn } from '../schemas/conversation'

/** A turn with its time as an instant, before it is presented. */
export type TimedTurn = Omit<ConversationTurn, 'at'> & { at: Date }

/**
 * Puts the turns of a message in the order they happened: the question first, then answers and
 * follow-ups by time. Two turns at the same instant keep the order given (answers stored before
 * the follow-up they led to), so the exchange always reads 提问 → 答复 → 追问 → 再次答复.
 */
export function orderConversation(question: TimedTurn, later: readonly TimedTurn[]): TimedTurn[] {
  const indexed = later.map((turn, index) => ({ turn, index }))
  indexed.sort((a, b) => a.turn.at.getTime() - b.turn.at.getTime() || a.index - b.index)
  return [question, ...indexed.map(({ turn }) => turn)]
}

/**
 * The Chinese heading of each turn, as the citizen and staff pages show it: 留言, 答复, 追问,
 * 再次答复 (an answer after an earlier one), 不予受理.
 */
export function conversationLabels(turns: readonly Pick<ConversationTurn, 'kind'>[]): string[] {
  let answers = 0
  return turns.map(({ kind }) => {
    switch (kind) {
      case 'question':
        return '留言'
      case 'followUp':
        return '追问'
      case 'decline':
        answers += 1
        return '不予受理'
      case 'reply':
        answers += 1
        return answers === 1 ? '答复' : '再次答复'
    }
  })
}
