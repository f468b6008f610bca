import { GUIDE_PART_LABELS, type GuidePart } from '@zhengmin/shared'

/** A validation issue as zod reports it. */
export interface FormIssue {
  path: readonly PropertyKey[]
  message: string
}

/** The editor's sections; each schema path starts with one of their keys. */
export const FORM_SECTIONS = [
  ['names', '事项名称'],
  ...(Object.entries(GUIDE_PART_LABELS) as [GuidePart, string][]),
  ['contact', '咨询及监督电话'],
  ['faq', '常见问题'],
] as const
export type FormSection = (typeof FORM_SECTIONS)[number][0]

const SECTION_OF_FIELD: Record<string, FormSection> = {
  officialName: 'names',
  shortName: 'names',
}

/** The section a path belongs to. */
export function sectionOf(path: readonly PropertyKey[]): FormSection | undefined {
  const head = String(path[0] ?? '')
  if (head in SECTION_OF_FIELD) return SECTION_OF_FIELD[head]
  return FORM_SECTIONS.find(([key]) => key === head)?.[0]
}

/** The first message per field, keyed like the controls' paths (materials.value.0.name). */
export function fieldErrorMap(issues: readonly FormIssue[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const issue of issues) {
    const key = issue.path.map(String).join('.')
    if (!map.has(key)) map.set(key, issue.message)
  }
  return map
}

/**
 * The problems in words a clerk reads, without internal field names: the section, the row
 * (第2项), then the message. 申请材料 · 第2项：请填写材料名称.
 */
export function errorSummary(issues: readonly FormIssue[]): string[] {
  const lines = issues.map((issue) => {
    const section = sectionOf(issue.path)
    const label = FORM_SECTIONS.find(([key]) => key === section)?.[1] ?? '指南'
    const rows = issue.path
      .filter((segment): segment is number => typeof segment === 'number')
      .map((index) => `第${index + 1}项`)
    return `${[label, ...rows].join(' · ')}：${issue.message}`
  })
  return [...new Set(lines)]
}
