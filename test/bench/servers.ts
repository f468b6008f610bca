// Shared parts of the HTTP benchmarks: each contender is served by a child process of its own
// so the load generator (autocannon) does not share its event loop.
import { fork, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import os from 'node:os'
import autocannon from 'autocannon'
import Koa from 'koa'
import type { Connection } from 'mongoose'
import pino from 'pino'
import { loadConfig } from '../../config/src'
import { createApp } from '../../server/src/app'
import { connectDatabase, ensureIndexes } from '../../server/src/db/connection'
import { startEmbeddedDatabase } from '../../server/src/db/embedded'
import { createModels } from '../../server/src/db/models'

export const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10)
export const CONNECTIONS = 50

/** What a child reports once it listens: its port and anything the seed wants to tell. */
export interface ServedInfo {
  port: number
  [key: string]: unknown
}

function listen(app: Koa, extra: Record<string, unknown> = {}) {
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    process.send?.({ ...extra, port })
  })
}

/** Child mode: the bare Koa hello-world every HTTP figure is compared with. */
export function serveHelloWorld() {
  const app = new Koa()
  app.use((ctx) => {
    ctx.body = 'Hello World'
  })
  listen(app)
}

/**
 * Child mode: the application on its own database (MONGODB_URI, else the embedded default),
 * after `seed` has stored what the benchmark reads; what `seed` returns is reported back.
 */
export async function serveApplication(
  seed: (db: Connection) => Promise<Record<string, unknown>> = async () => ({}),
) {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' })
  const embedded = process.env.MONGODB_URI
    ? undefined
    : await startEmbeddedDatabase({ dataDir: '.data/bench', databaseName: 'bench' })
  process.on('SIGTERM', () => void embedded?.stop().then(() => process.exit(0)))
  const db = await connectDatabase(process.env.MONGODB_URI ?? embedded!.uri)
  createModels(db)
  await ensureIndexes(db)
  const extra = await seed(db)
  listen(createApp({ config, logger: pino({ level: 'silent' }), db }), extra)
}

/** Starts `script` as a child in `--serve kind` mode and waits for its port. */
export function startChild(
  script: string,
  kind: string,
): Promise<{ child: ChildProcess; info: ServedInfo }> {
  // BENCH_CPU_PROF=dir: the application child writes a V8 CPU profile there when it stops
  // (open it in Chrome DevTools, or summarise it with test/bench/profile-summary.ts).
  const profile = process.env.BENCH_CPU_PROF
  const execArgv = ['--import', 'tsx']
  if (profile && kind === 'app') execArgv.push('--cpu-prof', '--cpu-prof-dir', profile)
  const child = fork(script, ['--serve', kind], { execArgv })
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, info: m as ServedInfo }))
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)))
  })
}

/** The `--serve` argument of a child, if this process is one. */
export function servedKind(): string | undefined {
  const index = process.argv.indexOf('--serve')
  return index > 0 ? (process.argv[index + 1] ?? 'app') : undefined
}

export interface Figures {
  title: string
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  non2xx: number
  errors: number
}

/** A 2-second warm-up, then one measured autocannon run; prints and returns the figures. */
export async function measure(
  title: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<Figures> {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 })
  const result = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
  })
  const figures = {
    title,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
  console.log(JSON.stringify(figures))
  return figures
}

export function printMachine(options: { http: boolean } = { http: true }) {
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, node ${process.version}`,
  )
  if (options.http)
    console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per target`)
}

/** A response as the application sent it, to be served again by a bare Koa. */
export interface RecordedResponse {
  path: string
  status: number
  headers: Record<string, string>
  /** The body exactly as sent (compressed when it was), base64. */
  body: string
}

/** Hop-by-hop and per-response headers the replaying server makes itself. */
const NOT_REPLAYED = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
])

/** Fetches `url` once with `headers` and keeps the raw answer (nothing decompressed). */
export function recordResponse(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RecordedResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const kept: Record<string, string> = {}
          for (const [name, value] of Object.entries(res.headers)) {
            if (!NOT_REPLAYED.has(name) && typeof value === 'string') kept[name] = value
          }
          resolve({
            path,
            status: res.statusCode ?? 0,
            headers: kept,
            body: Buffer.concat(chunks).toString('base64'),
          })
        })
      })
      .on('error', reject)
  })
}

/**
 * Child mode: a bare Koa answering each recorded path with the recorded status, headers and
 * bytes — the limit for serving those exact answers, against which the application is measured.
 * The recordings arrive as the first IPC message.
 */
export function serveRecorded() {
  process.once('message', (message) => {
    const recorded = new Map(
      (message as RecordedResponse[]).map((r) => [
        r.path,
        { ...r, bytes: Buffer.from(r.body, 'base64'), headerList: Object.entries(r.headers) },
      ]),
    )
    const app = new Koa()
    app.use((ctx) => {
      const answer = recorded.get(ctx.path)
      if (!answer) return
      ctx.status = answer.status
      for (const [name, value] of answer.headerList) ctx.set(name, value)
      ctx.body = answer.bytes
    })
    listen(app)
  })
}

/** Starts `script` as a replaying child (`--serve recorded`), hands it the recordings, waits. */
export function startRecorded(
  script: string,
  recorded: RecordedResponse[],
): Promise<{ child: ChildProcess; info: ServedInfo }> {
  const child = fork(script, ['--serve', 'recorded'], { execArgv: ['--import', 'tsx'] })
  child.send(recorded)
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, info: m as ServedInfo }))
    child.once('exit', (code) => reject(new Error(`recorded server exited with ${code}`)))
  })
}
