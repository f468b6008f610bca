// Mainland licence plates (GA 36): a province character, the issuing office's letter, then five
// characters (six on new-energy plates), with or without a dot or space after the letter:
// 贵F·12345, 贵A 8K2M9, 贵FD12345. I and O are never used as plate letters. A driving school's,
// police, trailer or test plate ends in a character instead: 贵F 2237学, 贵F·Z765学.
import type { LabelledMatch } from './labelled'

const PLATE =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼] ?[A-HJ-NP-Za-hj-np-z][·•・. -]?[A-HJ-NP-Za-hj-np-z0-9](?:(?: ?[A-HJ-NP-Za-hj-np-z0-9]){4,5}[学警挂领试]?|(?: ?[A-HJ-NP-Za-hj-np-z0-9]){3,4}[学警挂领试])(?![A-Za-z0-9])/g

/** Whether the five or six characters after the letter hold a digit (SUNNY is no plate). */
function holdsDigit(serial: string): boolean {
  return /[0-9]/.test(serial)
}

/** Every plate in a normalized text; the suggestion keeps the province and office: 贵F·***45. */
export function findPlates(text: string): LabelledMatch[] {
  const matches: LabelledMatch[] = []
  for (const m of text.matchAll(PLATE)) {
    // "车牌贵F·7Z918 4. 李某": a digit after a space, then the next item's number, is no part.
    const listed = / [0-9]$/.test(m[0]) && /^[.．、]/.test(text.charAt(m.index + m[0].length))
    const plate = listed ? m[0].slice(0, -2) : m[0]
    const serialStart = /[·•・. -]/.test(plate.charAt(2)) ? 3 : 2
    // Spaces inside the serial (贵F D7 3261) are how it was typed, not part of it.
    const serial = plate.slice(serialStart).replace(/ /g, '')
    // A letter or digit right before is part of a longer code (粤B2-20090059 is a licence).
    if (!holdsDigit(serial) || /[A-Za-z0-9]/.test(text.charAt(m.index - 1))) continue
    matches.push({
      start: m.index,
      end: m.index + plate.length,
      suggestion: `${plate.slice(0, serialStart)}${'*'.repeat(serial.length - 2)}${serial.slice(-2)}`,
    })
  }
  return matches
}
