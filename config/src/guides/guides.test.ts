import {
  GUIDE_PARTS,
  guideSchema,
  isGuideComplete,
  pendingParts,
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

  it('parses the written content as authored', () => {
    for (const guide of WRITTEN) expect(guideSchema.safeParse(guide).success).toBe(true)
  })

  it('gives each written guide all seven parts, filled in or explicitly pending', () => {
    for (const guide of WRITTEN) {
      for (const part of GUIDE_PARTS) {
        expect(['known', 'pending']).toContain(guide[part].status)
      }
      expect(guide.lastReviewedOn).toBe('2026-11-22')
      expect(guide.lastChangedOn).toBe('2026-11-22')
    }
  })

  it('leaves every part of the unwritten guides pending, with no made-up body', () => {
    const written = new Set(WRITTEN.map((guide) => guide.slug))
    const unwritten = SHIPPED_GUIDES.filter((guide) => !written.has(guide.slug))
    expect(unwritten).toHaveLength(25)
    for (const guide of unwritten) {
      expect(pendingParts(guide)).toEqual([...GUIDE_PARTS])
      expect(guide.faq).toEqual([])
      expect(guide.lastReviewedOn).toBeNull()
      expect(guide.contact.consultationLines.status).toBe('pending')
    }
  })

  it('keeps the talent green card guide pending, fees included, except its name and unit', () => {
    const talent = shipped('talent-green-card')
    expect(talent).toMatchObject({
      seedItem: 94,
      unit: 'talent',
      officialName: '贵州省高层次人才服务绿卡办理',
    })
    expect(pendingParts(talent)).toEqual([...GUIDE_PARTS])
    expect(talent.faq).toEqual([])
    expect(isGuideComplete(talent)).toBe(false)
    const basicInfo = talent.basicInfo.status === 'pending' ? (talent.basicInfo.note ?? '') : ''
    expect(basicInfo).toContain('收费')
    expect(basicInfo).toContain('人才管理科')
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
      expect(certificate.basicInfo.value.fee).toEqual({
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
