// `npm run bench:calendar`: speed of this project's working-day calendar against the
// `chinese-days` package, measured in one run on the same pre-generated dates. The dates come
// from a seeded PRNG so that runs are comparable; each contender is warmed up first.
//   BENCH_CALLS=200000 npm run bench:calendar   fewer calls for a quick look
import { performance } from 'node:perf_hooks'
import { findWorkday, isWorkday } from 'chinese-days'
import {
  addWorkingDays,
  fromEpochDay,
  isWorkingDay,
  toEpochDay,
  type IsoDate,
} from '../../shared/src/calendar'

const CALLS = Number(process.env.BENCH_CALLS ?? 1_000_000)
const WARM_UP_CALLS = Math.min(CALLS, 100_000)
const SEED = 20240101

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` random dates from 2024-01-01 to 2026-12-31, as fresh strings like a request's. */
function randomDates(count: number): IsoDate[] {
  const random = prng(SEED)
  const first = toEpochDay('2024-01-01')
  const span = toEpochDay('2026-12-31') - first + 1
  return Array.from({ length: count }, () => fromEpochDay(first + Math.floor(random() * span)))
}

interface Contender {
  name: string
  isWorkingDay: (date: IsoDate) => boolean
  addFiveWorkingDays: (date: IsoDate) => string
}

const contenders: Contender[] = [
  {
    name: 'zhengmin',
    isWorkingDay: (date) => isWorkingDay(date),
    addFiveWorkingDays: (date) => addWorkingDays(date, 5),
  },
  {
    // findWorkday(n, date) is the n-th working day after date, as addWorkingDays(date, n).
    name: 'chinese-days',
    isWorkingDay: (date) => isWorkday(date),
    addFiveWorkingDays: (date) => findWorkday(5, date),
  },
]

/** Calls `fn` on every date; returns ops/s and a checksum that keeps the calls from being elided. */
function time(dates: IsoDate[], count: number, fn: (date: IsoDate) => unknown) {
  let sink = 0
  const started = performance.now()
  for (let i = 0; i < count; i += 1) {
    const result = fn(dates[i]!)
    sink += typeof result === 'boolean' ? Number(result) : String(result).charCodeAt(9)
  }
  const seconds = (performance.now() - started) / 1000
  return { opsPerSecond: count / seconds, seconds, sink }
}

function format(opsPerSecond: number): string {
  return Math.round(opsPerSecond).toLocaleString('en-US').padStart(14)
}

function main() {
  const dates = randomDates(CALLS)
  process.stdout.write(
    `calendar bench: ${CALLS.toLocaleString('en-US')} calls per measurement, ` +
      `dates 2024-01-01…2026-12-31 (seed ${SEED}), node ${process.version}, TZ ${process.env.TZ ?? '(unset)'}\n`,
  )

  // Both libraries must answer the same before their speeds mean anything. A +5 result in
  // 2027 is left out: chinese-days 1.5.7 has no 2027 data and this calendar treats 1 January
  // as a rest day there (provisionally).
  let compared = 0
  for (const date of dates.slice(0, 20_000)) {
    const [ours, theirs] = contenders
    if (ours!.isWorkingDay(date) !== theirs!.isWorkingDay(date)) {
      throw new Error(`isWorkingDay disagrees on ${date}`)
    }
    const a = ours!.addFiveWorkingDays(date)
    if (a.startsWith('2027')) continue
    const b = theirs!.addFiveWorkingDays(date)
    if (a !== b) throw new Error(`addWorkingDays(${date}, 5) disagrees: ${a} vs ${b}`)
    compared += 1
  }
  process.stdout.write(
    `answers agree on the first 20,000 dates (${compared} +5 results compared)\n\n`,
  )

  const operations: Array<{ label: string; pick: (c: Contender) => (date: IsoDate) => unknown }> = [
    { label: 'isWorkingDay', pick: (c) => c.isWorkingDay },
    { label: 'addWorkingDays(·, 5)', pick: (c) => c.addFiveWorkingDays },
  ]
  for (const { label, pick } of operations) {
    for (const contender of contenders) time(dates, WARM_UP_CALLS, pick(contender))
    const results = contenders.map((contender) => ({
      name: contender.name,
      ...time(dates, CALLS, pick(contender)),
    }))
    process.stdout.write(`${label}\n`)
    for (const r of results) {
      process.stdout.write(
        `  ${r.name.padEnd(14)}${format(r.opsPerSecond)} ops/s  (${r.seconds.toFixed(3)} s, checksum ${r.sink})\n`,
      )
    }
    const [ours, theirs] = results
    process.stdout.write(
      `  ratio: zhengmin is ${(ours!.opsPerSecond / theirs!.opsPerSecond).toFixed(1)}× chinese-days\n\n`,
    )
  }
}

main()
