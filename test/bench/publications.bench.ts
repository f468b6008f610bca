// `npm run bench:publications`: the most-read endpoints, GET /api/v1/publications (first page)
// and GET /api/v1/publications/{id} over 1,000 seeded publications, the guide of 失业保险金申领
// (办事指南, served the same way) and GET /api/v1/health. Each is measured against a bare Koa
// sending the very same answer (status, headers, bytes, recorded from the app) in the same run:
// the ratio is what the application's own work costs (median of BENCH_ROUNDS alternating pairs,
// default 3). Goal: each ≥ 0.8, p99 < 50 ms. A bare Koa
// hello-world is measured too, for comparison with older figures. Compressible answers are
// measured as browsers and wx.request ask for them (Accept-Encoding: gzip) and without
// compression; the detail page is small enough to be sent uncompressed either way.
import { Types, type Connection } from 'mongoose'
import { MESSAGE_CATEGORIES } from '../../shared/src'
import { createModels } from '../../server/src/db/models'
import {
  measure,
  printMachine,
  recordResponse,
  servedKind,
  serveApplication,
  serveHelloWorld,
  serveRecorded,
  startChild,
  startRecorded,
  type Figures,
} from './servers'

const PUBLICATIONS = 1000
const UNITS = ['social-insurance', 'employment', 'talent', 'labor-inspection', 'legal']
const TOPICS = ['养老保险转移接续', '失业保险金申领', '人才服务绿卡', '灵活就业参保', '工资拖欠']

/** 1,000 published answers with varied text, newest published last. */
async function seedPublications(db: Connection) {
  const { Publication } = createModels(db)
  await Publication.deleteMany({})
  const start = Date.parse('2026-01-05T02:00:00Z')
  const rows = Array.from({ length: PUBLICATIONS }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] ?? TOPICS[0]
    const publishedAt = new Date(start + i * 3_600_000)
    return {
      messageId: new Types.ObjectId(),
      title: `关于${topic}的咨询（第${i + 1}号）`,
      question: `您好，我想咨询${topic}的办理条件、所需材料和办理时限，请问应当到哪里办理？`.repeat(
        2,
      ),
      answer:
        `您好！关于${topic}，请携带本人有效身份证件到市政务服务中心人社窗口办理，具体材料以窗口一次性告知为准。`.repeat(
          3,
        ),
      category: MESSAGE_CATEGORIES[i % MESSAGE_CATEGORIES.length],
      unit: UNITS[i % UNITS.length],
      answeredDate: '2026-01-05',
      publishedAt,
      publishedDate: publishedAt.toISOString().slice(0, 10),
      publishedBy: { id: 'bench', name: '基准测试' },
      status: 'published',
    }
  })
  const created = await Publication.insertMany(rows)
  return { detailId: String(created[Math.floor(PUBLICATIONS / 2)]?._id) }
}

/** Goal: each read at least this share of a bare Koa sending the very same answer. */
const RATIO_GOAL = 0.8

interface Target {
  name: string
  path: string
  headers: Record<string, string>
}

/** Alternating pairs per target; the median pair's ratio is the figure. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

function judge(target: Target, pairs: [Figures, Figures][], hello: Figures) {
  const ratios = pairs.map(([app, limit]) => app.requestsPerSecond / limit.requestsPerSecond)
  const order = ratios.map((ratio, i) => [ratio, i] as const).sort((a, b) => a[0] - b[0])
  const [ratio, middle] = order[Math.floor(order.length / 2)] ?? [Number.NaN, 0]
  const [figures, limit] = pairs[middle] ?? pairs[0]!
  const verdict = ratio >= RATIO_GOAL ? 'met' : 'NOT met'
  const p99 = Math.max(...pairs.map(([app]) => app.latencyP99Ms))
  console.log(
    `${target.name}: ${figures.requestsPerSecond} req/s against ${limit.requestsPerSecond}, ratio to bare Koa with the same answer ${ratio.toFixed(2)} (median of ${ratios.map((r) => r.toFixed(2)).join(', ')}; goal ≥ ${RATIO_GOAL}: ${verdict}), to hello-world ${(figures.requestsPerSecond / hello.requestsPerSecond).toFixed(2)}, worst p99 ${p99} ms (goal < 50 ms: ${p99 < 50 ? 'met' : 'NOT met'}), non-2xx ${pairs.reduce((n, [app]) => n + app.non2xx, 0)}`,
  )
}

async function main() {
  const kind = servedKind()
  if (kind === 'hello') return serveHelloWorld()
  if (kind === 'recorded') return serveRecorded()
  if (kind) return serveApplication(seedPublications)

  printMachine()
  const hello = await startChild(__filename, 'hello')
  const app = await startChild(__filename, 'app')
  const base = `http://127.0.0.1:${app.info.port}`
  const gzip = { 'accept-encoding': 'gzip, deflate, br' }
  const allTargets: Target[] = [
    { name: 'list (gzip)', path: '/api/v1/publications', headers: gzip },
    { name: 'list (identity)', path: '/api/v1/publications', headers: {} },
    {
      name: 'detail',
      path: `/api/v1/publications/${String(app.info.detailId)}`,
      headers: gzip,
    },
    { name: 'guide (gzip)', path: '/api/v1/guides/unemployment-benefit-claim', headers: gzip },
    { name: 'guide (identity)', path: '/api/v1/guides/unemployment-benefit-claim', headers: {} },
    { name: 'health', path: '/api/v1/health', headers: gzip },
  ]
  // BENCH_TARGETS=health,detail measures only those (e.g. to profile one with BENCH_CPU_PROF).
  const only = process.env.BENCH_TARGETS?.split(',').map((name) => name.trim())
  const targets = only
    ? allTargets.filter((target) => only.some((name) => target.name.startsWith(name)))
    : allTargets
  // Each answer as the app sends it (after a first read filled its cache), served again by a
  // bare Koa under /0, /1, …: the same bytes with the same headers.
  const recorded = []
  for (const [index, target] of targets.entries()) {
    await recordResponse(`${base}${target.path}`, `/${index}`, target.headers)
    recorded.push(await recordResponse(`${base}${target.path}`, `/${index}`, target.headers))
  }
  const replay = await startRecorded(__filename, recorded)
  try {
    const helloFigures = await measure('koa hello-world', `http://127.0.0.1:${hello.info.port}/`)
    // The machine is shared: load from other work drifts within seconds. Each target is
    // measured in ROUNDS alternating pairs (bare Koa, then the app) and judged by the median
    // of the pairs' ratios, so a drift hits both sides of a pair alike.
    for (const [index, target] of targets.entries()) {
      const pairs: [Figures, Figures][] = []
      for (let round = 0; round < ROUNDS; round += 1) {
        const limit = await measure(
          `bare Koa, same answer as ${target.name}`,
          `http://127.0.0.1:${replay.info.port}/${index}`,
          target.headers,
        )
        const figures = await measure(
          `GET ${target.path} (${target.name})`,
          `${base}${target.path}`,
          target.headers,
        )
        pairs.push([figures, limit])
      }
      judge(target, pairs, helloFigures)
    }
  } finally {
    hello.child.kill()
    replay.child.kill()
    app.child.kill('SIGTERM')
  }
}

void main()
