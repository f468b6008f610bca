// Precision and recall of a detector over a labelled corpus, per kind and overall. A finding is a
// true positive when an expected item of the same kind has exactly its text (each expected item
// matches at most one finding).
import type { CorpusItem } from './corpus'
import {
  PERSONAL_DATA_KINDS,
  type DetectionContext,
  type Finding,
  type PersonalDataKind,
} from './types'

/** Counts and ratios for one kind, or for all kinds together. */
export interface KindMetrics {
  expected: number
  found: number
  truePositives: number
  /** truePositives / found; 1 when nothing was found. */
  precision: number
  /** truePositives / expected; 1 when nothing was expected. */
  recall: number
}

/** A finding that matched nothing expected, or an expected item that was not found. */
export interface CorpusMismatch {
  item: number
  kind: PersonalDataKind
  text: string
}

/** Result of running a detector over a corpus. */
export interface CorpusEvaluation {
  perKind: Record<PersonalDataKind, KindMetrics>
  overall: KindMetrics
  falsePositives: CorpusMismatch[]
  falseNegatives: CorpusMismatch[]
  /** Items labelled with no personal data, and how many of them the detector would block. */
  clean: { items: number; blocked: number }
}

type Detector = (text: string, context?: DetectionContext) => Finding[]

/** Runs `detect` over every corpus item and scores it against the labels. */
export function evaluateCorpus(corpus: readonly CorpusItem[], detect: Detector): CorpusEvaluation {
  const counts = new Map<PersonalDataKind, { expected: number; found: number; tp: number }>()
  for (const kind of PERSONAL_DATA_KINDS) counts.set(kind, { expected: 0, found: 0, tp: 0 })
  const falsePositives: CorpusMismatch[] = []
  const falseNegatives: CorpusMismatch[] = []
  const clean = { items: 0, blocked: 0 }

  corpus.forEach((item, index) => {
    const unmatched = [...item.expected]
    for (const e of item.expected) bump(counts, e.kind, 'expected')
    const findings = detect(item.text, item.context)
    if (item.expected.length === 0) {
      clean.items += 1
      if (findings.length > 0) clean.blocked += 1
    }
    for (const finding of findings) {
      bump(counts, finding.kind, 'found')
      const at = unmatched.findIndex((e) => e.kind === finding.kind && e.text === finding.text)
      if (at >= 0) {
        unmatched.splice(at, 1)
        bump(counts, finding.kind, 'tp')
      } else {
        falsePositives.push({ item: index, kind: finding.kind, text: finding.text })
      }
    }
    for (const e of unmatched) falseNegatives.push({ item: index, kind: e.kind, text: e.text })
  })

  const perKind = {} as Record<PersonalDataKind, KindMetrics>
  const total = { expected: 0, found: 0, tp: 0 }
  for (const [kind, c] of counts) {
    perKind[kind] = metrics(c)
    total.expected += c.expected
    total.found += c.found
    total.tp += c.tp
  }
  return { perKind, overall: metrics(total), falsePositives, falseNegatives, clean }
}

function bump(
  counts: Map<PersonalDataKind, { expected: number; found: number; tp: number }>,
  kind: PersonalDataKind,
  field: 'expected' | 'found' | 'tp',
): void {
  const c = counts.get(kind)
  if (c) c[field] += 1
}

function metrics(c: { expected: number; found: number; tp: number }): KindMetrics {
  return {
    expected: c.expected,
    found: c.found,
    truePositives: c.tp,
    precision: c.found === 0 ? 1 : c.tp / c.found,
    recall: c.expected === 0 ? 1 : c.tp / c.expected,
  }
}
