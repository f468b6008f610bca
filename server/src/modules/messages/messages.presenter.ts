import { toBeijingIsoString, type SubmittedMessage } from '@zhengmin/shared'
import type { Message } from './message.model'

/** The answer to a submission: what the citizen needs to follow the message. */
export function presentSubmitted(message: Message): SubmittedMessage {
  return {
    id: String(message._id),
    code: message.code,
    status: message.status,
    receivedAt: toBeijingIsoString(message.receivedAt),
    receivedDate: message.receivedDate,
    dueDate: message.dueDate,
    dueAt: toBeijingIsoString(message.dueAt),
    provisional: message.provisional,
  }
}
