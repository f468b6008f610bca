import { formatLookupCode } from '@zhengmin/shared'
import { conflict } from '../../http/errors'
import type { Message } from './message.model'

/**
 * 并单 guard for the other staff actions: a duplicate waiting for its lead's answer is handled
 * through the lead (answer, dispatch, transfer, extension); notes stay possible. The same
 * condition is in each action's atomic update (NOT_AWAITING_LEAD, shared).
 */

/** Refuses an action on a duplicate that waits for its lead, naming the lead. */
export function assertNotAwaitingLead(message: Pick<Message, 'awaitingLead' | 'duplicateOf'>) {
  if (!message.awaitingLead) return
  const lead = message.duplicateOf ? `（查询码 ${formatLookupCode(message.duplicateOf.code)}）` : ''
  throw conflict(
    'merged_duplicate',
    `该留言已与主办留言${lead}合并办理，将随主办留言一并答复；如需单独办理，请先取消合并`,
  )
}
