import { idempotencyKeySchema } from '@zhengmin/shared'
import { answer, mockApi, networkFailure, submissions } from '../../test/api-double'
import * as taro from '../../test/taro'
import { newIdempotencyKey } from '../utils/idempotency-key'
import { apiRequest, describeDelay, isApiError, parseRetryAfter, type ApiError } from './api'
import { previewDeadline, submitMessage } from './messages'

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (isApiError(error)) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

const INPUT = {
  category: 'consult' as const,
  title: '标题',
  content: '留言内容至少十个字的样子',
  phone: '13800138000',
  allowPublish: false,
  consent: true as const,
}

describe('api', () => {
  it('maps a network failure to a status-0 error with a friendly message', async () => {
    mockApi({ submissions: [networkFailure()] })
    const error = await failureOf(submitMessage(INPUT, 'key-00000001'))
    expect(error).toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
      message: '网络连接失败，请稍后重试',
    })
  })

  it('passes on the server’s Chinese message, code and fields', async () => {
    mockApi({
      submissions: [
        answer(409, {
          error: { code: 'idempotency_key_reused', message: '该提交标识已用于另一条不同的留言' },
        }),
      ],
    })
    const error = await failureOf(submitMessage(INPUT, 'key-00000001'))
    expect(error).toMatchObject({
      status: 409,
      code: 'idempotency_key_reused',
      message: '该提交标识已用于另一条不同的留言',
    })
  })

  it('says the service is unavailable on 503, whatever the body', async () => {
    mockApi({ submissions: [answer(503, '<html>Bad gateway</html>', { 'Retry-After': '5' })] })
    const error = await failureOf(submitMessage(INPUT, 'key-00000001'))
    expect(error).toMatchObject({ status: 503, retryAfterSeconds: 5 })
    expect(error.message).toBe('服务暂时不可用，请稍后重试')
  })

  it('turns a 429 into a rate-limit message with the wait', async () => {
    mockApi({ submissions: [answer(429, null, { 'retry-after': '45' })] })
    const error = await failureOf(submitMessage(INPUT, 'key-00000001'))
    expect(error.message).toBe('提交过于频繁，请 45 秒后再试')
  })

  it('gives a generic message for an unexpected answer without an error body', async () => {
    mockApi({ submissions: [answer(500, 'Internal Server Error')] })
    const error = await failureOf(submitMessage(INPUT, 'key-00000001'))
    expect(error).toMatchObject({ status: 500, code: 'HTTP_ERROR' })
    expect(error.message).toBe('服务出现问题（500），请稍后重试')
  })

  it('parses a JSON body delivered as text', async () => {
    taro.request.mockImplementation(answer(200, '{"ok":true}'))
    await expect(apiRequest({ method: 'GET', path: '/api/v1/health' })).resolves.toEqual({
      ok: true,
    })
  })

  it('posts the message as JSON with the Idempotency-Key header', async () => {
    mockApi({ submissions: [answer(201, { code: 'BC7K9MQ2' })] })
    await submitMessage(INPUT, 'key-00000001')
    expect(submissions()).toEqual([
      expect.objectContaining({
        url: '/api/v1/messages',
        method: 'POST',
        data: INPUT,
        header: expect.objectContaining({
          'Idempotency-Key': 'key-00000001',
          'Content-Type': 'application/json',
        }),
      }),
    ])
  })

  it('asks the deadline of a message received at the given instant', async () => {
    mockApi({ deadline: answer(200, { dueDate: '2025-10-14', provisional: false }) })
    await expect(previewDeadline(new Date('2025-09-30T02:00:00Z'))).resolves.toMatchObject({
      dueDate: '2025-10-14',
    })
    expect(taro.request).toHaveBeenCalledWith(
      expect.objectContaining({
        method: 'GET',
        url: '/api/v1/calendar/deadline?receivedAt=2025-09-30T02%3A00%3A00.000Z&workingDays=5',
      }),
    )
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120')).toBe(120)
    const now = Date.parse('2025-09-30T02:00:00Z')
    expect(parseRetryAfter('Tue, 30 Sep 2025 02:01:30 GMT', now)).toBe(90)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(undefined)).toBeUndefined()
  })

  it('describes delays in the unit a person would use', () => {
    expect(describeDelay(30)).toBe('30 秒')
    expect(describeDelay(600)).toBe('10 分钟')
    expect(describeDelay(601)).toBe('11 分钟')
    expect(describeDelay(7200)).toBe('2 小时')
  })
})

describe('newIdempotencyKey', () => {
  it('makes keys the server accepts, different each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(idempotencyKeySchema.safeParse(key).success).toBe(true)
  })

  it('still works where crypto.getRandomValues is missing (older mini-program runtimes)', () => {
    const original = globalThis.crypto
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    try {
      const key = newIdempotencyKey()
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true })
    }
  })
})
