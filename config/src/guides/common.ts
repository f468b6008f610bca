import { NATIONAL_HOTLINE, RATING_LEVELS, type RatingPart } from '@zhengmin/shared'
import type { GuideCatalogueEntry } from './catalogue'

// Defined in shared (the app's home page dials it too); re-exported for the guide content.
export { NATIONAL_HOTLINE }

/** Date the shipped content was written and checked against its published sources. */
export const CONTENT_REVIEWED_ON = '2026-11-22'

/** 6.事项评价 as the national 好差评 scheme sets it out, shared by the guides that describe it. */
export const GOOD_BAD_RATING: RatingPart = {
  levels: RATING_LEVELS.map(({ level, label }) => ({ level, label })),
  rules: [
    '本事项参加全国政务服务“好差评”，评价分为非常满意、满意、基本满意、不满意、非常不满意五个等级。',
    '网上办理的，每办一件事可以评价一次（一事一评）；到窗口办理的，每次办理可以评价一次（一次一评）。',
    '网上评价可以针对办事指南是否准确等方面提出意见。',
    '收到的差评会经过核实，需要整改的予以整改，并向评价人回复处理情况。',
    '评价结果向社会公开，并作为绩效考核的依据之一；经复核认定为恶意的评价，可以不计入结果。',
    '评价人的个人信息依法受到保护。',
  ],
  basis: [
    {
      documentNumber: '国办发〔2019〕51号',
      issuedOn: '2019-12-03',
      summary: '国务院办公厅文件，在全国建立政务服务“好差评”制度。',
    },
    { documentNumber: 'GB/T 39734-2020', summary: '政务服务“好差评”国家标准之一。' },
    { documentNumber: 'GB/T 39735-2020', summary: '政务服务“好差评”国家标准之一。' },
  ],
}

/**
 * The office's note on a pending field: whom to confirm it with. Working text for the editor;
 * the public API drops it and citizens read pendingPublicText instead.
 */
export function confirmWith(unitName: string): string {
  return `待与${unitName}确认`
}

/** The identity fields of a guide, taken from its catalogue entry. */
export function guideIdentity(entry: GuideCatalogueEntry) {
  return {
    slug: entry.slug,
    seedItem: entry.seedItem,
    officialName: entry.officialName,
    shortName: entry.shortName,
    theme: entry.theme,
    unit: entry.unit,
  }
}
