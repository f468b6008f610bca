// `npm run bench:publications`: the most-read endpoints, GET /api/v1/publications (first page)
// and GET /api/v1/publications/{id}, over 1,000 seeded publications, against a bare Koa
// hello-world measured in the same run. Goal: each ≥ 0.5 of hello-world, p99 < 50 ms.
// The list is measured as browsers and wx.request ask for it (Accept-Encoding: gzip) and
// without compression; the detail page is small enough to be sent uncompressed either way.
// The guide of 失业保险金申领 (办事指南, served the same way) is measured in the same run.
import { Types, type Connection } from 'mongoose'
import { MESSAGE_CATEGORIES } from '../../shared/src'
import { createModels } from '../../server/src/db/models'
import {
  measure,
  printMachine,
  servedKind,
  serveApplication,
  serveHelloWorld,
  startChild,
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

function judge(name: string, figures: Figures, baseline: Figures) {
  const ratio = figures.requestsPerSecond / baseline.requestsPerSecond
  const ratioMet = ratio >= 0.5 ? 'met' : 'NOT met'
  const p99Met = figures.latencyP99Ms < 50 ? 'met' : 'NOT met'
  console.log(
    `${name}: ratio ${ratio.toFixed(2)} (goal ≥ 0.50: ${ratioMet}), p99 ${figures.latencyP99Ms} ms (goal < 50 ms: ${p99Met}), non-2xx ${figures.non2xx}`,
  )
}

async function main() {
  const kind = servedKind()
  if (kind) return kind === 'hello' ? serveHelloWorld() : serveApplication(seedPublications)

  printMachine()
  const hello = await startChild(__filename, 'hello')
  const app = await startChild(__filename, 'app')
  const base = `http://127.0.0.1:${app.info.port}/api/v1`
  try {
    const baseline = await measure('koa hello-world', `http://127.0.0.1:${hello.info.port}/`)
    const gzip = { 'accept-encoding': 'gzip, deflate, br' }
    const list = await measure('GET /api/v1/publications (gzip)', `${base}/publications`, gzip)
    const listPlain = await measure('GET /api/v1/publications (identity)', `${base}/publications`)
    const detail = await measure(
      'GET /api/v1/publications/{id}',
      `${base}/publications/${String(app.info.detailId)}`,
      gzip,
    )
    const guide = await measure(
      'GET /api/v1/guides/unemployment-benefit-claim (gzip)',
      `${base}/guides/unemployment-benefit-claim`,
      gzip,
    )
    judge('list (gzip)', list, baseline)
    judge('list (identity)', listPlain, baseline)
    judge('detail', detail, baseline)
    judge('guide (gzip)', guide, baseline)
  } finally {
    hello.child.kill()
    app.child.kill('SIGTERM')
  }
}

void main()
