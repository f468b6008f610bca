import {
  isGuideComplete,
  verifiedPartCount,
  toBeijingIsoString,
  type Guide,
  type GuideListItem,
  type GuideRevision as GuideRevisionView,
  type StaffGuideListItem,
  type StaffGuideRating,
  type DisclosureStatus,
} from '@zhengmin/shared'
import { findShippedGuide } from '@zhengmin/config'
import { unitName } from '@zhengmin/config'
import type { GuideRating, GuideRevision, StoredGuide } from './guide.model'

export function presentGuideListItem(guide: Guide): GuideListItem {
  const name = unitName(guide.unit)
  const parts = verifiedPartCount(guide)
  return {
    slug: guide.slug,
    seedItem: guide.seedItem,
    officialName: guide.officialName,
    shortName: guide.shortName,
    theme: guide.theme,
    unit: guide.unit,
    ...(name ? { unitName: name } : {}),
    version: guide.version,
    lastChangedOn: guide.lastChangedOn,
    complete: isGuideComplete(guide),
    partsVerified: parts.verified,
    partsTotal: parts.total,
  }
}

export function presentStaffGuide(row: {
  stored: StoredGuide
  disclosure: DisclosureStatus
  openLowRatings?: number
}): StaffGuideListItem {
  const { pendingChange } = row.stored
  return {
    ...presentGuideListItem(row.stored.content),
    disclosure: row.disclosure,
    ...(pendingChange
      ? { pendingChange: { effectiveOn: pendingChange.effectiveOn, note: pendingChange.note } }
      : {}),
    openLowRatings: row.openLowRatings ?? 0,
  }
}

export function presentRevision(revision: Omit<GuideRevision, 'content'>): GuideRevisionView {
  return {
    version: revision.version,
    at: toBeijingIsoString(revision.at),
    by: revision.by.name,
    summary: revision.summary,
    changedParts: revision.changedParts ?? [],
    ...(revision.changes ? { changes: revision.changes } : {}),
    ...(revision.disclosedOnTime === undefined
      ? {}
      : { disclosedOnTime: revision.disclosedOnTime }),
  }
}

export function presentStaffRating(rating: GuideRating): StaffGuideRating {
  return {
    id: String(rating._id),
    slug: rating.slug,
    guideName: findShippedGuide(rating.slug)?.shortName ?? rating.slug,
    level: rating.level,
    ...(rating.comment ? { comment: rating.comment } : {}),
    at: toBeijingIsoString(rating.at),
    ...(rating.response
      ? {
          response: {
            text: rating.response.text,
            at: toBeijingIsoString(rating.response.at),
            by: rating.response.by.name,
          },
        }
      : {}),
  }
}
