import type {
  CitizenMessageView,
  MessageFollowUpInput,
  MessageRatingInput,
  NewMessageInput,
  SubmittedMessage,
} from '@zhengmin/shared'
import { apiRequest } from './api'

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
export function submitMessage(
  input: NewMessageInput,
  idempotencyKey: string,
): Promise<SubmittedMessage> {
  return apiRequest<SubmittedMessage>({
    method: 'POST',
    path: '/api/v1/messages',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
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

/** Rates the answer (好差评); the message is closed afterwards. */
export function rateMessage(code: string, input: MessageRatingInput): Promise<CitizenMessageView> {
  return apiRequest<CitizenMessageView>({
    method: 'POST',
    path: `/api/v1/messages/${encodeURIComponent(code)}/rating`,
    body: input,
  })
}

/** Sends the one further question (追问) a message allows. */
export function followUpMessage(
  code: string,
  input: MessageFollowUpInput,
): Promise<CitizenMessageView> {
  return apiRequest<CitizenMessageView>({
    method: 'POST',
    path: `/api/v1/messages/${encodeURIComponent(code)}/follow-up`,
    body: input,
  })
}
