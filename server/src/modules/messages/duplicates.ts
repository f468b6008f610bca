import { formatLookupCode } from '@zhengmin/shared'
import { conflict } from '../../http/errors'
import type { Message } from './message.model'

/**
 * 并单 guard for the other staff actions: a duplicate waiting for its lead's answer is handled
 * through the lead (answer, dispatch, transfer, extension); notes stay possible. The same
 * condition is in each action's atomic update (NOT_AWAITING_LEAD, shared). Dispatching the lead
 * takes the duplicate along (duplicates.service.ts `followLead`).
 */

/** Actions that would move the duplicate to a unit of its own. */
const DISPATCHES: readonly string[] = ['assign', 'transfer']

/** Refuses an action on a duplicate that waits for its lead, naming the lead. */
export function assertNotAwaitingLead(
  message: Pick<Message, 'awaitingLead' | 'duplicateOf'>,
  action?: string,
) {
  if (!message.awaitingLead) return
  const lead = message.duplicateOf ? `（查询码 ${formatLookupCode(message.duplicateOf.code)}）` : ''
  const follows = action && DISPATCHES.includes(action) ? '分办和答复' : '答复'
  throw conflict(
    'merged_duplicate',
    `该留言已与主办留言${lead}合并办理，将随主办留言一并${follows}；如需单独办理，请先取消合并`,
  )
}
