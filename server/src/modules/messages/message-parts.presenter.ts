import { findUnit } from '@zhengmin/config'
import { toBeijingIsoString } from '@zhengmin/shared'
import type { Message } from './message.model'

/** The Chinese name of a unit code, if it is one. */
export const unitName = (code: unknown): string | undefined =>
  typeof code === 'string' ? findUnit(code)?.name : undefined

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
