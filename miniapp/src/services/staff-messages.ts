import type {
  AssignInput,
  DeclineInput,
  ExtensionDecisionInput,
  ExtensionInput,
  InboxView,
  MessageCategory,
  MessageChannel,
  NoteInput,
  ReplyInput,
  SignoffReturnInput,
  StaffMessageDetail,
  StaffMessagePage,
  TransferInput,
} from '@zhengmin/shared'
import { staffRequest } from './staff'

/** The staff message endpoints (GET /staff/messages…, POST /staff/messages/:id/<action>). */

export interface InboxQuery {
  view?: InboxView
  /** A 查询码, the citizen's phone, or words of the title and text. */
  q?: string
  category?: MessageCategory
  /** How the message came (来源渠道). */
  channel?: MessageChannel
  /** Received from / to (Beijing dates, YYYY-MM-DD). */
  from?: string
  to?: string
  unit?: string
  cursor?: string
  limit?: number
}

/**
 * One page of an inbox tab, or of a search (no tab: every state); pass `nextCursor` back as
 * `cursor` for the next page. The words go to the server as typed: it does the matching.
 */
export function listStaffMessages(query: InboxQuery): Promise<StaffMessagePage> {
  const params: string[] = []
  if (query.view) params.push(`view=${encodeURIComponent(query.view)}`)
  if (query.q) params.push(`q=${encodeURIComponent(query.q)}`)
  if (query.category) params.push(`category=${encodeURIComponent(query.category)}`)
  if (query.channel) params.push(`channel=${encodeURIComponent(query.channel)}`)
  if (query.from) params.push(`from=${encodeURIComponent(query.from)}`)
  if (query.to) params.push(`to=${encodeURIComponent(query.to)}`)
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
  assign: AssignInput
  transfer: TransferInput
  notes: NoteInput
  reply: ReplyInput
  decline: DeclineInput
  extension: ExtensionInput
  'extension/approve': ExtensionDecisionInput
  'extension/refuse': ExtensionDecisionInput
  /** 签发 the answer waiting for sign-off. */
  'signoff/approve': Record<string, never>
  /** 退回修改, with the comment its author reads. */
  'signoff/return': SignoffReturnInput
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
