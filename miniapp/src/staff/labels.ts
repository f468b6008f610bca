import {
  awaitsReply,
  isBureauWide,
  signsOffAnswers,
  MESSAGE_STATUS_LABELS,
  type ExtensionStatus,
  type InboxView,
  type StaffMessageListItem,
  type StaffRole,
  type Urgency,
} from '@zhengmin/shared'

/** Tab names of the inbox. */
export const INBOX_VIEW_LABELS: Record<InboxView, string> = {
  unassigned: '待分办',
  open: '办理中',
  'due-soon': '临期',
  overdue: '超期',
  answered: '已答复',
  extensions: '延期审批',
  signoff: '待签发',
}

/** How an extension request stands, as staff read it. */
export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, string> = {
  requested: '待审批',
  approved: '已同意',
  refused: '未同意',
}

/**
 * The tabs a role sees: only the office (and admin) dispatch and decide extensions, so only
 * they see 待分办 and 延期审批; those who sign off answers (unit heads, office, admin) see 待签发.
 */
export function inboxViewsFor(role: StaffRole): InboxView[] {
  const views: InboxView[] = ['open', 'due-soon', 'overdue', 'answered']
  const signoff: InboxView[] = signsOffAnswers(role) ? ['signoff'] : []
  return isBureauWide(role)
    ? ['unassigned', ...views, 'extensions', ...signoff]
    : [...views, ...signoff]
}

/** "剩余 3 个工作日" / "今日到期" / "超期 2 个工作日". */
export function workingDaysText(workingDaysLeft: number): string {
  if (workingDaysLeft > 0) return `剩余 ${workingDaysLeft} 个工作日`
  if (workingDaysLeft === 0) return '今日到期'
  return `超期 ${-workingDaysLeft} 个工作日`
}

/** The deadline state of a row: days left while a reply is owed, else the status. */
export function deadlineText(message: Pick<StaffMessageListItem, 'status' | 'workingDaysLeft'>) {
  return awaitsReply(message.status) && typeof message.workingDaysLeft === 'number'
    ? workingDaysText(message.workingDaysLeft)
    : MESSAGE_STATUS_LABELS[message.status]
}

/** CSS tone of each urgency the server decides (shared `urgencyOf`): overdue red, due soon amber. */
const URGENCY_TONES: Record<Urgency, 'overdue' | 'due-soon' | 'open' | 'done'> = {
  overdue: 'overdue',
  'due-soon': 'due-soon',
  normal: 'open',
  answered: 'done',
}

/** Tone of the deadline text, from the row's urgency (the rule of the inbox tabs). */
export function deadlineTone(message: Pick<StaffMessageListItem, 'urgency'>) {
  return URGENCY_TONES[message.urgency]
}
