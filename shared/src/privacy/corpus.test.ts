import { classifyIdCardNumber } from './id-card'
import { isPlausibleBankCardNumber } from './bank-card'
import { PRIVACY_CORPUS, type CorpusItem } from './corpus'
import { TUNING_CORPUS_B } from './corpus-tuning-b'
import { TUNING_CORPUS_C } from './corpus-tuning-c'
import { TUNING_CORPUS_D } from './corpus-tuning-d'
import { TUNING_CORPUS_E } from './corpus-tuning-e'
import { TUNING_CORPUS_F } from './corpus-tuning-f'
import { TUNING_CORPUS_G } from './corpus-tuning-g'
import { HELDOUT_CORPORA } from './corpus-heldout'
import { TUNING_CORPUS_H } from './corpus-tuning-h'
import { TUNING_CORPUS_I } from './corpus-tuning-i'
import { TUNING_CORPUS_J } from './corpus-tuning-j'
import { TUNING_CORPUS_K } from './corpus-tuning-k'
import { TUNING_CORPUS_L } from './corpus-tuning-l'
import { TUNING_CORPUS_M } from './corpus-tuning-m'
import { TUNING_CORPUS_N } from './corpus-tuning-n'
import { TUNING_CORPUS_O } from './corpus-tuning-o'
import { TUNING_CORPUS_P } from './corpus-tuning-p'
import { evaluateCorpus } from './corpus-metrics'
import { detectPersonalData } from './detect'
import { detectionView } from './view'
import type { PersonalDataKind } from './types'

/** Kinds whose every occurrence must be found: these are what must never be published. */
const MUST_NEVER_LEAK: readonly PersonalDataKind[] = [
  'mobile',
  'landline',
  'id-card',
  'bank-card',
  'email',
  'author-name',
  'author-phone',
  'social-security-number',
  'qq',
  'wechat-id',
  'plate',
]

describe('privacy corpus', () => {
  const evaluation = evaluateCorpus(PRIVACY_CORPUS, detectPersonalData)

  it('is large enough and about half with personal data', () => {
    const withData = PRIVACY_CORPUS.filter((item) => item.expected.length > 0).length
    expect(PRIVACY_CORPUS.length).toBeGreaterThanOrEqual(120)
    expect(withData / PRIVACY_CORPUS.length).toBeGreaterThan(0.4)
    expect(withData / PRIVACY_CORPUS.length).toBeLessThan(0.6)
  })

  it('labels only text that occurs in the item', () => {
    for (const item of PRIVACY_CORPUS) {
      for (const e of item.expected) expect(item.text).toContain(e.text)
    }
  })

  it('uses fictitious numbers only', () => {
    for (const item of PRIVACY_CORPUS) {
      for (const e of item.expected) {
        const digits = detectionView(e.text)
          .text.replace(/[^\dXx]/g, '')
          .toUpperCase()
        if (e.kind === 'mobile') expect(digits.slice(-11)).toMatch(/^13[89]0000\d{4}$/)
        if (e.kind === 'landline') expect(digits).toMatch(/^(0\d{2,3})?555\d{4,5}/)
        if (e.kind === 'email') {
          const address = detectionView(e.text).text.replace(/。/g, '.').replace('(at)', '@')
          expect(address.toLowerCase()).toMatch(/@example\.(com|cn)$/)
        }
        // Birth years 2030–2099 (or 1900 in the old 15-digit form); check digits are right
        // except in the one item about a mistyped number.
        if (e.kind === 'id-card' && digits.length === 18) {
          expect(digits.slice(6, 8)).toBe('20')
          expect(Number(digits.slice(8, 10))).toBeGreaterThanOrEqual(30)
          expect(classifyIdCardNumber(digits)).not.toBe('invalid')
        }
        // Card numbers pass Luhn except in the one item about a mistyped card number.
        if (e.kind === 'bank-card') {
          expect(isPlausibleBankCardNumber(digits) || item.text.includes('少写了一位')).toBe(true)
          expect(digits).toMatch(/0{8}/)
        }
      }
    }
  })

  it('finds every phone, ID, card, e-mail and author datum (recall 1.0)', () => {
    for (const kind of MUST_NEVER_LEAK) {
      expect({ kind, recall: evaluation.perKind[kind].recall }).toEqual({ kind, recall: 1 })
    }
    expect(evaluation.falseNegatives.filter((m) => m.kind !== 'person-name')).toEqual([])
  })

  it('finds most names of people (recall ≥ 0.95)', () => {
    expect(evaluation.perKind['person-name'].recall).toBeGreaterThanOrEqual(0.95)
  })

  it('rarely flags what is not personal data (precision ≥ 0.95)', () => {
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.95)
    for (const item of PRIVACY_CORPUS.filter((i) => i.expected.length === 0)) {
      expect({ text: item.text, findings: detectPersonalData(item.text, item.context) }).toEqual({
        text: item.text,
        findings: [],
      })
    }
  })
})

describe.each([
  ['second', TUNING_CORPUS_B],
  ['third', TUNING_CORPUS_C],
  ['fourth', TUNING_CORPUS_D],
  // Round 4's held-out corpus: measured once (docs/benchmarks.md), then used for tuning.
  ['fifth', TUNING_CORPUS_E],
  // Round 5's held-out corpus, likewise.
  ['sixth', TUNING_CORPUS_F],
  // Round 6's held-out corpus, likewise.
  ['seventh', TUNING_CORPUS_G],
  // Round 7's held-out corpus, likewise.
  ['eighth', TUNING_CORPUS_H],
  // Round 8's held-out corpus, likewise.
  ['ninth', TUNING_CORPUS_I],
  // Round 10's held-out corpus, likewise.
  ['tenth', TUNING_CORPUS_J],
  // Round 12's held-out corpus, likewise.
  ['eleventh', TUNING_CORPUS_K],
  // Round 13's held-out corpus, likewise.
  ['twelfth', TUNING_CORPUS_L],
  // Round 15's held-out corpus, likewise.
  ['thirteenth', TUNING_CORPUS_M],
  // Round 16's held-out corpus, likewise.
  ['fourteenth', TUNING_CORPUS_N],
  // Round 17's held-out corpus, likewise.
  ['fifteenth', TUNING_CORPUS_O],
  // Round 18's held-out corpus, likewise.
  ['sixteenth', TUNING_CORPUS_P],
])('%s tuning corpus (written separately, held out at first)', (_name, corpus) => {
  const evaluation = evaluateCorpus(corpus, detectPersonalData)

  it('labels only text that occurs in the item', () => {
    for (const item of corpus) {
      for (const e of item.expected) expect(item.text).toContain(e.text)
    }
  })

  it('finds most of what it was tuned to find, flags little else', () => {
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.95)
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.97)
    expect(evaluation.perKind['person-name'].recall).toBeGreaterThanOrEqual(0.94)
    expect(evaluation.perKind['person-name'].precision).toBeGreaterThanOrEqual(0.97)
  })
})

// The held-out corpora are measured by bench:privacy, never asserted on (a floor here would be
// tuning by another name); only their labels are checked to be well-formed.
describe.each(HELDOUT_CORPORA.map(({ round, corpus }) => [round, corpus] as const))(
  'held-out corpus of round %i',
  (_round, corpus) => {
    it('labels only text that occurs in the item', () => {
      for (const item of corpus) {
        for (const e of item.expected) expect(item.text).toContain(e.text)
      }
    })
  },
)

/** What rounds 5–7 showed: number kinds read exactly, few clean texts blocked, and floors for the rest. */
interface ExactnessFloors {
  corpus: readonly CorpusItem[]
  /** Kinds found exactly: every one labelled, nothing else reported as one. */
  exactKinds: PersonalDataKind[]
  address: { recall: number; precision: number }
  names?: { recall: number; precision: number }
}

const NUMBER_KINDS: PersonalDataKind[] = [
  'mobile',
  'landline',
  'id-card',
  'bank-card',
  'email',
  'qq',
  'social-security-number',
]

describe.each<[string, ExactnessFloors]>([
  // Round 5: numbers missed or over-reported; addresses as a crossing, a lane, a flat after the door.
  [
    'sixth',
    {
      corpus: TUNING_CORPUS_F,
      exactKinds: NUMBER_KINDS,
      address: { recall: 0.95, precision: 0.95 },
    },
  ],
  // Round 6: landlines and office lines misread.
  [
    'seventh',
    {
      corpus: TUNING_CORPUS_G,
      exactKinds: [...NUMBER_KINDS, 'wechat-id'],
      address: { recall: 0.95, precision: 0.95 },
      names: { recall: 0.97, precision: 0.98 },
    },
  ],
  // Round 7: landlines in every written form next to office lines. Its writer leaves workplaces'
  // addresses unlabelled, which the earlier corpora label as personal (a workplace identifies
  // the people who write from it): hence the lower address precision and the one clean text
  // still blocked (单位地址：…).
  [
    'eighth',
    {
      corpus: TUNING_CORPUS_H,
      exactKinds: [...NUMBER_KINDS, 'wechat-id', 'plate'],
      address: { recall: 0.97, precision: 0.85 },
    },
  ],
])('%s tuning corpus: what its round showed to be misread', (_name, floors) => {
  const evaluation = evaluateCorpus(floors.corpus, detectPersonalData)

  it.each(floors.exactKinds)('finds every %s and nothing else as one', (kind) => {
    expect(evaluation.perKind[kind].recall).toBe(1)
    expect(evaluation.perKind[kind].precision).toBe(1)
  })

  it('blocks at most 1 % of the clean texts (office lines and mailboxes are left alone)', () => {
    expect(evaluation.clean.blocked / evaluation.clean.items).toBeLessThanOrEqual(0.01)
  })

  it('reads addresses and names at least as well as it did when tuned', () => {
    expect(evaluation.perKind.address.recall).toBeGreaterThanOrEqual(floors.address.recall)
    expect(evaluation.perKind.address.precision).toBeGreaterThanOrEqual(floors.address.precision)
    if (!floors.names) return
    expect(evaluation.perKind['person-name'].recall).toBeGreaterThanOrEqual(floors.names.recall)
    expect(evaluation.perKind['person-name'].precision).toBeGreaterThanOrEqual(
      floors.names.precision,
    )
  })
})

describe('fifth tuning corpus: the numbers round 4 showed to be missed or over-reported', () => {
  const evaluation = evaluateCorpus(TUNING_CORPUS_E, detectPersonalData)

  it('reads every ID number, a 17-digit one and one with a misplaced X included', () => {
    expect(evaluation.perKind['id-card'].recall).toBe(1)
  })

  it('reports landlines of people and leaves the office lines an answer gives alone', () => {
    expect(evaluation.perKind.landline.recall).toBeGreaterThanOrEqual(0.95)
    expect(evaluation.perKind.landline.precision).toBeGreaterThanOrEqual(0.95)
  })
})
