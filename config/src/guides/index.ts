import { guideSchema, type Guide, type GuideInput } from '@zhengmin/shared'
import { GUIDE_CATALOGUE } from './catalogue'
import { CONTENT_REVIEWED_ON } from './common'
import { pensionInsuranceCertificate } from './content/pension-insurance-certificate'
import { talentGreenCard } from './content/talent-green-card'
import { unemploymentBenefitClaim } from './content/unemployment-benefit-claim'
import { pendingGuide } from './pending-guide'

export { GUIDE_CATALOGUE, findCatalogueEntry, type GuideCatalogueEntry } from './catalogue'
export { NATIONAL_HOTLINE } from './common'

/** The guides written from verified facts, by seed item. */
const WRITTEN_GUIDES: ReadonlyMap<number, GuideInput> = new Map(
  [pensionInsuranceCertificate, unemploymentBenefitClaim, talentGreenCard].map((guide) => [
    guide.seedItem,
    guide,
  ]),
)

/**
 * The guide content shipped with the project, one per catalogue item in the standard's order:
 * the written guides, and for every other item a guide with all parts pending. Validated at
 * load, so a content mistake fails at start-up and in the tests rather than in the app.
 */
export const SHIPPED_GUIDES: readonly Guide[] = GUIDE_CATALOGUE.map((entry) =>
  guideSchema.parse(WRITTEN_GUIDES.get(entry.seedItem) ?? pendingGuide(entry, CONTENT_REVIEWED_ON)),
)

/** The shipped guide with this slug, or undefined. */
export function findShippedGuide(slug: string): Guide | undefined {
  return SHIPPED_GUIDES.find((guide) => guide.slug === slug)
}
