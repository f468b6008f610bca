// Mainland phone numbers read from digit chains (see chains.ts for how a number is delimited).
import { GROUP_SEPARATORS, groupStart, gapsWithin, windowEnd, type DigitWindow } from './chains'
import { maskDigitPositions, normalizeForDetection } from './digits'

const MOBILE = /^1[3-9]\d{9}$/
const LOCAL_NUMBER = /^[2-9]\d{6,7}$/
/** 138 0000 5678 is three groups; more than four is a list of numbers, not one number. */
const MAX_MOBILE_GROUPS = 4

/** Separators after a +86 group: "+86 138…", "+86-138…", "(+86)138…". */
const PREFIX_GAPS: ReadonlySet<string> = new Set([...GROUP_SEPARATORS, ')', ') ', ')-'])
/** Separators after an area code: "0857-…", "0857 …", "0857、…", "(0857)…". */
const AREA_GAPS: ReadonlySet<string> = new Set([...PREFIX_GAPS, '、'])
/** Separators before an extension: "0857-8221234-801", "0857-8221234转801". */
const EXTENSION_GAPS: ReadonlySet<string> = new Set(['-', '转'])
const EXTENSION = /^\d{1,5}$/
/** A local number in at most three groups after the area code: 0857-5 228 461. */
const MAX_LOCAL_GROUPS = 3

/** A phone number read from a window. */
export interface PhoneMatch {
  start: number
  end: number
  /** The number without country prefix or extension (13800001234, 08578221234). */
  national: string
  suggestion: string
}

/**
 * Length of the area code a digit string starts with, or 0: 010 and 02x are three digits long,
 * 03xx–09xx four. The length follows from the digits themselves, which is what lets
 * "08578221234" be split without a separator.
 */
export function areaCodeLength(digits: string): number {
  if (digits.charAt(0) !== '0') return 0
  const second = digits.charAt(1)
  if (second === '1') return digits.charAt(2) === '0' ? 3 : 0
  if (second === '2') return 3
  return second >= '3' && second <= '9' ? 4 : 0
}

interface PrefixSplit {
  /** Digits before the national number (86, 0086, or the trunk 0 of 013800001234). */
  prefixDigits: number
  /** Index of the first group holding national digits. */
  nationalGroup: number
  start: number
}

function splitCountryPrefix(window: DigitWindow): PrefixSplit {
  const { chain, first, last, digits } = window
  const firstDigits = chain.groups[first]?.digits ?? ''
  const start = groupStart(window, first)
  const lead = first === 0 ? chain.lead : ''
  if (last > first && (firstDigits === '86' || firstDigits === '0086')) {
    const gap = chain.gaps[first] ?? ''
    if (PREFIX_GAPS.has(gap)) {
      // "(+86)" needs its opening parenthesis; "+86 " takes its plus sign along.
      const closes = gap.startsWith(')')
      if (!closes || lead.startsWith('(')) {
        const leadLength = closes ? lead.length : lead.endsWith('+') ? 1 : 0
        return {
          prefixDigits: firstDigits.length,
          nationalGroup: first + 1,
          start: start - leadLength,
        }
      }
    }
  }
  const prefixInGroup =
    digits.length === 13 && digits.startsWith('86')
      ? 2
      : digits.length === 15 && digits.startsWith('0086')
        ? 4
        : digits.length === 12 && digits.startsWith('01')
          ? 1
          : 0
  if (prefixInGroup > 0 && firstDigits.length > prefixInGroup) {
    const plus = prefixInGroup > 1 && lead.endsWith('+') ? 1 : 0
    return { prefixDigits: prefixInGroup, nationalGroup: first, start: start - plus }
  }
  return { prefixDigits: 0, nationalGroup: first, start }
}

/**
 * Reads a window as a mainland mobile number: 1[3-9] and 9 more digits in up to 4 groups
 * (138 0000 5678, 138-00005678) or one digit at a time (1 3 8 0 …), joined by spaces or hyphens,
 * optionally after +86, 0086 or a trunk 0.
 */
export function readMobile(window: DigitWindow, text: string): PhoneMatch | undefined {
  const { prefixDigits, nationalGroup, start } = splitCountryPrefix(window)
  const national = window.digits.slice(prefixDigits)
  const groups = window.last - nationalGroup + 1
  if (!MOBILE.test(national) || (groups > MAX_MOBILE_GROUPS && groups !== national.length)) {
    return undefined
  }
  if (!gapsWithin(window, nationalGroup, GROUP_SEPARATORS)) return undefined
  const end = windowEnd(window)
  const suggestion = maskPhone(text.slice(start, end), prefixDigits, national)
  return { start, end, national, suggestion }
}

/**
 * Reads a window as a landline number: area code (its own group, in parentheses, or run
 * together with the number), a 7–8 digit local number starting 2–9 in one or two groups, and an
 * optional extension of up to 5 digits after '-' or 转.
 */
export function readLandline(window: DigitWindow, text: string): PhoneMatch | undefined {
  const { first, last, digits } = window
  if (digits.includes('X')) return undefined
  const prefix = splitCountryPrefix(window)
  if (prefix.prefixDigits > 0 && prefix.nationalGroup === first + 1) {
    return readInternationalLandline(window, text, prefix)
  }
  const area = areaCodeLength(digits)
  if (area === 0) return undefined
  if (last - first + 1 === digits.length) return readLandlineDigitByDigit(window, text, area)
  const parsed = readAreaAndLocal(window, first, area)
  if (parsed === undefined) return undefined
  const start = groupStart(window, first) - (parsed.parenthesized ? 1 : 0)
  const end = windowEnd(window)
  const national = digits.slice(0, area + parsed.local.length)
  return { start, end, national, suggestion: maskPhone(text.slice(start, end), 0, national) }
}

/**
 * "+86 857 8221234", "0086-10-55501234": a landline written for callers from abroad, the
 * country code in its own group and the area code without its trunk 0. ("+86 0857 …" is read
 * from the 0857 group on.)
 */
function readInternationalLandline(
  window: DigitWindow,
  text: string,
  prefix: PrefixSplit,
): PhoneMatch | undefined {
  const areaDigits = window.chain.groups[prefix.nationalGroup]?.digits ?? ''
  if (areaDigits.startsWith('0')) return undefined
  // 86 alone may be anything (an amount, a count); only +86 or 0086 says a country code.
  const lead = window.first === 0 ? window.chain.lead : ''
  if (prefix.prefixDigits === 2 && !lead.includes('+')) return undefined
  const area = areaCodeLength(`0${areaDigits}`) - 1
  if (area <= 0) return undefined
  const parsed = readAreaAndLocal(window, prefix.nationalGroup, area)
  if (parsed === undefined || parsed.parenthesized) return undefined
  const end = windowEnd(window)
  const national = `0${window.digits.slice(prefix.prefixDigits, prefix.prefixDigits + area)}${parsed.local}`
  // maskPhone counts the trunk 0 that is not written: one prefix digit fewer evens it out.
  const written = text.slice(prefix.start, end)
  return {
    start: prefix.start,
    end,
    national,
    suggestion: maskPhone(written, prefix.prefixDigits - 1, national),
  }
}

/**
 * The local number after an area code of `area` digits starting at group `from`: the code in
 * its own group (after '-', ' ', '、' or a closing parenthesis) or run together with the number,
 * then 7–8 digits in one or two groups and an optional extension. Undefined when the groups do
 * not read so.
 */
function readAreaAndLocal(
  window: DigitWindow,
  from: number,
  area: number,
): { local: string; parenthesized: boolean } | undefined {
  const { chain, last } = window
  const firstDigits = chain.groups[from]?.digits ?? ''
  let parenthesized = false
  let local = ''
  let localGroups = 0
  if (firstDigits.length === area) {
    const gap = chain.gaps[from] ?? ''
    if (last === from || !AREA_GAPS.has(gap)) return undefined
    if (gap.startsWith(')')) {
      if (from !== 0 || chain.lead !== '(') return undefined
      parenthesized = true
    }
  } else if (firstDigits.length > area) {
    local = firstDigits.slice(area)
    localGroups = 1
  } else {
    return undefined
  }
  let next = from + 1
  while (local.length < 7 && next <= last && localGroups < MAX_LOCAL_GROUPS) {
    if (localGroups > 0 && !GROUP_SEPARATORS.has(chain.gaps[next - 1] ?? '')) return undefined
    local += chain.groups[next]?.digits ?? ''
    next += 1
    localGroups += 1
  }
  if (!LOCAL_NUMBER.test(local)) return undefined
  if (next <= last) {
    const extension = chain.groups[next]?.digits ?? ''
    const gap = chain.gaps[next - 1] ?? ''
    if (next !== last || !EXTENSION_GAPS.has(gap) || !EXTENSION.test(extension)) return undefined
  }
  return { local, parenthesized }
}

/**
 * A landline read out one digit at a time (0 8 5 7 5 2 2 6 7 1 8), as mobiles are: area code
 * and a 7–8 digit local number, single spaces or hyphens between, no extension.
 */
function readLandlineDigitByDigit(
  window: DigitWindow,
  text: string,
  area: number,
): PhoneMatch | undefined {
  const { digits, first } = window
  if (!LOCAL_NUMBER.test(digits.slice(area)) || !gapsWithin(window, first, GROUP_SEPARATORS)) {
    return undefined
  }
  const start = groupStart(window, first)
  const end = windowEnd(window)
  return { start, end, national: digits, suggestion: maskPhone(text.slice(start, end), 0, digits) }
}

/**
 * Masks a written phone number: a mobile keeps its first 3 and last 4 digits (138****5678); a
 * landline keeps its area code and all but the first 4 digits of the local number
 * (0857-****234); an extension is masked entirely; a local number without area code keeps all
 * but its first 4 digits. Separators and any +86 prefix stay as written.
 */
export function maskPhone(written: string, prefixDigits: number, national: string): string {
  if (MOBILE.test(national)) {
    return maskDigitPositions(written, [prefixDigits + 3, prefixDigits + 7])
  }
  const area = areaCodeLength(national)
  const localFrom = prefixDigits + area
  return maskDigitPositions(
    written,
    [localFrom, localFrom + 4],
    [prefixDigits + national.length, Number.POSITIVE_INFINITY],
  )
}

/**
 * The digit strings that are the author's phone: the national number, and for a landline also
 * the local number alone (people leave out their own area code). Empty when no usable phone.
 */
export function authorPhoneTargets(authorPhone: string | undefined): string[] {
  if (authorPhone === undefined) return []
  let digits = normalizeForDetection(authorPhone).replace(/\D/g, '')
  if (digits.startsWith('0086')) digits = digits.slice(4)
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2)
  if (digits.length < 7) return []
  const area = areaCodeLength(digits)
  const local = digits.slice(area)
  return area > 0 && LOCAL_NUMBER.test(local) ? [digits, local] : [digits]
}

/**
 * Reads a window whose digits are the author's phone in a format the mobile and landline readers
 * do not accept (a local number without area code, unusual grouping).
 */
export function readAuthorPhone(window: DigitWindow, text: string): PhoneMatch | undefined {
  if (!gapsWithin(window, window.first, GROUP_SEPARATORS)) return undefined
  const start = groupStart(window, window.first)
  const end = windowEnd(window)
  const national = window.digits
  return { start, end, national, suggestion: maskPhone(text.slice(start, end), 0, national) }
}
