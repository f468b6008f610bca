// `npm run bench:http`: throughput of GET /api/v1/health of this server against a bare Koa
// hello-world on the same machine, measured in one run. Each server runs in a child process of
// its own so the load generator (autocannon, here) does not share its event loop.
import { fork, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import autocannon from 'autocannon'
import Koa from 'koa'
import pino from 'pino'
import { loadConfig } from '../../config/src'
import { createApp } from '../../server/src/app'
import { connectDatabase, ensureIndexes } from '../../server/src/db/connection'
import { startEmbeddedDatabase } from '../../server/src/db/embedded'
import { createModels } from '../../server/src/db/models'

const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = 50

/** Child mode: serve one of the two contenders and report the port. */
async function serve(kind: string) {
  let app: Koa
  if (kind === 'hello') {
    app = new Koa()
    app.use((ctx) => {
      ctx.body = 'Hello World'
    })
  } else {
    const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' })
    const embedded = process.env.MONGODB_URI
      ? undefined
      : await startEmbeddedDatabase({ dataDir: '.data/bench', databaseName: 'bench' })
    process.on('SIGTERM', () => void embedded?.stop().then(() => process.exit(0)))
    const db = await connectDatabase(process.env.MONGODB_URI ?? embedded!.uri)
    createModels(db)
    await ensureIndexes(db)
    app = createApp({ config, logger: pino({ level: 'silent' }), db })
  }
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address()
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 })
  })
}

function start(kind: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(__filename, ['--serve', kind], { execArgv: ['--import', 'tsx'] })
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }))
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)))
  })
}

async function measure(title: string, url: string) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 }) // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS })
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

async function main() {
  const serveIndex = process.argv.indexOf('--serve')
  if (serveIndex > 0) return serve(process.argv[serveIndex + 1] ?? 'app')

  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, node ${process.version}`,
  )
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per target`)
  const hello = await start('hello')
  const app = await start('app')
  try {
    const baseline = await measure('koa hello-world', `http://127.0.0.1:${hello.port}/`)
    const health = await measure('GET /api/v1/health', `http://127.0.0.1:${app.port}/api/v1/health`)
    const ratio = health.requestsPerSecond / baseline.requestsPerSecond
    console.log(`ratio health / hello-world: ${ratio.toFixed(2)} (goal ≥ 0.70)`)
  } finally {
    hello.child.kill()
    app.child.kill('SIGTERM')
  }
}

void main()
