import type {
  DisclosureState,
  Guide,
  GuidePendingChangeInput,
  GuideRevision,
  GuideUpdateInput,
  StaffGuideListItem,
  StaffGuideRating,
} from '@zhengmin/shared'
import { staffRequest } from './staff'

/** The office's guide endpoints: the list, editing with history, low ratings. */

export interface StaffGuideDetail extends StaffGuideListItem {
  guide: Guide
  history: GuideRevision[]
}

export type { DisclosureState }

export function listStaffGuides(): Promise<{ items: StaffGuideListItem[] }> {
  return staffRequest({ method: 'GET', path: '/api/v1/staff/guides' })
}

export function getStaffGuide(slug: string): Promise<StaffGuideDetail> {
  return staffRequest({ method: 'GET', path: `/api/v1/staff/guides/${encodeURIComponent(slug)}` })
}

/** Publishes a new version; 409 when another version was published since `baseVersion`. */
export function publishGuide(slug: string, input: GuideUpdateInput): Promise<StaffGuideDetail> {
  return staffRequest({
    method: 'PUT',
    path: `/api/v1/staff/guides/${encodeURIComponent(slug)}`,
    body: input,
  })
}

export function recordGuideChange(
  slug: string,
  input: GuidePendingChangeInput,
): Promise<StaffGuideDetail> {
  return staffRequest({
    method: 'POST',
    path: `/api/v1/staff/guides/${encodeURIComponent(slug)}/pending-change`,
    body: input,
  })
}

export function listLowRatings(
  status: 'open' | 'answered',
): Promise<{ items: StaffGuideRating[]; nextCursor: string | null }> {
  return staffRequest({ method: 'GET', path: `/api/v1/staff/guide-ratings?status=${status}` })
}

export function respondToRating(id: string, text: string): Promise<StaffGuideRating> {
  return staffRequest({
    method: 'POST',
    path: `/api/v1/staff/guide-ratings/${encodeURIComponent(id)}/response`,
    body: { text },
  })
}
