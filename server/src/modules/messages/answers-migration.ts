import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import type { Models } from '../../db/models'
import type { Message, MessageAnswer } from './message.model'
import { NO_PENDING_OUTBOX } from './message-outbox'

/**
 * Gives every message answered before answers were kept as a list its `answers`: the one
 * `answer` it has becomes the first. Idempotent and safe while the service runs: each message is
 * changed by a conditional update that matches only while it still has no list and the same
 * answer, and no action is half-written on it (an answer given meanwhile writes the list itself).
 * Returns how many messages were changed.
 */
export async function migrateAnswerLists(models: Models): Promise<number> {
  const { Message } = models
  let migrated = 0
  const unmigrated = Message.find(
    { answer: { $exists: true }, answers: { $exists: false } },
    '_id answer firstAnswer followUps',
  )
    .maxTimeMS(LONG_READ_MAX_TIME_MS)
    .lean<Pick<Message, '_id' | 'answer' | 'firstAnswer' | 'followUps'>[]>()
    .cursor()
  for await (const message of unmigrated) {
    const answer = message.answer
    if (!answer) continue
    // The unit is known only when this answer is the first one (the statistics keep its unit).
    const unit = message.followUps === 0 ? message.firstAnswer?.unit : undefined
    const first: MessageAnswer = {
      kind: answer.kind,
      content: answer.content,
      answeredAt: answer.answeredAt,
      ...(unit ? { unit } : {}),
      ...(answer.staffId ? { staffId: answer.staffId } : {}),
    }
    const result = await Message.updateOne(
      {
        _id: message._id,
        answers: { $exists: false },
        'answer.answeredAt': answer.answeredAt,
        ...NO_PENDING_OUTBOX,
      },
      { $set: { answers: [first] } },
    )
    migrated += result.modifiedCount
  }
  return migrated
}
