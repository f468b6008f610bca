import {
  GUIDE_PARTS,
  guideSchema,
  isGuideComplete,
  knownValue,
  pendingParts,
  withoutPendingNotes,
  type Guide,
} from '@zhengmin/shared'
import { UNITS } from '../units'
import { pensionInsuranceCertificate } from './content/pension-insurance-certificate'
import { talentGreenCard } from './content/talent-green-card'
import { unemploymentBenefitClaim } from './content/unemployment-benefit-claim'
import { findShippedGuide, GUIDE_CATALOGUE, SHIPPED_GUIDES } from './index'

const UNIT_CODES = new Set(UNITS.map((unit) => unit.code))
const WRITTEN = [pensionInsuranceCertificate, unemploymentBenefitClaim, talentGreenCard]

function shipped(slug: string): Guide {
  const guide = findShippedGuide(slug)
  if (!guide) throw new Error(`no shipped guide ${slug}`)
  return guide
}

/** Every string value under `value`, with its path. */
function strings(value: unknown, path = ''): Array<[path: string, text: string]> {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}.${i}`))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => strings(child, `${path}.${key}`))
  }
  return []
}

/** Runs of 7+ digits (single spaces between digits joined) once 'YYYY-MM-DD' dates are removed. */
function longDigitRuns(text: string): string[] {
  const withoutDates = text.replace(/\d{4}-\d{2}-\d{2}/g, ' ').replace(/(\d) (?=\d)/g, '$1')
  return withoutDates.match(/\d{7,}/g) ?? []
}

/** Five- and six-digit runs that look like service lines (1xxxx / 9xxxx). */
function serviceLines(text: string): string[] {
  return (text.match(/(?<!\d)[19]\d{4,5}(?!\d)/g) ?? []).filter((run) => run !== '12333')
}

describe('guide catalogue', () => {
  it('lists the 28 public-service items 69–96 of the standard, each once, in order', () => {
    expect(GUIDE_CATALOGUE.map((entry) => entry.seedItem)).toEqual(
      Array.from({ length: 28 }, (_, i) => 69 + i),
    )
  })

  it('gives every item a unique kebab-case slug and a known unit', () => {
    const slugs = GUIDE_CATALOGUE.map((entry) => entry.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const entry of GUIDE_CATALOGUE) {
      expect(entry.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(UNIT_CODES.has(entry.unit)).toBe(true)
    }
  })

  it('lists fewer parts only where the standard does', () => {
    const reduced = GUIDE_CATALOGUE.filter((entry) => entry.prescribedParts !== undefined)
    expect(reduced.map((entry) => entry.seedItem)).toEqual([92, 93])
    for (const entry of reduced) {
      for (const part of entry.prescribedParts ?? []) expect(GUIDE_PARTS).toContain(part)
    }
  })
})

describe('shipped guides', () => {
  it('ships one valid guide per catalogue item, matching its entry', () => {
    expect(SHIPPED_GUIDES).toHaveLength(28)
    SHIPPED_GUIDES.forEach((guide, index) => {
      expect(guideSchema.parse(guide)).toEqual(guide)
      const entry = GUIDE_CATALOGUE[index]
      expect(entry).toBeDefined()
      expect(guide).toMatchObject({
        seedItem: entry?.seedItem,
        slug: entry?.slug,
        officialName: entry?.officialName,
        shortName: entry?.shortName,
        theme: entry?.theme,
        unit: entry?.unit,
      })
    })
  })

  it('has item numbers 69–96 each once, unique slugs and known units', () => {
    const items = SHIPPED_GUIDES.map((guide) => guide.seedItem).sort((a, b) => a - b)
    expect(items).toEqual(Array.from({ length: 28 }, (_, i) => 69 + i))
    const slugs = SHIPPED_GUIDES.map((guide) => guide.slug)
    expect(new Set(slugs).size).toBe(28)
    for (const guide of SHIPPED_GUIDES) expect(UNIT_CODES.has(guide.unit)).toBe(true)
  })

  it('parses the hand-written content as authored', () => {
    for (const guide of WRITTEN) expect(guideSchema.safeParse(guide).success).toBe(true)
  })

  it('gives each written guide all seven parts, filled in or explicitly pending', () => {
    for (const guide of SHIPPED_GUIDES) {
      for (const part of GUIDE_PARTS) {
        expect(['known', 'pending']).toContain(guide[part].status)
      }
      expect(guide.lastReviewedOn).toBe('2026-11-22')
      expect(guide.lastChangedOn).toBe('2026-11-22')
    }
  })

  it('cites a law by title and article for every guide but the talent green card', () => {
    const withoutBasis = SHIPPED_GUIDES.filter((guide) => {
      const citations = knownValue(guide.legalBasis) ?? []
      return !citations.some((c) => c.title?.startsWith('《') && c.article !== undefined)
    })
    // No public source for the green card's basis was found; it stays pending, not invented.
    expect(withoutBasis.map((guide) => guide.slug)).toEqual(['talent-green-card'])
  })

  it('dates every citation or gives its document number, and summarises it', () => {
    const citations = SHIPPED_GUIDES.flatMap((guide) => knownValue(guide.legalBasis) ?? [])
    expect(citations.length).toBeGreaterThan(100)
    for (const citation of citations) {
      const dated =
        citation.issuedOn !== undefined ||
        citation.effectiveOn !== undefined ||
        citation.documentNumber !== undefined
      expect({ citation, dated }).toEqual({ citation, dated: true })
      expect(citation.summary).toBeDefined()
    }
  })

  it('states the materials of at least 20 guides, each row with the rule behind it', () => {
    const withMaterials = SHIPPED_GUIDES.filter((guide) => guide.materials.status === 'known')
    expect(withMaterials.length).toBeGreaterThanOrEqual(20)
    for (const guide of withMaterials) {
      for (const material of knownValue(guide.materials) ?? []) {
        expect((material.basis ?? []).length).toBeGreaterThan(0)
      }
    }
  })

  it('gives the unemployment claim 10 working days under 《社会保险经办条例》第二十四条', () => {
    const claim = shipped('unemployment-benefit-claim')
    const info = knownValue(claim.basicInfo)
    const statutory = info && knownValue(info.timeLimits.statutory)
    expect(statutory).toMatchObject({ days: 10, dayKind: 'working-day' })
    expect(statutory?.basis).toEqual([
      expect.objectContaining({ title: '《社会保险经办条例》', article: '第二十四条' }),
    ])
    const cited = (knownValue(claim.legalBasis) ?? []).map((c) => `${c.title}${c.article}`)
    expect(cited).toContain('《社会保险经办条例》第二十四条')
    expect(JSON.stringify(claim)).not.toMatch(/10日内|《失业保险金申领发放办法》/)
  })

  it('keeps local facts pending in every guide: window, committed limit, local lines', () => {
    for (const guide of SHIPPED_GUIDES) {
      const info = knownValue(guide.basicInfo)
      expect(info?.venues.status).toBe('pending')
      expect(info?.timeLimits.committed.status).toBe('pending')
      expect(guide.contact.consultationLines.status).toBe('pending')
      expect(guide.contact.complaintLines.status).toBe('pending')
    }
  })

  it('shows the public no internal confirmation note', () => {
    for (const guide of SHIPPED_GUIDES) {
      const texts = strings(withoutPendingNotes(guide)).filter(([, text]) =>
        /待与|待确认|待办公室/.test(text),
      )
      expect(texts).toEqual([])
    }
  })

  it('keeps the talent green card guide pending, fees included, except its name and unit', () => {
    const talent = shipped('talent-green-card')
    expect(talent).toMatchObject({
      seedItem: 94,
      unit: 'talent',
      officialName: '贵州省高层次人才服务绿卡办理',
    })
    expect(pendingParts(talent)).toEqual(GUIDE_PARTS.filter((part) => part !== 'basicInfo'))
    expect(talent.faq).toEqual([])
    expect(isGuideComplete(talent)).toBe(false)
    const fee = knownValue(talent.basicInfo)?.fee
    expect(fee?.status === 'pending' ? fee.note : '').toContain('收费')
  })

  it('cites the unemployment-benefit law by title and article', () => {
    const claim = shipped('unemployment-benefit-claim')
    expect(claim.legalBasis.status).toBe('known')
    const citations = claim.legalBasis.status === 'known' ? claim.legalBasis.value : []
    const cited = citations.map((c) => `${c.title ?? c.documentNumber}${c.article ?? ''}`)
    expect(cited).toEqual(
      expect.arrayContaining([
        '《中华人民共和国社会保险法》第四十五条',
        '《中华人民共和国社会保险法》第四十六条',
      ]),
    )
    expect(citations.some((c) => c.title === '《失业保险条例》')).toBe(true)
  })

  it('leaves unknown facts of the pension certificate pending', () => {
    const certificate = shipped('pension-insurance-certificate')
    expect(certificate.result.status).toBe('known')
    if (certificate.result.status === 'known') {
      expect(certificate.result.value.documentName.status).toBe('pending')
    }
    expect(certificate.basicInfo.status).toBe('known')
    if (certificate.basicInfo.status === 'known') {
      expect(certificate.basicInfo.value.venues.status).toBe('pending')
      expect(certificate.basicInfo.value.timeLimits.committed.status).toBe('pending')
      expect(certificate.basicInfo.value.fee).toMatchObject({
        status: 'known',
        value: { charged: false, description: '不收费。' },
      })
    }
  })

  it('offers only the verified national line, 12333, and no phone number besides', () => {
    for (const guide of SHIPPED_GUIDES) {
      expect(guide.contact.hotline.number).toBe('12333')
      const numbers = strings(guide).flatMap(([path, text]) =>
        [...longDigitRuns(text), ...serviceLines(text)].map((run) => `${path}: ${run}`),
      )
      expect(numbers).toEqual([])
    }
  })

  it('carries no web address, since none has been verified', () => {
    for (const guide of SHIPPED_GUIDES) {
      const addresses = strings(guide).filter(([, text]) => /https?:|www\./i.test(text))
      expect(addresses).toEqual([])
    }
  })
})
