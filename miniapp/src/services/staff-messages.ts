import type { MessageCategory, MessageStatus } from '@zhengmin/shared'
import { staffRequest } from './staff'

/**
 * The staff message endpoints (GET /staff/messages…, POST /staff/messages/:id/<action>).
 * PROVISIONAL TYPES: written from the contract while shared/src/schemas/staff-message.ts was
 * not there yet; replace them with the z.infer types of that file once it lands.
 */

/** The inbox tabs, as the `view` query parameter names them. */
export const INBOX_VIEWS = ['unassigned', 'open', 'due-soon', 'overdue', 'answered'] as const
export type InboxView = (typeof INBOX_VIEWS)[number]

/** One row of the inbox. */
export interface StaffMessageSummary {
  id: string
  code: string
  category: MessageCategory
  title: string
  status: MessageStatus
  /** Unit code the message is dispatched to; none while it waits for the office. */
  unit?: string
  unitName?: string
  receivedAt: string
  dueDate: string
  provisional: boolean
  /** Working days until the deadline: negative once overdue. */
  workingDaysLeft: number
  /** An extension request awaits the office's decision. */
  extensionPending?: boolean
}

/** One entry of the history staff see: internal notes are marked `internal`. */
export interface StaffHistoryEntry {
  type: string
  at: string
  label: string
  internal?: boolean
  /** The note or reason written with the action, if any. */
  text?: string
  actorName?: string
}

/** An extension request and its outcome. */
export interface StaffExtension {
  status: 'pending' | 'approved' | 'refused'
  workingDays: number
  reason: string
  requestedAt?: string
  requestedByName?: string
  refusalReason?: string
}

/** A message as staff see it: the citizen's contact details and the internal history. */
export interface StaffMessageDetail extends StaffMessageSummary {
  content: string
  name?: string
  phone: string
  /** The unit the citizen suggested. */
  suggestedUnit?: string
  answer?: { kind: 'reply' | 'decline'; content: string; answeredAt: string; unitName?: string }
  followUp?: { content: string; at: string }
  rating?: { level: number; comment?: string; ratedAt: string }
  extension?: StaffExtension
  history: StaffHistoryEntry[]
}

/** One page of an inbox view. */
export interface StaffMessagePage {
  items: StaffMessageSummary[]
  nextCursor?: string | null
}

export interface InboxQuery {
  view: InboxView
  unit?: string
  cursor?: string
  limit?: number
}

/** One page of an inbox tab; pass `nextCursor` back as `cursor` for the next page. */
export function listStaffMessages(query: InboxQuery): Promise<StaffMessagePage> {
  const params = [`view=${encodeURIComponent(query.view)}`]
  if (query.unit) params.push(`unit=${encodeURIComponent(query.unit)}`)
  if (query.cursor) params.push(`cursor=${encodeURIComponent(query.cursor)}`)
  if (query.limit) params.push(`limit=${query.limit}`)
  return staffRequest<StaffMessagePage>({
    method: 'GET',
    path: `/api/v1/staff/messages?${params.join('&')}`,
  })
}

/** A message with its full history. */
export function getStaffMessage(id: string): Promise<StaffMessageDetail> {
  return staffRequest<StaffMessageDetail>({
    method: 'GET',
    path: `/api/v1/staff/messages/${encodeURIComponent(id)}`,
  })
}

/** The bodies of the actions staff take on a message. */
export interface StaffActionBodies {
  assign: { unit: string }
  transfer: { unit: string; reason: string }
  notes: { text: string }
  reply: { content: string }
  decline: { reason: string }
  extension: { workingDays: number; reason: string }
  'extension/approve': Record<string, never>
  'extension/refuse': { reason: string }
}
export type StaffAction = keyof StaffActionBodies

/** Takes an action; resolves with the updated message (409 state_conflict: someone was first). */
export function actOnStaffMessage<A extends StaffAction>(
  id: string,
  action: A,
  body: StaffActionBodies[A],
): Promise<StaffMessageDetail> {
  return staffRequest<StaffMessageDetail>({
    method: 'POST',
    path: `/api/v1/staff/messages/${encodeURIComponent(id)}/${action}`,
    body,
  })
}
