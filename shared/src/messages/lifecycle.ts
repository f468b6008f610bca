import { MESSAGE_STATUSES, type MessageStatus } from '../schemas/message'

/**
 * Every action that moves a message between states. Internal notes and extensions do not
 * change the state and so are not listed here.
 */
export const MESSAGE_ACTIONS = [
  'assign',
  'transfer',
  'reply',
  'decline',
  'followUp',
  'rate',
  'autoClose',
  'replyWithLead',
  'declineWithLead',
] as const
export type MessageAction = (typeof MESSAGE_ACTIONS)[number]

/** From-state → to-state for each action; a missing from-state means the action is illegal there. */
const TRANSITIONS: Record<MessageAction, Partial<Record<MessageStatus, MessageStatus>>> = {
  // The office dispatches a new message to a unit.
  assign: { submitted: 'assigned' },
  // A unit hands the message to the right unit; the running clock and state are kept.
  transfer: { assigned: 'assigned', reopened: 'reopened' },
  reply: { assigned: 'replied', reopened: 'replied' },
  // 不予受理 with a reason; the office may decline before dispatching (e.g. out of scope).
  decline: { submitted: 'declined', assigned: 'declined', reopened: 'declined' },
  // An unsatisfied citizen asks once more; a new reply clock starts.
  followUp: { replied: 'reopened', declined: 'reopened' },
  rate: { replied: 'closed', declined: 'closed' },
  autoClose: { replied: 'closed', declined: 'closed' },
  // 并单: a merged duplicate takes its lead's first answer, dispatched or not (duplicates.ts).
  replyWithLead: { submitted: 'replied', assigned: 'replied' },
  declineWithLead: { submitted: 'declined', assigned: 'declined' },
}

/** How many follow-ups a citizen may make on one message. */
export const MAX_FOLLOW_UPS = 1

/** The state an action leads to from `from`, or undefined when the action is not allowed. */
export function nextStatus(from: MessageStatus, action: MessageAction): MessageStatus | undefined {
  return TRANSITIONS[action][from]
}

/** The states from which `action` is allowed; services use them as conditions of atomic updates. */
export function statusesAllowing(action: MessageAction): MessageStatus[] {
  return Object.keys(TRANSITIONS[action]) as MessageStatus[]
}

/** Raised when an action is not allowed in the message's current state. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly from: MessageStatus,
    readonly action: MessageAction,
  ) {
    super(`action ${action} is not allowed in state ${from}`)
    this.name = 'IllegalTransitionError'
  }
}

/** The state `action` leads to from `from`; throws IllegalTransitionError when it is not allowed. */
export function assertTransition(
  from: MessageStatus,
  action: MessageAction,
  context: { followUps?: number } = {},
): MessageStatus {
  const to = nextStatus(from, action)
  if (!to) throw new IllegalTransitionError(from, action)
  if (action === 'followUp' && (context.followUps ?? 0) >= MAX_FOLLOW_UPS) {
    throw new IllegalTransitionError(from, action)
  }
  return to
}

/** Whether a reply is still owed (the deadline runs) in this state. */
export function awaitsReply(status: MessageStatus): boolean {
  return status === 'submitted' || status === 'assigned' || status === 'reopened'
}

/** States in which a reply is still owed, so the deadline still runs. */
export const OPEN_STATUSES: MessageStatus[] = MESSAGE_STATUSES.filter(awaitsReply)
