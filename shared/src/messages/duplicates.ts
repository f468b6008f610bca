import type { MessageStatus } from '../schemas/message'
import { statusesAllowing } from './lifecycle'

/**
 * 并单: the same complaint from many citizens is handled once. The office links each duplicate
 * to a lead message; when the lead gets its first answer every duplicate takes that answer (each
 * citizen reads it in their own lookup and gets their own notice), and the statistics judge the
 * group once, on the lead. These are the rules of linking; who may link is a policy in
 * permissions/merge-and-anonymity.ts.
 */

/** What the linking rules need to know of a message. */
export interface MergeCandidate {
  id: string
  status: MessageStatus
  /** The lead this message is merged into, if it is a duplicate. */
  duplicateOf?: string | undefined
  /** Whether other messages are (or are being) merged into this one. */
  isLead?: boolean | undefined
  /** Whether the message has had an answer (a reopened message has). */
  answered: boolean
}

/** States in which a message is open and has never been answered: the ones that may be merged. */
export const MERGEABLE_STATUSES: readonly MessageStatus[] = statusesAllowing('replyWithLead')

/** Why a link is refused; each reason has the Chinese sentence staff read. */
export const MERGE_REFUSALS = {
  self: '不能将留言并入其自身',
  duplicateAnswered: '该留言已答复或已办结，只有尚未答复的留言可以并单',
  leadAnswered: '主办留言已答复或已办结，只能并入尚未答复的留言',
  alreadyMerged: '该留言已并入其他留言，请先取消合并',
  leadIsDuplicate: '所选主办留言本身已并入其他留言，请直接并入其主办留言',
  duplicateIsLead: '已有留言并入该留言，它不能再并入其他留言（不允许循环合并）',
} as const
export type MergeRefusal = keyof typeof MERGE_REFUSALS

/** Whether the message is open and has never been answered. */
export function isMergeable(message: Pick<MergeCandidate, 'status' | 'answered'>): boolean {
  return !message.answered && MERGEABLE_STATUSES.includes(message.status)
}

/**
 * Why `duplicate` may not be merged into `lead`, or undefined when it may. A lead is never a
 * duplicate and a duplicate never a lead, so no chain and no cycle can form.
 */
export function mergeRefusal(
  duplicate: MergeCandidate,
  lead: MergeCandidate,
): MergeRefusal | undefined {
  if (duplicate.id === lead.id) return 'self'
  if (duplicate.duplicateOf !== undefined) return 'alreadyMerged'
  // A lead of others would start a chain, or a cycle when `lead` is one of its duplicates.
  if (duplicate.isLead) return 'duplicateIsLead'
  if (lead.duplicateOf !== undefined) return 'leadIsDuplicate'
  if (!isMergeable(duplicate)) return 'duplicateAnswered'
  if (!isMergeable(lead)) return 'leadAnswered'
  return undefined
}

/** Why a merged duplicate may not be separated again, or undefined when it may. */
export function unmergeRefusal(lead: Pick<MergeCandidate, 'status' | 'answered'>) {
  return isMergeable(lead) ? undefined : '主办留言已答复，不能再取消合并'
}

/** The lifecycle action that gives a duplicate its lead's answer. */
export function leadAnswerAction(kind: 'reply' | 'decline') {
  return kind === 'reply' ? ('replyWithLead' as const) : ('declineWithLead' as const)
}

/**
 * The filter of messages not waiting for a lead's answer: those that can be acted on, and be
 * overdue, on their own. Staff actions add it to their atomic update, so a merge racing an
 * answer lets only one of them through.
 */
export const NOT_AWAITING_LEAD = { awaitingLead: { $ne: true } } as const
