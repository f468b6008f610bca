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
