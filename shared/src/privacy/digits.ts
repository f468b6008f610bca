// Text normalization for detection. Every mapping here turns one UTF-16 unit into exactly one
// UTF-16 unit, so an offset in the normalized text is the same offset in the text as written and
// findings can be reported (and highlighted) without any offset translation.

/** Fullwidth ASCII forms (！ to ～, U+FF01–FF5E) sit at a fixed distance from ASCII. */
const FULLWIDTH_OFFSET = 0xfee0

/** Spaces and dashes as people type them between digit groups; each folds to ' ' or '-'. */
const FOLD_SINGLE: ReadonlyMap<string, string> = new Map([
  ['\u3000', ' '], // ideographic space
  ['\u00a0', ' '], // no-break space
  ['\t', ' '],
  ['\u2010', '-'], // hyphen
  ['\u2011', '-'], // non-breaking hyphen
  ['\u2012', '-'], // figure dash
  ['\u2013', '-'], // en dash
  ['\u2014', '-'], // em dash
  ['\u2212', '-'], // minus sign
  ['\ufe63', '-'], // small hyphen-minus
])
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\t\u2010-\u2014\u2212\ufe63]/g

/** Chinese numerals as digits; 幺 is how 1 is read out in phone numbers. */
const CHINESE_DIGITS: ReadonlyMap<string, string> = new Map([
  ['〇', '0'],
  ['零', '0'],
  ['一', '1'],
  ['幺', '1'],
  ['二', '2'],
  ['三', '3'],
  ['四', '4'],
  ['五', '5'],
  ['六', '6'],
  ['七', '7'],
  ['八', '8'],
  ['九', '9'],
  // The financial forms, written to be hard to alter, and so to be hard to spot.
  ['壹', '1'],
  ['贰', '2'],
  ['叁', '3'],
  ['肆', '4'],
  ['伍', '5'],
  ['陆', '6'],
  ['柒', '7'],
  ['捌', '8'],
  ['玖', '9'],
])

/**
 * A run of 7 or more Chinese numerals is a number spelled out digit by digit (一三八零零零零…),
 * a way people write phone numbers to slip past filters; shorter runs are ordinary words
 * (二〇一九年, 一二三). Groups joined by a space, a dash or 、 count together (零八五七-五二二六七一八,
 * 幺三八、五七八五、幺二四六).
 * A letter O among them is a zero typed the quick way (一五九 O八五七 …).
 */
const CHINESE_DIGIT_RUN =
  /[〇零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖O]{7,}|[〇零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖O]{2,8}(?:[ \-、][〇零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖O]{2,8}){1,4}/g

/**
 * 一 typed for a dash between digits (0857一7328416): the numeral 一 never stands alone between
 * two ASCII digits in a number written in digits.
 */
const DASH_LIKE_BETWEEN_DIGITS = /(?<=[0-9])一(?=[0-9])/g

/**
 * The text as the detectors see it: fullwidth forms (１３８, ＠, （）, ：) folded to ASCII, odd
 * spaces and dashes to ' ' and '-', and long runs of Chinese numerals to digits. Same length and
 * same offsets as the input.
 */
export function normalizeForDetection(text: string): string {
  const folded = foldLetterZeros(text).replace(
    FOLDABLE,
    (char) => FOLD_SINGLE.get(char) ?? String.fromCharCode(char.charCodeAt(0) - FULLWIDTH_OFFSET),
  )
  return folded
    .replace(DASH_LIKE_BETWEEN_DIGITS, '-')
    .replace(CHINESE_DIGIT_RUN, (run, offset: number) => {
      // A run touching ASCII digits is left alone: converted, it would be glued onto that number
      // and change its length, hiding it from the detectors.
      const touchesDigit =
        isAsciiDigitCode(folded.charCodeAt(offset - 1)) ||
        isAsciiDigitCode(folded.charCodeAt(offset + run.length))
      // Groups written with spaces (一三九 八五七 二零四 六一) count only when they add up to a number.
      const numerals = run.replace(/[ \-、]/g, '').length
      // Mostly letters (OOO-OOOO) is no number: the Os only count among Chinese numerals.
      const letters = run.replace(/[^O]/g, '').length
      if (touchesDigit || numerals < 7 || letters * 2 > numerals) return run
      // 、 between spoken groups reads as the space people type between digit groups.
      return Array.from(run, (c) =>
        c === 'O' ? '0' : c === '、' ? ' ' : (CHINESE_DIGITS.get(c) ?? c),
      ).join('')
    })
}

/**
 * The letter O typed for a zero inside a number (138OO001234, 15O-8574-2231): in a run of
 * digit-and-O groups joined by single spaces or hyphens that holds at least five digits, an O
 * in a group that also has a digit reads as 0. Words (OK, COVID) have no digits in them.
 * Same length as the input.
 */
const DIGIT_OR_O_RUN = /[0-9Oo]+(?:[ -][0-9Oo]+)*/g

function foldLetterZeros(text: string): string {
  if (!/[Oo]/.test(text)) return text
  return text.replace(DIGIT_OR_O_RUN, (run) => {
    if (run.replace(/[^0-9]/g, '').length < 5) return run
    return run.replace(/[0-9Oo]+/g, (group) =>
      /[0-9]/.test(group) ? group.replace(/[Oo]/g, '0') : group,
    )
  })
}

/** Whether a UTF-16 code is an ASCII digit 0–9. */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Whether a UTF-16 code is an ASCII letter or digit. */
export function isAsciiAlphanumericCode(code: number): boolean {
  return isAsciiDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Whether a UTF-16 code is a CJK ideograph (basic block, extension A or compatibility). */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
}

/** Whether the character at `index` of `text` is Chinese (false past either end). */
export function isHanAt(text: string, index: number): boolean {
  return isHanCode(text.charCodeAt(index))
}

/** ASCII letters lowercased, everything else unchanged (same length, unlike toLowerCase). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32))
}

/**
 * `text` with the digits (and an ID card's final X) at the given digit positions — each range is
 * [from, to) counted over digits only — replaced by '*'. Separators and other characters are
 * kept, so the masked number keeps the shape it was written in.
 */
export function maskDigitPositions(
  text: string,
  ...ranges: ReadonlyArray<readonly [from: number, to: number]>
): string {
  let position = 0
  let out = ''
  for (const char of text) {
    if ((char >= '0' && char <= '9') || char === 'X' || char === 'x') {
      out += ranges.some(([from, to]) => position >= from && position < to) ? '*' : char
      position += 1
    } else {
      out += char
    }
  }
  return out
}
