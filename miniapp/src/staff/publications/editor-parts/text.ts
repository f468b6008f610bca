import {
  PUBLICATION_FIELDS,
  PUBLICATION_LIMITS,
  type PublicationField,
  type PublicationFinding,
  type PublicationText,
} from '@zhengmin/shared'

/** The publishable fields' names in the editor. */
export const FIELD_LABELS: Record<PublicationField, string> = {
  title: '公开标题',
  question: '公开的留言内容',
  answer: '公开的答复内容',
  followUp: '公开的追问内容',
  followUpAnswer: '公开的再次答复内容',
}

/** The original's parts, as the internal view names them. */
export const ORIGINAL_LABELS: Record<PublicationField, string> = {
  title: '标题',
  question: '留言',
  answer: '答复',
  followUp: '追问',
  followUpAnswer: '再次答复',
}

/** Longest text each field may publish (the server's limits). */
export const FIELD_MAX: Record<PublicationField, number> = {
  title: PUBLICATION_LIMITS.titleMax,
  question: PUBLICATION_LIMITS.questionMax,
  answer: PUBLICATION_LIMITS.answerMax,
  followUp: PUBLICATION_LIMITS.followUpMax,
  followUpAnswer: PUBLICATION_LIMITS.answerMax,
}

/** The text without the 追问 and its answer, when the office leaves them out. */
export function withoutFollowUp(text: PublicationText): PublicationText {
  const { followUp: _followUp, followUpAnswer: _answer, ...rest } = text
  return rest
}

/** Findings of both scans (the app's own and the server's, which knows the author), deduplicated. */
export function mergeFindings(...lists: readonly PublicationFinding[][]): PublicationFinding[] {
  const seen = new Map<string, PublicationFinding>()
  for (const finding of lists.flat()) {
    seen.set(`${finding.field}:${finding.start}:${finding.end}`, finding)
  }
  return [...seen.values()].sort((a, b) =>
    a.field === b.field
      ? a.start - b.start
      : PUBLICATION_FIELDS.indexOf(a.field) - PUBLICATION_FIELDS.indexOf(b.field),
  )
}
