/**
 * Sign-off (审核/签发) of an answer before it reaches the citizen. Where a unit requires it, a
 * handler's answer (a reply, a 不予受理 or the answer to a 追问) is held as a pending answer; an
 * approver then delivers it (签发) or sends it back with a comment (退回修改), after which the
 * handler edits and resubmits it. The message's own state does not change while the answer
 * waits: the reply is still owed and the deadline keeps running.
 */

/** Who must approve a unit's answers: nobody, the unit's head (or the office), or the office. */
export const SIGNOFF_LEVELS = ['none', 'unit-head', 'office'] as const
export type SignoffLevel = (typeof SIGNOFF_LEVELS)[number]

/** Chinese names of the levels, as staff read them. */
export const SIGNOFF_LEVEL_LABELS: Record<SignoffLevel, string> = {
  none: '无需签发',
  'unit-head': '科室负责人签发',
  office: '办公室签发',
}

/** The level of each unit that requires sign-off, by unit code; a unit not listed needs none. */
export type SignoffRules = Readonly<Partial<Record<string, SignoffLevel>>>

/** The sign-off a unit's answers need under `rules`; none for a message not yet dispatched. */
export function signoffLevelOf(rules: SignoffRules, unit: string | undefined): SignoffLevel {
  return (unit === undefined ? undefined : rules[unit]) ?? 'none'
}

/** How a pending answer stands: waiting for the approver, or sent back to its author. */
export const PENDING_ANSWER_STATUSES = ['pending', 'returned'] as const
export type PendingAnswerStatus = (typeof PENDING_ANSWER_STATUSES)[number]

/** What is done to a pending answer. */
export type SignoffStep = 'submit' | 'approve' | 'return'

/**
 * The pending-answer states each step starts from (`undefined`: no pending answer). Services
 * use them as conditions of atomic updates, so two approvers cannot both deliver.
 */
const STEP_FROM: Record<SignoffStep, readonly (PendingAnswerStatus | undefined)[]> = {
  // A first answer, or a corrected one after it was sent back; never over one that waits.
  submit: [undefined, 'returned'],
  approve: ['pending'],
  return: ['pending'],
}

/** Whether `step` is allowed while the pending answer is in `status`. */
export function signoffStepAllowed(
  status: PendingAnswerStatus | undefined,
  step: SignoffStep,
): boolean {
  return STEP_FROM[step].includes(status)
}

/** Whether an answer waits for sign-off (approval or 退回修改). */
export function awaitsSignoff(pending: { status: PendingAnswerStatus } | undefined): boolean {
  return pending?.status === 'pending'
}

/** The actions a waiting answer holds back: another answer, or handing the message on. */
const HELD_BY_SIGNOFF: readonly string[] = ['reply', 'decline', 'transfer']

/**
 * Whether `action` must wait while an answer awaits sign-off: nothing is answered over the
 * approver's head, and the message does not leave the unit whose answer waits.
 */
export function heldBySignoff(
  pending: { status: PendingAnswerStatus } | undefined,
  action: string,
): boolean {
  return awaitsSignoff(pending) && HELD_BY_SIGNOFF.includes(action)
}
