import type { MessageCategory } from './categories'

/**
 * Anonymous 举报: a citizen reporting wrongdoing may hide their name and phone from the unit
 * that handles it. The office still sees them (every such view is recorded); the citizen's own
 * lookup by 查询码 and phone is unchanged. Who sees what is a policy in
 * permissions/merge-and-anonymity.ts; this says when the choice is offered.
 */

/** Categories in which the citizen may ask to stay anonymous towards the handling unit. */
export const ANONYMOUS_CATEGORIES: readonly MessageCategory[] = ['report']

/** Whether a message of this category may be submitted anonymously. */
export function mayBeAnonymous(category: MessageCategory): boolean {
  return ANONYMOUS_CATEGORIES.includes(category)
}

/** What staff who may not see the contact details read in their place. */
export const ANONYMOUS_LABEL = '匿名'

/**
 * Why a submission's anonymity choice is refused, or undefined: only 举报 may be anonymous. A
 * function rather than a schema refinement, so the message schema stays extendable.
 */
export function anonymityRefusal(message: {
  category: MessageCategory
  anonymous?: boolean | undefined
}): { field: 'anonymous'; message: string } | undefined {
  if (!message.anonymous || mayBeAnonymous(message.category)) return undefined
  return { field: 'anonymous', message: '只有举报类留言可以选择匿名' }
}
