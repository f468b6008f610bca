import type { MergeInput, MergeOverview } from '@zhengmin/shared'
import { staffRequest } from './staff'

/** 并单 endpoints (office): GET/POST /staff/messages/:id/merge, POST …/unmerge. */

const mergePath = (id: string) => `/api/v1/staff/messages/${encodeURIComponent(id)}`

/** The panel of a message: its lead or duplicates, and possible leads (or the one with `code`). */
export function getMergeOverview(id: string, code?: string): Promise<MergeOverview> {
  const query = code ? `?code=${encodeURIComponent(code)}` : ''
  return staffRequest<MergeOverview>({ method: 'GET', path: `${mergePath(id)}/merge${query}` })
}

/** Merges the message into the lead with that 查询码. */
export function mergeInto(id: string, body: MergeInput): Promise<MergeOverview> {
  return staffRequest<MergeOverview>({ method: 'POST', path: `${mergePath(id)}/merge`, body })
}

/** Separates a merged message from its lead again (while the lead is unanswered). */
export function unmerge(id: string): Promise<MergeOverview> {
  return staffRequest<MergeOverview>({ method: 'POST', path: `${mergePath(id)}/unmerge`, body: {} })
}
