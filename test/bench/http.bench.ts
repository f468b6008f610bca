// `npm run bench:http`: throughput of GET /api/v1/health of this server against a bare Koa
// hello-world on the same machine, measured in one run.
import {
  measure,
  printMachine,
  servedKind,
  serveApplication,
  serveHelloWorld,
  startChild,
} from './servers'

async function main() {
  const kind = servedKind()
  if (kind) return kind === 'hello' ? serveHelloWorld() : serveApplication()

  printMachine()
  const hello = await startChild(__filename, 'hello')
  const app = await startChild(__filename, 'app')
  try {
    const baseline = await measure('koa hello-world', `http://127.0.0.1:${hello.info.port}/`)
    const health = await measure(
      'GET /api/v1/health',
      `http://127.0.0.1:${app.info.port}/api/v1/health`,
    )
    const ratio = health.requestsPerSecond / baseline.requestsPerSecond
    console.log(`ratio health / hello-world: ${ratio.toFixed(2)} (goal ≥ 0.70)`)
  } finally {
    hello.child.kill()
    app.child.kill('SIGTERM')
  }
}

void main()
