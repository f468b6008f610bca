import { pending, type GuideInput } from '@zhengmin/shared'
import { findUnit } from '../units'
import type { GuideCatalogueEntry } from './catalogue'
import { confirmWith, guideIdentity, NATIONAL_HOTLINE } from './common'

/**
 * The guide of a catalogue item nobody has written yet: what the standard says about it (name,
 * unit, theme) and every part pending, so the app shows the item and whom to ask instead of a
 * made-up body. The office fills the parts in through the editor.
 */
export function pendingGuide(entry: GuideCatalogueEntry, changedOn: string): GuideInput {
  const unitName = findUnit(entry.unit)?.name ?? '经办科室'
  const note = confirmWith(unitName)
  return {
    ...guideIdentity(entry),
    version: 1,
    lastReviewedOn: null,
    lastChangedOn: changedOn,
    changeEffectiveOn: pending(),
    contact: {
      hotline: NATIONAL_HOTLINE,
      consultationLines: pending(note),
      complaintLines: pending(note),
    },
    basicInfo: pending(note),
    legalBasis: pending(note),
    materials: pending(note),
    specialProcedures: pending(note),
    process: pending(note),
    rating: pending(note),
    result: pending(note),
    faq: [],
  }
}
