import {
  PUBLICATION_FIELDS,
  type PublicationField,
  type PublicationFinding,
} from '../schemas/publication'
import { stripInvisibleCharacters } from '../text'
import { detectPersonalData } from './detect'
import { maskPersonalData } from './mask'
import type { DetectionContext } from './types'

/**
 * The publishable text of a publication: title, question and answer, and optionally the 追问
 * and the answer to it.
 */
export type PublicationText = Record<'title' | 'question' | 'answer', string> &
  Partial<Record<'followUp' | 'followUpAnswer', string>>

/** The fields a text has, in reading order (the 追问 part only when included). */
export function publicationFieldsOf(text: PublicationText): PublicationField[] {
  return PUBLICATION_FIELDS.filter((field) => text[field] !== undefined)
}

/**
 * Scans every publishable field; the server refuses to publish while this finds anything, and
 * the office editor highlights the same findings, so both sides always agree.
 */
export function scanPublicationText(
  text: PublicationText,
  context?: DetectionContext,
): PublicationFinding[] {
  return publicationFieldsOf(text).flatMap((field) =>
    detectPersonalData(text[field] ?? '', context).map((finding) => ({ field, ...finding })),
  )
}

/**
 * The text with every finding of the given fields replaced by its suggestion, and without
 * invisible or bidirectional control characters (which publishing refuses to keep).
 */
export function maskPublicationText(
  text: PublicationText,
  findings: readonly PublicationFinding[],
): PublicationText {
  const masked = { ...text }
  for (const field of publicationFieldsOf(text)) {
    const value = text[field] ?? ''
    const own = findings.filter((finding) => finding.field === field)
    const replaced = own.length > 0 ? maskPersonalData(value, own).text : value
    masked[field] = stripInvisibleCharacters(replaced)
  }
  return masked
}
