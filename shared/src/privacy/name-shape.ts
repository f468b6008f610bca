// The shape of a name: which characters may be a surname and a given name, where a name may
// start and end, and how a name is masked. The finders in names.ts ask these questions of every
// span they consider; the words they read are in name-lexicon.ts.
import { isHanAt } from './digits'
import {
  AFTER_NAME,
  COMMON_GIVEN,
  COMMON_SURNAMES,
  COMPOUND_SURNAMES,
  GIVEN_AFTER_ROLE,
  HONORIFICS,
  LEFT_CONTEXT,
  NOT_IN_GIVEN_NAMES,
  NOT_LAST_GIVEN,
  NUMERALS,
  PREPOSITION_SURNAMES,
  ROLE_WORDS,
  SURNAME_WORDS,
  WEAK_SURNAMES,
} from './name-lexicon'

/** Start of a name at `index`: start of text, a non-Chinese character before, or LEFT_CONTEXT. */
export function hasLeftBoundary(text: string, index: number): boolean {
  return (
    index <= 0 ||
    !isHanAt(text, index - 1) ||
    LEFT_CONTEXT.has(text.charAt(index - 1)) ||
    endsRoleWord(text, index)
  )
}

/** Whether a role word (教练, 保安队长) ends right before `index`. */
export function endsRoleWord(text: string, index: number): boolean {
  for (let length = 2; length <= 5; length += 1) {
    if (ROLE_WORD_SET.has(text.slice(index - length, index))) return true
  }
  return false
}

/** Length of the surname `text` has at `index` (2 for a compound surname), or 0. */
export function surnameLengthAt(
  text: string,
  index: number,
  compoundNeedsBoundary: boolean,
): number {
  const two = text.slice(index, index + 2)
  // A compound surname is also a word (长孙 "eldest grandson", 公司马经理 → 司马): only at a clear
  // left boundary.
  if (COMPOUND_SURNAMES.includes(two) && (!compoundNeedsBoundary || hasLeftBoundary(text, index))) {
    return 2
  }
  return COMMON_SURNAMES.has(text.charAt(index)) ? 1 : 0
}

export function isGivenNameChar(text: string, index: number): boolean {
  return isHanAt(text, index) && !NOT_IN_GIVEN_NAMES.has(text.charAt(index))
}

/** Whether text[from, to) can be a given name of 1–2 characters. */
export function isGivenName(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let i = from; i < to; i += 1) if (!isGivenNameChar(text, i)) return false
  return true
}

/** A given name after a label, where a name is expected: 名字是田应富 (应 is rare elsewhere). */
export function isLabelledGivenName(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let i = from; i < to; i += 1) {
    if (!isGivenNameChar(text, i) && !GIVEN_AFTER_ROLE.has(text.charAt(i))) return false
  }
  return true
}

const ROLE_WORD_SET: ReadonlySet<string> = new Set(ROLE_WORDS)

export function isNameShaped(text: string, start: number, end: number, afterRole = false): boolean {
  const surnameLength = surnameLengthAt(text, start, false)
  if (surnameLength === 0 || PREPOSITION_SURNAMES.has(text.charAt(start))) return false
  if (SURNAME_WORDS.has(text.slice(start, start + 2))) return false
  const given = text.charAt(start + surnameLength)
  if (given === text.charAt(start)) return false
  // 穆医生, 钟嫂: a surname and a title, which the honorific rule reports as the surname.
  if (startsHonorific(text, start + surnameLength)) return false
  // 王家坝, 张家湾: a family's name for a place.
  if (given === '家' && PLACE_AFTER_FAMILY.has(text.charAt(start + surnameLength + 1))) return false
  // 周一, 高三 are days and grades; 李四 is a name, but 吴斌一直 is 吴斌 followed by 一直.
  if (NUMERALS.has(given) && WEAK_SURNAMES.has(text.charAt(start))) return false
  // 吴斌一 is 吴斌 and 一…; but 吴小六 and 龙小二 are how workers are known.
  if (
    end - start - surnameLength === 2 &&
    NUMERALS.has(text.charAt(end - 1)) &&
    text.charAt(end - 2) !== '小'
  ) {
    return false
  }
  if (end - start - surnameLength === 2 && NOT_LAST_GIVEN.has(text.charAt(end - 1))) return false
  if (!afterRole) {
    return (
      isGivenName(text, start + surnameLength, end) ||
      isGenerationName(text, start + surnameLength, end)
    )
  }
  for (let i = start + surnameLength; i < end; i += 1) {
    if (!isGivenNameChar(text, i) && !GIVEN_AFTER_ROLE.has(text.charAt(i))) return false
  }
  return end - start - surnameLength >= 1 && end - start - surnameLength <= 2
}

/**
 * 梁长富, 苏长林, 潘应全, 杨再兴: the first given character is often the generation's (字辈), and a few of
 * them are kept out of given names elsewhere because they also make words (科长, 应该). Followed by
 * a common given-name character they read as a name.
 */
function isGenerationName(text: string, from: number, to: number): boolean {
  return (
    to - from === 2 &&
    GENERATION_CHARACTERS.has(text.charAt(from)) &&
    COMMON_GIVEN.has(text.charAt(from + 1))
  )
}

const GENERATION_CHARACTERS: ReadonlySet<string> = new Set(Array.from('长应天月再'))

/** Place words after X家: 王家坝, 李家湾, 张家寨. */
const PLACE_AFTER_FAMILY: ReadonlySet<string> = new Set(
  Array.from('坝湾寨坪沟村庄屯岭冲院巷坡山河桥岩堡'),
)

/** Whether a name may end at `end`: not Chinese, or a word that follows names. */
export function endsName(text: string, end: number): boolean {
  return !isHanAt(text, end) || AFTER_NAME.has(text.charAt(end)) || startsHonorific(text, end)
}

const HONORIFIC_AT = new RegExp(`^(?:${HONORIFICS.join('|')})`)

export function startsHonorific(text: string, at: number): boolean {
  return HONORIFIC_AT.test(text.slice(at, at + 3))
}

export function allCommonGiven(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!COMMON_GIVEN.has(text.charAt(i))) return false
  return true
}

/** 龙家寨, 杨家湾: a family's name for a place. */
export function isFamilyPlace(text: string, start: number): boolean {
  return text.charAt(start + 1) === '家' && PLACE_AFTER_FAMILY.has(text.charAt(start + 2))
}

/**
 * Masks a name: the surname (one character, or two for a compound surname) is kept and each
 * other character becomes '*' (张三 → 张*, 王小明 → 王**, 欧阳娜娜 → 欧阳**). A name that is only a
 * surname becomes 某.
 */
export function maskName(name: string): string {
  const chars = Array.from(name)
  const surnameLength = COMPOUND_SURNAMES.includes(chars.slice(0, 2).join('')) ? 2 : 1
  if (chars.length <= surnameLength) return '某'
  return chars.slice(0, surnameLength).join('') + '*'.repeat(chars.length - surnameLength)
}
