// The messages module's front door: citizens' messages, the staff inbox and actions, the
// messages' history and outbox, and the audit trail of staff reads of personal data. Other
// modules import only from here.
export { createAutoClose } from './auto-close.service'
export { citizenMessagesRoutes } from './citizen-messages.routes'
export { createCitizenMessagesService, type Owner } from './citizen-messages.service'
export { createIdempotencyKeys } from './idempotency-keys'
export { createWithFreshCode } from './fresh-code'
export { presentSubmitted } from './messages.presenter'
export { createDuplicatesService } from './duplicates.service'
export { answerWaitingDuplicates } from './duplicates-reconcile'
export { mergeRoutes } from './merge.routes'
export type { MessageCounters } from './message-counters'
export { createMessageCommits, type PendingEvent } from './message-outbox'
export { answersOf, pendingAnswerOf, type Message, type MessageDocument } from './message.model'
export type { EventActor, MessageEvent } from './message-event.model'
export { messagesRoutes } from './messages.routes'
export { createMessagesService, type DeadlineCalculator } from './messages.service'
export {
  createPersonalDataAudit,
  type PersonalDataAudit,
  type PersonalDataPurpose,
} from './personal-data-audit'
export { finishPendingActions, reconcile, type ReconcileReport } from './reconcile'
export { staffMessagesRoutes } from './staff-messages.routes'
export { createStaffMessagesService, type Actor } from './staff-messages.service'
