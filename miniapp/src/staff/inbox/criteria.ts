import type { InboxView, MessageCategory, MessageChannel } from '@zhengmin/shared'
import type { InboxQuery } from '../../services/staff-messages'

/** What a search asks for: words, 查询码 or phone, and filters; sent as typed. */
export interface Criteria {
  q: string
  category?: MessageCategory | undefined
  channel?: MessageChannel | undefined
  from: string
  to: string
}

/** A tab, or a search over every state (the server does the matching). */
export type Target = { view: InboxView } | { criteria: Criteria }

export const NO_CRITERIA: Criteria = { q: '', from: '', to: '' }

export const isSearch = (criteria: Criteria) =>
  Boolean(
    criteria.q.trim() ||
    criteria.category ||
    criteria.channel ||
    criteria.from.trim() ||
    criteria.to.trim(),
  )

/** The list request for a tab or a search. */
export function queryOf(target: Target): InboxQuery {
  if ('view' in target) return { view: target.view }
  const { q, category, channel, from, to } = target.criteria
  return {
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(category ? { category } : {}),
    ...(channel ? { channel } : {}),
    ...(from.trim() ? { from: from.trim() } : {}),
    ...(to.trim() ? { to: to.trim() } : {}),
  }
}
