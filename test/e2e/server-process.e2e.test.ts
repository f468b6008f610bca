import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { Connection } from 'mongoose'
import { createModels } from '../../server/src/db/models'
import { closeTestDatabase, openTestDatabase, testDatabaseUri } from '../support/database'

const root = path.resolve(__dirname, '../..')

/** Starts `server/src/main.ts` as `npm start` does, collecting its JSON log lines. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: Array<Record<string, unknown>> = []
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>
        logs.push(entry)
        if (typeof entry.url === 'string') resolve(entry.url)
      } catch {
        // not a log line
      }
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)))
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return { child, logs, listening, exited, stderr: () => stderr }
}

let db: Connection
let server: ChildProcess | undefined
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(async () => {
  server?.kill('SIGKILL')
  await closeTestDatabase(db)
})

describe('the server process', () => {
  it('serves, then on SIGTERM finishes the request in flight and exits cleanly', async () => {
    const started = startServer({ MONGODB_URI: testDatabaseUri(db.name) })
    server = started.child
    const url = await started.listening

    const health = await fetch(`${url}api/v1/health`)
    expect(await health.json()).toEqual({ status: 'ok', db: 'up' })

    // The request is sent with `Expect: 100-continue`: the server answers "100 Continue" once it
    // has parsed the request line and headers, so the signal goes out while that request is
    // provably in flight (no timer racing the server), and the body follows the signal.
    const body = JSON.stringify({
      category: 'suggestion',
      title: '建议增加周末办理窗口',
      content: '工作日请假不方便，建议社保窗口周六上午也能办理业务。',
      phone: '13900004444',
      consent: true,
    })
    const request = http.request(`${url}api/v1/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        Expect: '100-continue',
      },
    })
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      request.on('error', reject)
    })
    request.on('continue', () => {
      started.child.kill('SIGTERM')
      request.end(body)
    })
    request.flushHeaders()

    const answered = await response
    expect(answered.status).toBe(201)
    const { id } = JSON.parse(answered.text) as { id: string }

    expect(await started.exited).toBe(0)
    expect(started.logs.map((l) => l.msg)).toContain('stopped')
    expect(await createModels(db).Message.exists({ _id: id })).toBeTruthy()
  }, 60_000)

  it('refuses to start in production without MONGODB_URI', async () => {
    const started = startServer({ NODE_ENV: 'production' })
    await expect(started.listening).rejects.toThrow(/MONGODB_URI is required/)
    expect(await started.exited).toBe(1)
  }, 60_000)
})
