// Numbers as people type them: digit groups joined by spaces or hyphens ("138 0000 5678"),
// an area code in parentheses ("(0857)8221234"), an extension after 转. The scanner finds such
// chains once, linearly; the number detectors then look at every run of whole groups (a
// "window") in a chain, so a finding never starts or ends in the middle of a digit run — which is
// what keeps 13800001234 from being found inside 6222013800001234.
import { isAsciiAlphanumericCode, isAsciiDigitCode } from './digits'

/** A maximal run of ASCII digits in the normalized text, with an ID card's trailing X if any. */
export interface DigitGroup {
  start: number
  end: number
  /** The digits as written, uppercased X included. */
  digits: string
}

/** Digit groups joined by short separators. */
export interface DigitChain {
  groups: DigitGroup[]
  /** gaps[k] is the separator between groups[k] and groups[k + 1]. */
  gaps: string[]
  /** '+', '(' or '(+' written just before the first group, else ''. */
  lead: string
}

/** A window: the groups [first, last] of a chain and their digits run together. */
export interface DigitWindow {
  chain: DigitChain
  first: number
  last: number
  digits: string
}

/**
 * Separators that can join two digit groups, longest first; sticky, so it is tried at one
 * position only. ')' closes a parenthesized area code or +86; '、' and '转' are accepted only by
 * the detectors where they make sense (after an area code, before an extension).
 */
const GAP = / - |\) |\)-| {2}|--| |-|\)|、|转|\r\n|\n/y

/** The separators that may appear inside a number (between digit groups of one number). */
export const GROUP_SEPARATORS: ReadonlySet<string> = new Set([
  ' ',
  '-',
  '  ',
  ' - ',
  // A double dash (0857——3618229), folded from two em dashes.
  '--',
  // A number broken over two lines, or written one digit a line.
  '\n',
  '\r\n',
])

/** Every digit chain of a normalized text, in order. */
export function scanDigitChains(text: string): DigitChain[] {
  const chains: DigitChain[] = []
  const nextDigit = /\d/g
  for (;;) {
    const found = nextDigit.exec(text)
    if (found === null) break
    const i = found.index
    const chain: DigitChain = { groups: [], gaps: [], lead: leadBefore(text, i) }
    let position = i
    for (;;) {
      const group = readGroup(text, position)
      chain.groups.push(group)
      position = group.end
      if (group.digits.endsWith('X')) break
      GAP.lastIndex = position
      const gap = GAP.exec(text)?.[0]
      if (gap === undefined || !isAsciiDigitCode(text.charCodeAt(position + gap.length))) break
      chain.gaps.push(gap)
      position += gap.length
    }
    chains.push(chain)
    nextDigit.lastIndex = position
  }
  return chains
}

function leadBefore(text: string, start: number): string {
  if (text.charAt(start - 1) === '+') return text.charAt(start - 2) === '(' ? '(+' : '+'
  return text.charAt(start - 1) === '(' ? '(' : ''
}

function readGroup(text: string, start: number): DigitGroup {
  let end = start
  while (isAsciiDigitCode(text.charCodeAt(end))) end += 1
  const next = text.charAt(end)
  // An ID card's check character; "123x" followed by more letters is a word, not a check digit.
  const hasCheckX =
    (next === 'X' || next === 'x') && !isAsciiAlphanumericCode(text.charCodeAt(end + 1))
  if (hasCheckX) end += 1
  return { start, end, digits: text.slice(start, end).toUpperCase() }
}

/**
 * Calls `visit` for every window of whole groups holding `minDigits` to `maxDigits` digits.
 * Windows are bounded by the digit count, so the work per chain is linear in its length.
 */
export function forEachWindow(
  chain: DigitChain,
  minDigits: number,
  maxDigits: number,
  visit: (window: DigitWindow) => void,
): void {
  const { groups } = chain
  for (let first = 0; first < groups.length; first += 1) {
    let digits = ''
    for (let last = first; last < groups.length; last += 1) {
      digits += groups[last]?.digits ?? ''
      if (digits.length > maxDigits) break
      if (digits.length >= minDigits) visit({ chain, first, last, digits })
    }
  }
}

/** Whether every gap inside the window's groups [from, last] is one of `allowed`. */
export function gapsWithin(
  window: DigitWindow,
  from: number,
  allowed: ReadonlySet<string>,
): boolean {
  for (let k = from; k < window.last; k += 1) {
    if (!allowed.has(window.chain.gaps[k] ?? '')) return false
  }
  return true
}

/** Start offset of group `index` of the window's chain. */
export function groupStart(window: DigitWindow, index: number): number {
  return window.chain.groups[index]?.start ?? 0
}

/** End offset of the window's last group. */
export function windowEnd(window: DigitWindow): number {
  return window.chain.groups[window.last]?.end ?? 0
}
