import Taro from '@tarojs/taro'
import type { ApiErrorBody } from '@zhengmin/shared'

/** A piece of personal data that stopped a publication (422 personal_data_found). */
export type ApiFinding = NonNullable<ApiErrorBody['error']['findings']>[number]
import { API_BASE } from './config'

/** The one place that talks to the server: every request of the app goes through `apiRequest`. */

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请稍后重试'
export const UNAVAILABLE_MESSAGE = '服务暂时不可用，请稍后重试'
const DEFAULT_TIMEOUT_MS = 15_000

export interface ApiFieldError {
  field: string
  message: string
}

/**
 * A failed request, with a Chinese message that may be shown to the citizen as it is.
 * `status` is 0 when no answer arrived (network failure or timeout): the request may or may
 * not have reached the server, so a submission must be retried with the same Idempotency-Key.
 */
export class ApiError extends Error {
  readonly isApiError = true
  readonly status: number
  readonly code: string
  readonly fields?: ApiFieldError[]
  readonly retryAfterSeconds?: number
  readonly findings?: ApiFinding[]

  constructor(init: {
    status: number
    code: string
    message: string
    fields?: ApiFieldError[]
    retryAfterSeconds?: number
    findings?: ApiFinding[]
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    if (init.fields) this.fields = init.fields
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds
    if (init.findings) this.findings = init.findings
  }
}

/** Whether a thrown value is an ApiError (robust to transpiled subclasses of Error). */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as ApiError).isApiError === true
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Path from the origin, e.g. '/api/v1/messages' (with its query string, if any). */
  path: string
  body?: unknown
  headers?: Record<string, string>
  timeoutMs?: number
  /** What a 429 says was done too often: '提交' (default) or e.g. '查询'. */
  rateLimitedAction?: string
}

/** Sends a JSON request and resolves with the parsed 2xx body; rejects with an ApiError. */
export async function apiRequest<T>(request: ApiRequest): Promise<T> {
  let response: Taro.request.SuccessCallbackResult
  try {
    response = await Taro.request({
      url: `${API_BASE}${request.path}`,
      method: request.method,
      data: request.body as Taro.request.Option['data'],
      header: {
        Accept: 'application/json',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...request.headers,
      },
      dataType: 'json',
      timeout: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    })
  } catch {
    // fail callback: no connection, DNS failure, timeout, domain not allowed (weapp)…
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE })
  }

  const status = response.statusCode
  const data = parseBody(response.data as unknown)
  if (status >= 200 && status < 300) return data as T
  throw toApiError(
    status,
    data,
    headerValue(response.header, 'retry-after'),
    request.rateLimitedAction ?? '提交',
  )
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === name) return value === undefined ? undefined : String(value)
  }
  return undefined
}

/** Seconds of a Retry-After header (delta-seconds or HTTP date), if any. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000))
}

/** "30 秒" / "5 分钟" / "2 小时" for a delay in seconds. */
export function describeDelay(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, seconds)} 秒`
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} 分钟`
  return `${Math.ceil(seconds / 3600)} 小时`
}

function isErrorBody(data: unknown): data is ApiErrorBody {
  if (!data || typeof data !== 'object') return false
  const error = (data as { error?: unknown }).error
  return (
    !!error &&
    typeof error === 'object' &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

export function toApiError(
  status: number,
  data: unknown,
  retryAfter: string | undefined,
  rateLimitedAction: string,
): ApiError {
  const body = isErrorBody(data) ? data.error : undefined
  const retryAfterSeconds = parseRetryAfter(retryAfter)
  const common = { status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) }

  if (status === 429 && body?.code === 'login_throttled') {
    // Staff logins refused after failures from this address: the server's message names the wait.
    return new ApiError({ ...common, code: body.code, message: body.message })
  }
  if (status === 429) {
    return new ApiError({
      ...common,
      code: body?.code ?? 'RATE_LIMITED',
      message:
        retryAfterSeconds === undefined
          ? `${rateLimitedAction}过于频繁，请稍后再试`
          : `${rateLimitedAction}过于频繁，请 ${describeDelay(retryAfterSeconds)}后再试`,
    })
  }
  if (status === 503) {
    return new ApiError({
      ...common,
      code: body?.code ?? 'UNAVAILABLE',
      message: UNAVAILABLE_MESSAGE,
    })
  }
  if (body) {
    return new ApiError({
      ...common,
      code: body.code,
      message: body.message,
      ...(body.fields ? { fields: body.fields } : {}),
      ...(body.findings ? { findings: body.findings } : {}),
    })
  }
  return new ApiError({
    ...common,
    code: 'HTTP_ERROR',
    message:
      status >= 500
        ? `服务出现问题（${status}），请稍后重试`
        : `请求未成功（${status}），请稍后重试`,
  })
}

/** What to tell the user about a failed call: the first field's message, the server's, or `fallback`. */
export function failureText(error: unknown, fallback: string): string {
  return isApiError(error) ? (error.fields?.[0]?.message ?? error.message) : fallback
}
