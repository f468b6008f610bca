/**
 * Kinds of personal data the publishing check looks for. Passports and social-security numbers
 * are not separate kinds: in the mainland the social-security number is the ID-card number (found
 * as 'id-card'), and passport numbers (E12345678) are too close to ordinary codes to tell apart.
 */
export type PersonalDataKind =
  | 'mobile'
  | 'landline'
  | 'id-card'
  | 'bank-card'
  | 'email'
  | 'author-name'
  | 'author-phone'
  | 'person-name'

/** Every kind, in a stable order (for tables and exhaustive tests). */
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'mobile',
  'landline',
  'id-card',
  'bank-card',
  'email',
  'author-name',
  'author-phone',
  'person-name',
]

/** One piece of personal data found in a text. */
export interface Finding {
  kind: PersonalDataKind
  /** UTF-16 offset of the first character, so `text.slice(start, end)` is the finding. */
  start: number
  /** UTF-16 offset just past the last character. */
  end: number
  /** The text as written (before any normalization), i.e. `scanned.slice(start, end)`. */
  text: string
  /** The masked replacement proposed for it. */
  suggestion: string
}

/** What is known about the message's author, whose own name and phone are always personal data. */
export interface DetectionContext {
  /** The name the citizen entered; searched for only when it has at least two characters. */
  authorName?: string
  /** The contact phone the citizen entered, in any format. */
  authorPhone?: string
}

/** A text with every finding replaced by its suggestion, and the findings that were replaced. */
export interface RedactionResult {
  text: string
  /** Offsets refer to the text before masking. */
  findings: Finding[]
}

/**
 * A detector's proposal before overlaps are resolved. `rank` breaks ties between candidates of
 * the same length: the more specific reading wins (a valid ID number over a bank card, the
 * author's own phone over any phone).
 */
export interface Candidate {
  kind: PersonalDataKind
  start: number
  end: number
  suggestion: string
  rank: number
}
