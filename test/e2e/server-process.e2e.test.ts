import { spawn, type ChildProcess } from 'node:child_process'
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

    const submission = fetch(`${url}api/v1/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        category: 'suggestion',
        title: '建议增加周末办理窗口',
        content: '工作日请假不方便，建议社保窗口周六上午也能办理业务。',
        phone: '13900004444',
        consent: true,
      }),
    })
    // Signal while the submission is on its way; it must still be answered and stored.
    setTimeout(() => started.child.kill('SIGTERM'), 5)
    const response = await submission
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }

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
