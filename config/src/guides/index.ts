import { guideSchema, type Guide, type GuideInput } from '@zhengmin/shared'
import { GUIDE_CATALOGUE, type GuideCatalogueEntry } from './catalogue'
import { pensionInsuranceCertificate } from './content/pension-insurance-certificate'
import { talentGreenCard } from './content/talent-green-card'
import { unemploymentBenefitClaim } from './content/unemployment-benefit-claim'
import { SOURCED_SPECS } from './content/sourced-specs'
import { sourcedGuide } from './sourced-guide'

export { GUIDE_CATALOGUE, findCatalogueEntry, type GuideCatalogueEntry } from './catalogue'
export { NATIONAL_HOTLINE } from './common'

/** The guides written by hand, by seed item. */
const WRITTEN_GUIDES: ReadonlyMap<number, GuideInput> = new Map(
  [pensionInsuranceCertificate, unemploymentBenefitClaim, talentGreenCard].map((guide) => [
    guide.seedItem,
    guide,
  ]),
)

function shippedGuide(entry: GuideCatalogueEntry): GuideInput {
  const written = WRITTEN_GUIDES.get(entry.seedItem)
  if (written) return written
  const spec = SOURCED_SPECS.find((candidate) => candidate.seedItem === entry.seedItem)
  if (!spec) throw new Error(`no guide content for item ${entry.seedItem}`)
  return sourcedGuide(entry, spec)
}

/**
 * The guide content shipped with the project, one per catalogue item in the standard's order,
 * each built from its public sources. Validated at load, so a content mistake fails at start-up
 * and in the tests rather than in the app.
 */
export const SHIPPED_GUIDES: readonly Guide[] = GUIDE_CATALOGUE.map((entry) =>
  guideSchema.parse(shippedGuide(entry)),
)

/** The shipped guide with this slug, or undefined. */
export function findShippedGuide(slug: string): Guide | undefined {
  return SHIPPED_GUIDES.find((guide) => guide.slug === slug)
}
