import {
  PUBLICATION_FIELDS,
  type PublicationField,
  type PublicationFinding,
} from '../schemas/publication'
import { stripInvisibleCharacters } from '../text'
import { detectPersonalData } from './detect'
import { maskPersonalData } from './mask'
import type { DetectionContext } from './types'

/** The publishable text of a publication: title, question and answer. */
export type PublicationText = Record<PublicationField, string>

/**
 * Scans every publishable field; the server refuses to publish while this finds anything, and
 * the office editor highlights the same findings, so both sides always agree.
 */
export function scanPublicationText(
  text: PublicationText,
  context?: DetectionContext,
): PublicationFinding[] {
  return PUBLICATION_FIELDS.flatMap((field) =>
    detectPersonalData(text[field], context).map((finding) => ({ field, ...finding })),
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
  for (const field of PUBLICATION_FIELDS) {
    const own = findings.filter((finding) => finding.field === field)
    const replaced = own.length > 0 ? maskPersonalData(text[field], own).text : text[field]
    masked[field] = stripInvisibleCharacters(replaced)
  }
  return masked
}
