// `npm run bench:privacy`: precision and recall of the personal-data detector, per kind and
// overall: on the first tuning corpus (corpus.ts: the rules were developed against it, so its
// misses are listed) and on each held-out corpus (corpus-heldout.ts lists them: written
// separately and never used to develop the rules, so only their figures are printed), one by one
// and pooled. Then the share of clean texts that would be blocked, and the time to scan a
// 2,000-character message.
import { detectPersonalData, PERSONAL_DATA_KINDS } from '../../shared/src/privacy'
import { ADVERSARIAL_INPUTS } from '../../shared/src/privacy/adversarial'
import { PRIVACY_CORPUS, type CorpusItem } from '../../shared/src/privacy/corpus'
import { HELDOUT_CORPORA } from '../../shared/src/privacy/corpus-heldout'
import { evaluateCorpus, type KindMetrics } from '../../shared/src/privacy/corpus-metrics'

const TIMING_RUNS = 1000

function row(label: string, m: KindMetrics): string {
  const cells = [
    label.padEnd(23),
    String(m.expected).padStart(8),
    String(m.found).padStart(6),
    String(m.truePositives).padStart(4),
    m.precision.toFixed(3).padStart(9),
    m.recall.toFixed(3).padStart(7),
  ]
  return cells.join(' ')
}

function report(name: string, corpus: readonly CorpusItem[], listMismatches: boolean): void {
  const evaluation = evaluateCorpus(corpus, detectPersonalData)
  const { clean } = evaluation
  console.log(
    `\n${name}: ${corpus.length} texts, ${corpus.length - clean.items} with personal data, ` +
      `${clean.items} without.`,
  )
  console.log(`${'kind'.padEnd(23)} expected  found   tp precision  recall`)
  for (const kind of PERSONAL_DATA_KINDS) console.log(row(kind, evaluation.perKind[kind]))
  console.log(row('overall', evaluation.overall))
  console.log(
    `clean texts blocked: ${clean.blocked} of ${clean.items} ` +
      `(${((100 * clean.blocked) / clean.items).toFixed(1)} %)`,
  )
  if (!listMismatches) return
  for (const m of evaluation.falseNegatives) console.log(`missed  #${m.item} ${m.kind} "${m.text}"`)
  for (const m of evaluation.falsePositives) console.log(`extra   #${m.item} ${m.kind} "${m.text}"`)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

report('Tuning corpus', PRIVACY_CORPUS, true)
for (const { round, corpus } of HELDOUT_CORPORA)
  report(`Held-out corpus, round ${round}`, corpus, false)
const pooled = HELDOUT_CORPORA.flatMap(({ corpus }) => corpus)
if (HELDOUT_CORPORA.length > 1) report('Held-out corpora pooled', pooled, false)

// A 2,000-character message, the longest a citizen can send, made of held-out texts.
const longMessage = pooled
  .map((item) => item.text)
  .join('')
  .slice(0, 2000)
// Warm up so the timing measures steady-state code, not the JIT compiling it.
for (let i = 0; i < 100; i += 1) detectPersonalData(longMessage)
const times: number[] = []
for (let i = 0; i < TIMING_RUNS; i += 1) {
  const started = process.hrtime.bigint()
  detectPersonalData(longMessage)
  times.push(Number(process.hrtime.bigint() - started) / 1e6)
}
console.log(
  `\nOne 2,000-character message, ${TIMING_RUNS} scans: median ${median(times).toFixed(2)} ms, ` +
    `p90 ${[...times].sort((a, b) => a - b)[Math.floor(TIMING_RUNS * 0.9)]?.toFixed(2)} ms`,
)

// Worst case: inputs built to provoke slow paths (a regression to quadratic time shows here).
let worstMs = 0
for (const text of ADVERSARIAL_INPUTS) {
  const started = performance.now()
  for (let i = 0; i < 20; i += 1) detectPersonalData(text)
  worstMs = Math.max(worstMs, (performance.now() - started) / 20)
}
console.log(`Slowest adversarial 2,000-character input: ${worstMs.toFixed(2)} ms per scan`)
