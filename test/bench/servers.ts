// Shared parts of the HTTP benchmarks: each contender is served by a child process of its own
// so the load generator (autocannon) does not share its event loop.
import { fork, type ChildProcess } from 'node:child_process'
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
  const child = fork(script, ['--serve', kind], { execArgv: ['--import', 'tsx'] })
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
