// `npm run bench:stats`: the office dashboard's query over 100,000 messages (bulk-inserted, a
// year of traffic across the units). Measured: GET /staff/stats's work for the whole year
// (report: every unit, every category, overdue now) and the monthly trend, both read from the
// day counters; and, as the named baseline in the same run, the same year's core figures
// computed by streaming the period's messages with a cursor (what the counters replace).
// Also reported: the bulk insert and `npm run stats -- rebuild` over the same messages.
import { Types } from 'mongoose'
import pino from 'pino'
import { MESSAGE_CATEGORIES, beijingDate, fromEpochDay, toEpochDay } from '../../shared/src'
import { connectDatabase, ensureIndexes } from '../../server/src/db/connection'
import { startEmbeddedDatabase } from '../../server/src/db/embedded'
import { createModels, type Models } from '../../server/src/db/models'
import { createCalendarService } from '../../server/src/modules/calendar/calendar.service'
import { rebuildStats } from '../../server/src/modules/stats/stats-rebuild'
import { createStatsService } from '../../server/src/modules/stats/stats.service'
import { printMachine } from './servers'

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000)
// The in-memory engine's inserts slow down as the collection grows (batches of 5,000 and of
// 10,000 both did); the batch size only sets how often progress is printed.
const BATCH = Number(process.env.BENCH_BATCH ?? 10_000)
const RUNS = 15
const UNITS = ['social-insurance', 'employment', 'talent', 'labor-inspection', 'legal', 'hr-market']
const YEAR = { from: '2026-01-01', to: '2026-12-31', unit: undefined }
const NOW = new Date('2026-12-31T08:00:00Z')

/** A year of messages: most answered within a few days, some late, declined, rated or open. */
function messageAt(i: number, calendar: ReturnType<typeof createCalendarService>) {
  const day = fromEpochDay(toEpochDay('2026-01-01') + (i % 365))
  const receivedAt = new Date(`${day}T${String(8 + (i % 10)).padStart(2, '0')}:00:00+08:00`)
  const deadline = calendar.replyDeadline(receivedAt, 5)
  const open = i % 50 === 0
  const answeredAt = new Date(receivedAt.getTime() + ((i % 9) + 1) * 86_400_000)
  const answered = !open
  return {
    _id: new Types.ObjectId(),
    code: `B${String(i).padStart(9, '0')}`,
    category: MESSAGE_CATEGORIES[i % MESSAGE_CATEGORIES.length],
    title: '关于社保业务办理的咨询',
    content: '请问办理这项业务需要准备哪些材料，在哪里办理，多长时间能办好？',
    phone: '13900000000',
    unit: UNITS[i % UNITS.length],
    allowPublish: false,
    consentAt: receivedAt,
    status: open ? 'assigned' : i % 3 === 0 ? 'closed' : 'replied',
    receivedAt,
    receivedDate: deadline.receivedDate,
    clockStartedAt: receivedAt,
    workingDays: 5,
    dueDate: deadline.dueDate,
    dueAt: deadline.dueAt,
    provisional: deadline.provisional,
    followUps: 0,
    ...(answered
      ? {
          answer: {
            kind: i % 40 === 1 ? 'decline' : 'reply',
            content: '您好，已答复。',
            answeredAt,
          },
          firstAnsweredAt: answeredAt,
          answeredOnTime: answeredAt.getTime() <= deadline.dueAt.getTime(),
          firstAnswer: { kind: i % 40 === 1 ? 'decline' : 'reply', unit: UNITS[i % UNITS.length] },
        }
      : {}),
    ...(answered && i % 3 === 0
      ? { rating: { level: (i % 5) + 1, ratedAt: answeredAt }, closedAt: answeredAt }
      : {}),
  }
}

/** The baseline: the year's core figures by streaming its messages (no counters). */
async function scanYear(models: Models) {
  const byUnit = new Map<string, { received: number; answered: number; onTime: number }>()
  const cursor = models.Message.find(
    { receivedDate: { $gte: YEAR.from, $lte: YEAR.to } },
    'unit firstAnsweredAt answeredOnTime',
  )
    .lean<{ unit?: string; firstAnsweredAt?: Date; answeredOnTime?: boolean }[]>()
    .cursor()
  for await (const message of cursor) {
    const key = message.unit ?? 'unassigned'
    const row = byUnit.get(key) ?? { received: 0, answered: 0, onTime: 0 }
    row.received += 1
    if (message.firstAnsweredAt) row.answered += 1
    if (message.answeredOnTime) row.onTime += 1
    byUnit.set(key, row)
  }
  return byUnit
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint()
  const result = await work()
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result }
}

async function timeRuns(runs: number, work: () => Promise<unknown>) {
  await work() // warm-up
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) samples.push((await time(work)).ms)
  samples.sort((a, b) => a - b)
  const at = (p: number) =>
    samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)]!
  return { median: at(0.5), p90: at(0.9) }
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`

async function main() {
  printMachine({ http: false })
  const embedded = process.env.MONGODB_URI
    ? undefined
    : await startEmbeddedDatabase({ dataDir: '.data/bench', databaseName: 'bench_stats' })
  const db = await connectDatabase(process.env.MONGODB_URI ?? embedded!.uri)
  try {
    const models = createModels(db)
    await ensureIndexes(db)
    await models.Message.deleteMany({})
    const log = pino({ level: 'silent' })
    const calendar = createCalendarService({ models, clock: () => NOW, log })
    await calendar.initialize()
    console.log(`database: ${process.env.MONGODB_URI ? 'MONGODB_URI' : embedded!.kind}`)

    const insert = await time(async () => {
      for (let start = 0; start < MESSAGES; start += BATCH) {
        const rows = Array.from({ length: Math.min(BATCH, MESSAGES - start) }, (_, k) =>
          messageAt(start + k, calendar),
        )
        const batch = await time(() =>
          models.Message.collection.insertMany(rows, { ordered: false }),
        )
        console.log(`  inserted ${start + rows.length} (${fmt(batch.ms)} for this batch)`)
      }
    })
    console.log(`bulk insert of ${MESSAGES} messages: ${fmt(insert.ms)}`)

    const rebuild = await time(() => rebuildStats(models, calendar.current()))
    console.log(
      `rebuild (npm run stats -- rebuild): ${fmt(rebuild.ms)}, ${rebuild.result.documents} counter documents`,
    )

    const stats = createStatsService({ models, calendar, clock: () => NOW, minSample: 5 })
    const report = await stats.report(YEAR)
    const scan = await scanYear(models)
    // Both ways must agree before their speeds are compared.
    for (const unit of UNITS) {
      const row = report.units.find((u) => u.unit === unit)!.figures
      const scanned = scan.get(unit)!
      // Answers count on their own day (some of December's fall in January), receipts agree.
      if (row.received !== scanned.received) throw new Error(`figures differ for ${unit}`)
    }
    console.log(
      `year: received ${report.total.received}, answered ${report.total.answered}, on time ${report.total.answeredOnTime}, overdue now ${report.total.overdueNow}`,
    )

    const overdueTimes = await timeRuns(RUNS, () => stats.overdue(undefined))
    const reportTimes = await timeRuns(RUNS, () => stats.report(YEAR))
    const trendTimes = await timeRuns(RUNS, () => stats.trend(YEAR, 'month'))
    const scanTimes = await timeRuns(3, () => scanYear(models))
    console.log(
      `report (counters), a year, all units: median ${fmt(reportTimes.median)}, p90 ${fmt(reportTimes.p90)}`,
    )
    console.log(
      `trend by month (counters), a year: median ${fmt(trendTimes.median)}, p90 ${fmt(trendTimes.p90)}`,
    )
    console.log(
      `overdue list and count (live query, not counters): median ${fmt(overdueTimes.median)}, p90 ${fmt(overdueTimes.p90)}`,
    )
    console.log(
      `baseline — streaming the year's messages: median ${fmt(scanTimes.median)}, p90 ${fmt(scanTimes.p90)}`,
    )
    console.log(
      `ratio report / baseline (median): ${(reportTimes.median / scanTimes.median).toFixed(3)} (the report takes ${((reportTimes.median / scanTimes.median) * 100).toFixed(1)}% of the scan's time)`,
    )
    console.log(`measured on ${beijingDate(new Date())}`)
  } finally {
    await db.close()
    await embedded?.stop()
  }
}

void main()
