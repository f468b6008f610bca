import { unitName } from '@zhengmin/config'
import {
  orderConversation,
  toBeijingIsoString,
  type ConversationTurn,
  type TimedTurn,
} from '@zhengmin/shared'
import { answersOf, type Message } from './message.model'

/**
 * The parts of a message both the citizen and staff see the same way: the answer, the
 * follow-up and the rating, each present only when the message has it.
 */
export function presentAnswerParts(message: Message) {
  const unit = unitName(message.unit)
  return {
    ...(message.answer
      ? {
          answer: {
            kind: message.answer.kind,
            content: message.answer.content,
            answeredAt: toBeijingIsoString(message.answer.answeredAt),
            ...(unit ? { unitName: unit } : {}),
          },
        }
      : {}),
    ...(message.followUp
      ? {
          followUp: {
            content: message.followUp.content,
            at: toBeijingIsoString(message.followUp.at),
          },
        }
      : {}),
    ...(message.rating
      ? {
          rating: {
            level: message.rating.level,
            ...(message.rating.comment ? { comment: message.rating.comment } : {}),
            ratedAt: toBeijingIsoString(message.rating.ratedAt),
          },
        }
      : {}),
  }
}

/**
 * The whole exchange in order: the question, every answer with its unit (and, for staff, who
 * gave it) and the follow-up. Answers of messages stored before the list existed count as the
 * first answer (`answersOf`).
 */
export function presentConversation(
  message: Pick<Message, 'content' | 'receivedAt' | 'answer' | 'answers' | 'followUp' | 'unit'>,
  audience: 'citizen' | 'staff',
): ConversationTurn[] {
  const answers: TimedTurn[] = answersOf(message).map((answer) => {
    const unit = unitName(answer.unit ?? message.unit)
    return {
      kind: answer.kind,
      content: answer.content,
      at: answer.answeredAt,
      ...(unit ? { unitName: unit } : {}),
      ...(audience === 'staff' && answer.staffName ? { answeredBy: answer.staffName } : {}),
    }
  })
  const followUps: TimedTurn[] = message.followUp
    ? [{ kind: 'followUp', content: message.followUp.content, at: message.followUp.at }]
    : []
  // Each follow-up answers an answer and is answered in turn: interleaved, they are in order
  // even when two share an instant; ordering by time then places a migrated answer correctly.
  const interleaved = answers.flatMap((answer, index) => {
    const followUp = followUps[index]
    return followUp ? [answer, followUp] : [answer]
  })
  const unanswered = followUps.slice(answers.length)
  return orderConversation({ kind: 'question', content: message.content, at: message.receivedAt }, [
    ...interleaved,
    ...unanswered,
  ]).map((turn) => ({ ...turn, at: toBeijingIsoString(turn.at) }))
}
