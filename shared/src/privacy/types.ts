/**
 * Kinds of personal data the publishing check looks for. A social-security number is usually the
 * holder's ID number; it is reported as 'social-security-number' when the text introduces it as
 * one (社会保障号码, 社保卡号), otherwise as 'id-card'. Passport numbers (E12345678) are too close
 * to ordinary codes to tell apart and are not looked for.
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
  | 'address'
  | 'wechat-id'
  | 'qq'
  | 'plate'
  | 'social-security-number'

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
  'address',
  'wechat-id',
  'qq',
  'plate',
  'social-security-number',
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
  /**
   * The bureau's published phone numbers (12333 lines, units' 咨询电话 and 监督电话), in any
   * format: never reported, unless they are the author's own.
   */
  publicNumbers?: readonly string[]
  /** The bureau's published addresses (its offices and service halls): never reported. */
  publicAddresses?: readonly string[]
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
