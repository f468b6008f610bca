/**
 * Number of user-perceived characters as a citizen counts them: Unicode code points, so a
 * Chinese character or an emoji counts once (String#length would count an emoji twice).
 */
export function countCharacters(text: string): number {
  let count = 0
  for (const _ of text) count += 1
  return count
}
