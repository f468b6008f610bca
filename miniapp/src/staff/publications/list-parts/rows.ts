import type { PublicationCandidate, StaffPublication } from '@zhengmin/shared'
import { listPublicationCandidates, listStaffPublications } from '../../../services/publications'

/** The tabs of 回复选登管理. */
export type PublicationTab = 'candidates' | 'published' | 'hidden'

export const TAB_LABELS: Record<PublicationTab, string> = {
  candidates: '待选登',
  published: '已选登',
  hidden: '已撤下',
}

export const PUBLICATION_TABS = (Object.keys(TAB_LABELS) as PublicationTab[]).map(
  (key) => [key, TAB_LABELS[key]] as const,
)

/** A row of a tab: an answer that may be published, or a publication (shown or taken down). */
export type PublicationRow =
  | { kind: 'candidate'; item: PublicationCandidate }
  | { kind: 'publication'; item: StaffPublication }

/** The rows loaded so far and where the next page starts (null: none). */
export interface PublicationRows {
  items: PublicationRow[]
  nextCursor: string | null
}

/** One page of a tab's rows. */
export function rowsOf(target: PublicationTab, cursor?: string): Promise<PublicationRows> {
  return target === 'candidates'
    ? listPublicationCandidates(cursor).then((p) => ({
        items: p.items.map((item) => ({ kind: 'candidate' as const, item })),
        nextCursor: p.nextCursor,
      }))
    : listStaffPublications(target, cursor).then((p) => ({
        items: p.items.map((item) => ({ kind: 'publication' as const, item })),
        nextCursor: p.nextCursor,
      }))
}
