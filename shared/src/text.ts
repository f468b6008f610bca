/**
 * Number of user-perceived characters as a citizen counts them: Unicode code points, so a
 * Chinese character or an emoji counts once (String#length would count an emoji twice).
 */
export function countCharacters(text: string): number {
  let count = 0
  for (const _ of text) count += 1
  return count
}

/**
 * The text as a regular expression that matches it literally: a citizen's search words reach
 * the database only in this form, so `.*` or `(a+)+` mean nothing special.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/**
 * Characters that take no space on screen but change how a text is read or matched: zero-width
 * spaces and joiners, bidirectional embeddings, overrides and isolates (U+202E turns "8765"
 * into what reads as "5678"), the soft hyphen, the byte-order mark, invisible operators, and
 * control characters other than tab and line breaks. A name or a phone number with one inside
 * looks whole to a reader but not to a pattern.
 */
const INVISIBLE_CHARACTERS =
  // Control and combining characters in the class are the point of it.
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/

/** Whether `text` holds any invisible or bidirectional control character. */
export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE_CHARACTERS.test(text)
}

// eslint-disable-next-line no-misleading-character-class
const EVERY_INVISIBLE_CHARACTER = new RegExp(INVISIBLE_CHARACTERS.source, 'g')

/** `text` without its invisible and bidirectional control characters (see above). */
export function stripInvisibleCharacters(text: string): string {
  return hasInvisibleCharacters(text) ? text.replace(EVERY_INVISIBLE_CHARACTER, '') : text
}

/** Whether the UTF-16 unit at `index` starts an invisible character (see above). */
export function isInvisibleAt(text: string, index: number): boolean {
  const width = text.charCodeAt(index) === 0xdb40 ? 2 : 1
  return INVISIBLE_CHARACTERS.test(text.slice(index, index + width))
}
