import { createServer, type IncomingMessage, type Server } from 'node:http'

/** The key the fake expects with every answer (no real one anywhere). */
export const FAKE_HOTLINE_CALLBACK_KEY = 'fake-12345-callback-key'

export interface HotlineAnswerRequest {
  path: string
  apiKey: string | undefined
  body: Record<string, unknown>
}

/**
 * A local stand-in for the 12345 platform's API that receives answers to 工单
 * (`POST /tickets/{工单号}/answer`), with programmable failures. Tests point
 * HOTLINE_API_BASE_URL at it.
 */
export interface FakeHotline {
  url: string
  /** Answers received and accepted, in order. */
  received: HotlineAnswerRequest[]
  /** HTTP statuses for the next requests, in order; empty means 200. */
  failures: number[]
  close(): Promise<void>
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
}

export async function startFakeHotline(): Promise<FakeHotline> {
  const fake = { received: [] as HotlineAnswerRequest[], failures: [] as number[] }
  const server: Server = createServer((request, response) => {
    void readJson(request).then((body) => {
      const path = new URL(request.url ?? '/', 'http://fake').pathname
      const failure = fake.failures.shift()
      if (failure) {
        response.writeHead(failure, { 'Content-Type': 'application/json' })
        return response.end('{"error":"unavailable"}')
      }
      if (request.method !== 'POST' || !/^\/tickets\/[^/]+\/answer$/.test(path)) {
        response.writeHead(404)
        return response.end()
      }
      const apiKey = request.headers['x-api-key']
      fake.received.push({ path, apiKey: typeof apiKey === 'string' ? apiKey : undefined, body })
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  return Object.assign(fake, {
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}
