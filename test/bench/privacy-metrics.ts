// `npx tsx test/bench/privacy-metrics.ts`: precision and recall of the personal-data detector
// over the labelled corpus, per kind and overall, then the time to scan the whole corpus 1,000
// times (and one 2,000-character message, the longest a citizen can send).
import { detectPersonalData, PERSONAL_DATA_KINDS } from '../../shared/src/privacy'
import { PRIVACY_CORPUS } from '../../shared/src/privacy/corpus'
import { evaluateCorpus, type KindMetrics } from '../../shared/src/privacy/corpus-metrics'
import { ADVERSARIAL_INPUTS } from '../../shared/src/privacy/adversarial'

const REPETITIONS = 1000

function row(label: string, m: KindMetrics): string {
  const cells = [
    label.padEnd(13),
    String(m.expected).padStart(8),
    String(m.found).padStart(6),
    String(m.truePositives).padStart(4),
    m.precision.toFixed(3).padStart(9),
    m.recall.toFixed(3).padStart(7),
  ]
  return cells.join(' ')
}

const evaluation = evaluateCorpus(PRIVACY_CORPUS, detectPersonalData)
const withData = PRIVACY_CORPUS.filter((item) => item.expected.length > 0).length
console.log(
  `Corpus: ${PRIVACY_CORPUS.length} texts, ${withData} with personal data, ` +
    `${PRIVACY_CORPUS.length - withData} without.\n`,
)
console.log(`${'kind'.padEnd(13)} expected  found   tp precision  recall`)
for (const kind of PERSONAL_DATA_KINDS) console.log(row(kind, evaluation.perKind[kind]))
console.log(row('overall', evaluation.overall))

for (const m of evaluation.falseNegatives) {
  console.log(`missed  #${m.item} ${m.kind} "${m.text}"`)
}
for (const m of evaluation.falsePositives) {
  console.log(`extra   #${m.item} ${m.kind} "${m.text}"`)
}

// Warm up so the timing measures steady-state code, not the JIT compiling it.
for (let i = 0; i < 50; i += 1) {
  for (const item of PRIVACY_CORPUS) detectPersonalData(item.text, item.context)
}
const characters = PRIVACY_CORPUS.reduce((sum, item) => sum + item.text.length, 0)
const started = process.hrtime.bigint()
for (let i = 0; i < REPETITIONS; i += 1) {
  for (const item of PRIVACY_CORPUS) detectPersonalData(item.text, item.context)
}
const corpusMs = Number(process.hrtime.bigint() - started) / 1e6
console.log(
  `\nScanning the corpus ${REPETITIONS} times (${PRIVACY_CORPUS.length} texts, ` +
    `${characters} characters each time): ${corpusMs.toFixed(0)} ms, ` +
    `${((corpusMs * 1000) / REPETITIONS / PRIVACY_CORPUS.length).toFixed(1)} µs per text`,
)

const longMessage = PRIVACY_CORPUS.map((item) => item.text)
  .join('')
  .slice(0, 2000)
const longStarted = process.hrtime.bigint()
for (let i = 0; i < REPETITIONS; i += 1) detectPersonalData(longMessage)
const longUs = Number(process.hrtime.bigint() - longStarted) / 1e3 / REPETITIONS
console.log(`One 2,000-character message: ${longUs.toFixed(0)} µs per scan`)

// Worst case: inputs built to provoke slow paths (a regression to quadratic time shows here).
let worstMs = 0
for (const text of ADVERSARIAL_INPUTS) {
  const started = performance.now()
  for (let i = 0; i < 20; i += 1) detectPersonalData(text)
  worstMs = Math.max(worstMs, (performance.now() - started) / 20)
}
console.log(`Slowest adversarial 2,000-character input: ${worstMs.toFixed(2)} ms per scan`)
