// HTTP load of the fault suite: citizens' submissions (each with its own Idempotency-Key and a
// marker in its text, so the database can be checked for every answer) and staff reads.
import { randomUUID } from 'node:crypto'

export interface Outcome {
  /** HTTP status, or 0 when no answer came (connection refused or reset, timeout). */
  status: number
  /** When it was sent and how long the answer took (ms, from the suite's clock). */
  sentAt: number
  ms: number
  retryAfter: string | null
  body: unknown
}

const CLIENT_TIMEOUT_MS = 15_000

let address = 0
/** A client address of its own for each request (the app trusts X-Forwarded-For here). */
function clientAddress(): string {
  address += 1
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`
}

export async function call(url: string, init: RequestInit = {}): Promise<Outcome> {
  const sentAt = performance.now()
  try {
    const response = await fetch(url, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        'X-Forwarded-For': clientAddress(),
        ...(init.headers as Record<string, string> | undefined),
      },
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    })
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON
    }
    return {
      status: response.status,
      sentAt,
      ms: performance.now() - sentAt,
      retryAfter: response.headers.get('Retry-After'),
      body,
    }
  } catch {
    return { status: 0, sentAt, ms: performance.now() - sentAt, retryAfter: null, body: undefined }
  }
}

/** One citizen's submission, retried with the same key and body as a client would. */
export interface Submission {
  key: string
  marker: string
  body: string
  outcomes: Outcome[]
}

export function newSubmission(run: string, index: number): Submission {
  const marker = `${run}-${index}`
  return {
    key: randomUUID(),
    marker,
    body: JSON.stringify({
      category: 'suggestion',
      title: '建议增加周末办理窗口',
      content: `工作日请假不方便，建议社保窗口周六上午也能办理业务。编号 ${marker}`,
      phone: '13900004444',
      consent: true,
    }),
    outcomes: [],
  }
}

export async function submit(baseUrl: string, submission: Submission): Promise<Outcome> {
  const outcome = await call(`${baseUrl}/api/v1/messages`, {
    method: 'POST',
    headers: { 'Idempotency-Key': submission.key },
    body: submission.body,
  })
  submission.outcomes.push(outcome)
  return outcome
}

/** The id the app gave, from a 201 or a replayed 200. */
export function idOf(outcome: Outcome): string | undefined {
  const body = outcome.body as { id?: unknown } | undefined
  return (outcome.status === 201 || outcome.status === 200) && typeof body?.id === 'string'
    ? body.id
    : undefined
}

/**
 * Runs `work` in `workers` parallel loops until `stop()` is called; returns every outcome.
 */
export function loop(workers: number, work: (index: number) => Promise<Outcome>) {
  let running = true
  let index = 0
  const outcomes: Outcome[] = []
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (running) {
        index += 1
        outcomes.push(await work(index))
      }
    }),
  )
  return {
    outcomes,
    async stop() {
      running = false
      await done
    },
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
