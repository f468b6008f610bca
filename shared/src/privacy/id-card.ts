// Resident identity card numbers (GB 11643): 6-digit region code, 8-digit birth date, 3-digit
// sequence, ISO 7064 MOD 11-2 check character (0–9 or X). Old 15-digit cards: region, YYMMDD
// (19YY), 3-digit sequence, no check character.
//
// A number with a valid region and birth date but a wrong check character is still reported as
// an ID card: a citizen who mistypes one digit of their ID has still published their ID, and the
// region + date test alone passes only about 1 in 4,000 arbitrary 18-digit numbers (35 of 100
// two-digit prefixes are provinces, and a valid 1900–2100 date in the middle is rarer still).
// Such numbers rank below bank cards, so an 18-digit bank card that passes Luhn is not relabelled.
import { maskDigitPositions } from './digits'

/** Province-level prefixes in use (GB/T 2260), plus 81/82/83 of Hong Kong/Macao/Taiwan permits. */
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64'],
  ...['65', '71', '81', '82', '83'],
])

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARACTERS = '10X98765432'

/** The MOD 11-2 check character for the first 17 digits of an 18-digit ID number. */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARACTERS.charAt(sum % 11)
}

/** Whether YYYYMMDD is a real calendar date with a year in 1900–2100. */
export function isPlausibleBirthDate(yyyymmdd: string): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return day <= monthDays
}

/** How an ID-shaped number checks out. */
export type IdCardValidity = 'valid' | 'bad-check-character' | 'invalid'

/**
 * Classifies an ID-shaped string (digits, optionally ending in X; uppercase): 'valid' for a
 * correct 18-digit number or a plausible 15-digit one, 'bad-check-character' for an 18-digit
 * number whose region and date are plausible but whose check character is wrong.
 */
export function classifyIdCardNumber(value: string): IdCardValidity {
  if (!PROVINCE_PREFIXES.has(value.slice(0, 2))) return 'invalid'
  if (value.length === 15) {
    return /^\d{15}$/.test(value) && isPlausibleBirthDate(`19${value.slice(6, 12)}`)
      ? 'valid'
      : 'invalid'
  }
  if (!/^\d{17}[\dX]$/.test(value) || !isPlausibleBirthDate(value.slice(6, 14))) return 'invalid'
  return idCardCheckCharacter(value) === value.charAt(17) ? 'valid' : 'bad-check-character'
}

/**
 * Whether a number the text introduces as an ID number (身份证号：…) still reads as one although
 * it is malformed: a digit or two missing (17 or 16 characters) or an X typed in the wrong place (…326X7). The
 * label is the evidence, so only the region and the birth date must hold. Also an old 15-digit
 * number written in groups (520502 000101 001).
 */
export function readsAsMistypedIdNumber(value: string): boolean {
  const upper = value.toUpperCase()
  if (!PROVINCE_PREFIXES.has(upper.slice(0, 2))) return false
  // An old 15-digit number split into groups, which is not read without the label.
  if (upper.length === 15) return classifyIdCardNumber(upper) === 'valid'
  if (!isPlausibleBirthDate(upper.slice(6, 14))) return false
  if (upper.length === 16 || upper.length === 17) return /^\d{15,16}[\dX]$/.test(upper)
  // One X among the last four characters, as when a check character is typed one place early.
  return upper.length === 18 && /^\d{14}[\dX]{4}$/.test(upper) && upper.split('X').length === 2
}

/**
 * "营业执照注册号520502600123847", "统一社会信用代码…", "单位编号…": a business's or a unit's
 * registration number, which can have an ID number's shape (an old 15-digit registration number
 * often passes the region and date test) but names no person.
 */
const REGISTRATION_LABEL =
  /(?:注册号|注册号码|信用代码|组织机构代码|税号|纳税人识别号|执照号|执照号码|单位编号|企业编号)[:：是为\s]{0,3}$/

/** Whether the words right before `start` introduce a business's registration number. */
export function followsRegistrationLabel(text: string, start: number): boolean {
  return REGISTRATION_LABEL.test(text.slice(Math.max(0, start - 12), start))
}

/** Whether a string is a valid 18-digit ID number (check character included; x allowed). */
export function isValidIdCardNumber(value: string): boolean {
  const upper = value.toUpperCase()
  return upper.length === 18 && classifyIdCardNumber(upper) === 'valid'
}

/** Keeps the first 4 digits (province and prefecture) and the last 4: 5205**********123X. */
export function maskIdCard(written: string): string {
  const length = written.replace(/[^\dXx]/g, '').length
  return maskDigitPositions(written, [4, length - 4])
}
