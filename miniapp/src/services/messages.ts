import type {
  CitizenMessageView,
  MyMessageFollowUpInput,
  MyMessagePage,
  MyMessageRatingInput,
  NewMessageInput,
  SubmittedMessage,
} from '@zhengmin/shared'
import { apiRequest } from './api'
import { citizenAuthHeader } from './citizen-session'

/** The reply deadline of a message received now, as GET /calendar/deadline answers it. */
export interface DeadlinePreview {
  receivedDate: string
  dueDate: string
  dueAt: string
  /** True when a year's official holiday schedule is not published yet: the date may move. */
  provisional: boolean
}

/** Working days within which a message is answered (the server's REPLY_WORKING_DAYS default). */
export const REPLY_WORKING_DAYS = 5

/**
 * Submits a new message. The same `idempotencyKey` must be sent again when retrying after a
 * failure, so that the server answers with the first message instead of creating a second one.
 */
export async function submitMessage(
  input: NewMessageInput,
  idempotencyKey: string,
): Promise<SubmittedMessage> {
  // Signed in with WeChat, the message joins the citizen's 我的留言 (and may be notified).
  const auth = await citizenAuthHeader()
  return apiRequest<SubmittedMessage>({
    method: 'POST',
    path: '/api/v1/messages',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey, ...auth },
  })
}

/** The date by which a message submitted now would be answered. */
export function previewDeadline(now: Date = new Date()): Promise<DeadlinePreview> {
  const query = `receivedAt=${encodeURIComponent(now.toISOString())}&workingDays=${REPLY_WORKING_DAYS}`
  return apiRequest<DeadlinePreview>({
    method: 'GET',
    path: `/api/v1/calendar/deadline?${query}`,
    timeoutMs: 8_000,
  })
}

/** A lookup code and the phone given with the message, as validated by messageLookupQuerySchema. */
export interface LookupCredentials {
  code: string
  phone: string
}

/** The citizen's own message, found by its lookup code and phone (404 when they do not match). */
export function lookupMessage({ code, phone }: LookupCredentials): Promise<CitizenMessageView> {
  const query = `code=${encodeURIComponent(code)}&phone=${encodeURIComponent(phone)}`
  return apiRequest<CitizenMessageView>({
    method: 'GET',
    path: `/api/v1/messages/lookup?${query}`,
    rateLimitedAction: '查询',
  })
}

/**
 * How the citizen shows a message is theirs: the phone given with it, or (mini-program) their
 * WeChat login.
 */
export type MessageAccess = { kind: 'phone'; phone: string } | { kind: 'wechat' }

/** Path and header for a citizen action under either kind of access (also for photos). */
export async function accessRoute(code: string, access: MessageAccess, action?: string) {
  const tail = `${encodeURIComponent(code)}${action ? `/${action}` : ''}`
  if (access.kind === 'phone') return { path: `/api/v1/messages/${tail}`, headers: {} }
  return { path: `/api/v1/me/messages/${tail}`, headers: await citizenAuthHeader() }
}

/** The citizen's own message, under either kind of access. */
export async function fetchOwnMessage(
  code: string,
  access: MessageAccess,
): Promise<CitizenMessageView> {
  if (access.kind === 'phone') return lookupMessage({ code, phone: access.phone })
  const route = await accessRoute(code, access)
  return apiRequest<CitizenMessageView>({ method: 'GET', ...route })
}

/** Rates the answer (好差评); the message is closed afterwards. */
export async function rateMessage(
  code: string,
  input: MyMessageRatingInput,
  access: MessageAccess,
): Promise<CitizenMessageView> {
  const route = await accessRoute(code, access, 'rating')
  return apiRequest<CitizenMessageView>({
    method: 'POST',
    ...route,
    body: access.kind === 'phone' ? { ...input, phone: access.phone } : input,
  })
}

/** Sends the one further question (追问) a message allows. */
export async function followUpMessage(
  code: string,
  input: MyMessageFollowUpInput,
  access: MessageAccess,
): Promise<CitizenMessageView> {
  const route = await accessRoute(code, access, 'follow-up')
  return apiRequest<CitizenMessageView>({
    method: 'POST',
    ...route,
    body: access.kind === 'phone' ? { ...input, phone: access.phone } : input,
  })
}

/** 我的留言 of the citizen signed in with WeChat, newest first; null when not signed in. */
export async function listMyMessages(cursor?: string): Promise<MyMessagePage | null> {
  const headers = await citizenAuthHeader()
  if (!headers.Authorization) return null
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''
  return apiRequest<MyMessagePage>({ method: 'GET', path: `/api/v1/me/messages${query}`, headers })
}
