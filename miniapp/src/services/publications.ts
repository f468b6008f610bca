import type {
  MessageCategory,
  Publication,
  PublicationBatchResult,
  PublicationCandidatePage,
  PublicationCheckInput,
  PublicationCheckResult,
  PublicationDraft,
  PublicationInput,
  PublicationPage,
  PublicationStatus,
  StaffPublication,
  StaffPublicationPage,
} from '@zhengmin/shared'
import { apiRequest } from './api'
import { staffRequest } from './staff'

/** 回复选登: the public list and detail, and the office's queue, drafts and publishing. */

export interface PublicationListQuery {
  category?: MessageCategory
  q?: string
  cursor?: string
  limit?: number
}

function queryString(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

/** One page of published answers, newest first; pass `nextCursor` back for the next page. */
export function listPublications(query: PublicationListQuery = {}): Promise<PublicationPage> {
  return apiRequest<PublicationPage>({
    method: 'GET',
    path: `/api/v1/publications${queryString({ ...query })}`,
  })
}

export function getPublication(id: string): Promise<Publication> {
  return apiRequest<Publication>({
    method: 'GET',
    path: `/api/v1/publications/${encodeURIComponent(id)}`,
  })
}

/** Answered messages whose authors allowed publication, not public yet. */
export function listPublicationCandidates(cursor?: string): Promise<PublicationCandidatePage> {
  return staffRequest<PublicationCandidatePage>({
    method: 'GET',
    path: `/api/v1/staff/publications/candidates${queryString({ cursor, limit: 20 })}`,
  })
}

/** The office's list of published or hidden items. */
export function listStaffPublications(
  status: PublicationStatus,
  cursor?: string,
): Promise<StaffPublicationPage> {
  return staffRequest<StaffPublicationPage>({
    method: 'GET',
    path: `/api/v1/staff/publications${queryString({ status, cursor, limit: 20 })}`,
  })
}

/** The original beside a proposed redacted text. */
export function getPublicationDraft(messageId: string): Promise<PublicationDraft> {
  return staffRequest<PublicationDraft>({
    method: 'GET',
    path: `/api/v1/staff/publications/draft/${encodeURIComponent(messageId)}`,
  })
}

/** The server's scan of a draft, the author's own name and phone included. */
export function checkPublication(input: PublicationCheckInput): Promise<PublicationCheckResult> {
  return staffRequest<PublicationCheckResult>({
    method: 'POST',
    path: '/api/v1/staff/publications/check',
    body: input,
  })
}

/** Publishes one; a 422 ApiError carries `findings` when personal data remains. */
export function publish(input: PublicationInput): Promise<StaffPublication> {
  return staffRequest<StaffPublication>({
    method: 'POST',
    path: '/api/v1/staff/publications',
    body: input,
  })
}

/** Publishes several at once: all or none. */
export function publishBatch(items: PublicationInput[]): Promise<PublicationBatchResult> {
  return staffRequest<PublicationBatchResult>({
    method: 'POST',
    path: '/api/v1/staff/publications/batch',
    body: { items },
  })
}

/** Hides a publication from the public, with the reason kept. */
export function unpublish(id: string, reason: string): Promise<StaffPublication> {
  return staffRequest<StaffPublication>({
    method: 'DELETE',
    path: `/api/v1/staff/publications/${encodeURIComponent(id)}`,
    body: { reason },
  })
}
