import { channelOf, type IntakeResult } from '@zhengmin/shared'
import type { Message } from '../messages'
import { presentSubmitted } from '../messages'

/** The answer to a recorded or pushed message: what the citizen needs to follow it. */
export function presentIntake(message: Message, smsSent: boolean): IntakeResult {
  return {
    ...presentSubmitted(message),
    channel: channelOf(message),
    ...(message.hotlineTicketId ? { hotlineTicketId: message.hotlineTicketId } : {}),
    smsSent,
  }
}
