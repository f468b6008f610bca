// The detection pass: every detector proposes candidates on the normalized text, then overlaps
// are resolved so that each character belongs to at most one finding.
import {
  hasDomesticCardShape,
  isPlausibleBankCardNumber,
  maskBankCard,
  talksAboutBankCards,
} from './bank-card'
import {
  GROUP_SEPARATORS,
  forEachWindow,
  gapsWithin,
  groupStart,
  scanDigitChains,
  windowEnd,
  type DigitWindow,
} from './chains'
import { findAddresses } from './address'
import { findEmails, findFullStopEmails, findSpelledEmails } from './email'
import { classifyIdCardNumber, followsRegistrationLabel, maskIdCard } from './id-card'
import { findAuthorName, findPersonNames } from './names'
import {
  authorPhoneTargets,
  readAuthorPhone,
  readLandline,
  readMobile,
  type PhoneMatch,
} from './phone'
import {
  findDisabilityCardNumbers,
  findInternationalNumbers,
  findLabelledBankCards,
  findLocalLandlines,
  findMistypedIdNumbers,
  findMistypedMobiles,
  findQqNumbers,
  findSocialSecurityNumbers,
  findWechatIds,
  type LabelledMatch,
} from './labelled'
import { findPlates } from './plate'
import { publicNumberSet, withoutPublicLines } from './public-numbers'
import type { Candidate, DetectionContext, Finding, PersonalDataKind } from './types'
import { detectionView, originalSpan } from './view'

/**
 * Longest number a window needs to hold: a 19-digit card (20 when a digit too many was typed),
 * or 0086 + mobile, or landline + ext.
 */
const MAX_WINDOW_DIGITS = 20
/** Shortest number looked at: a local landline number (the author's, without area code). */
const MIN_NUMBER_DIGITS = 7
/** A mobile, with a trunk 0, with 86, with 0086. */
const MOBILE_LENGTHS: ReadonlySet<number> = new Set([11, 12, 13, 15])
/** 4-digit area code, 8-digit number, 5-digit extension. */
const MAX_LANDLINE_DIGITS = 17
/** People split an ID or card number into a few groups, not into single digits. */
const MAX_ID_GROUPS = 6
const MAX_CARD_GROUPS = 5

/** Tie-breakers between overlapping candidates of the same length: higher is more specific. */
const RANK = {
  socialSecurity: 9,
  authorPhone: 8,
  authorName: 7,
  idCard: 6,
  bankCard: 5,
  idCardBadCheck: 4,
  bankCardBadCheck: 2,
  mobile: 3,
  landline: 2,
  email: 2,
  labelled: 2,
  address: 1,
  personName: 1,
} as const

/**
 * Finds personal data in a text: phone numbers, ID, social-security and bank card numbers,
 * e-mail addresses, WeChat ids, QQ numbers, licence plates, addresses, the author's own name and
 * phone, and names of people. Detection reads a normalized view of the text (hidden characters
 * removed, compatibility forms folded); findings are sorted by start, never overlap, and their
 * offsets are UTF-16 offsets into `text` as given.
 */
export function detectPersonalData(text: string, context: DetectionContext = {}): Finding[] {
  const view = detectionView(text)
  const normalized = view.text
  const candidates: Candidate[] = []
  const phoneTargets = new Set(authorPhoneTargets(context.authorPhone))
  const cardTalk = talksAboutBankCards(normalized)
  for (const chain of scanDigitChains(normalized)) {
    forEachWindow(chain, MIN_NUMBER_DIGITS, MAX_WINDOW_DIGITS, (window) =>
      collectNumberCandidates(window, normalized, { phoneTargets, cardTalk }, candidates),
    )
  }
  const add = (kind: PersonalDataKind, rank: number, matches: readonly LabelledMatch[]) => {
    for (const m of matches) candidates.push({ kind, ...m, rank })
  }
  add('email', RANK.email, findEmails(normalized))
  add('email', RANK.email, findSpelledEmails(normalized))
  add('email', RANK.email, findFullStopEmails(normalized))
  add('author-name', RANK.authorName, findAuthorName(normalized, context.authorName))
  add('person-name', RANK.personName, findPersonNames(normalized))
  add('social-security-number', RANK.socialSecurity, findSocialSecurityNumbers(normalized))
  add('id-card', RANK.idCard, findDisabilityCardNumbers(normalized))
  // Introduced as an ID number (身份证号…, a digit short): an ID, although 17 digits also make a card.
  add('id-card', RANK.idCard, findMistypedIdNumbers(normalized))
  add('bank-card', RANK.labelled, findLabelledBankCards(normalized))
  add('qq', RANK.labelled, findQqNumbers(normalized))
  add('wechat-id', RANK.labelled, findWechatIds(normalized))
  add('plate', RANK.labelled, findPlates(normalized))
  add('address', RANK.address, findAddresses(normalized, publicAddressesOf(context)))
  for (const m of [...findMistypedMobiles(normalized), ...findInternationalNumbers(normalized)]) {
    // "手机13985096620 2. 江某": the next item's number is not a twelfth digit.
    if (
      / [0-9]{1,2}$/.test(normalized.slice(m.start, m.end)) &&
      /^[.．、]/.test(normalized.charAt(m.end))
    ) {
      continue
    }
    const national = normalized.slice(m.start, m.end).replace(/\D/g, '')
    pushPhone({ ...m, national }, 'mobile', RANK.labelled, phoneTargets, candidates)
  }
  for (const m of findLocalLandlines(normalized)) {
    const national = normalized.slice(m.start, m.end).replace(/\D/g, '')
    pushPhone({ ...m, national }, 'landline', RANK.landline, phoneTargets, candidates)
  }

  const publicNumbers = publicNumberSet(context.publicNumbers)
  const kept = withoutPublicLines(resolveOverlaps(candidates), normalized, publicNumbers).map(
    (candidate) => withExtension(candidate, normalized),
  )
  return kept.map(({ kind, start, end, suggestion }) => {
    const [from, to] = originalSpan(view, text, start, end)
    return { kind, start: from, end: to, text: text.slice(from, to), suggestion }
  })
}

/** "0857-8241097 转 203", "转分机206": an extension after 转 belongs to the landline it follows. */
const EXTENSION = /^ ?转 ?(?:分机 ?)?[0-9]{1,5}(?![0-9])/

function withExtension(candidate: Candidate, text: string): Candidate {
  if (candidate.kind !== 'landline' && candidate.kind !== 'author-phone') return candidate
  // Already read with its extension (0857-5551234转806).
  if (/转/.test(text.slice(candidate.start, candidate.end))) return candidate
  const extension = EXTENSION.exec(text.slice(candidate.end, candidate.end + 10))?.[0]
  if (extension === undefined) return candidate
  return {
    ...candidate,
    end: candidate.end + extension.length,
    suggestion: `${candidate.suggestion}${extension.replace(/[0-9]/g, '*')}`,
  }
}

function publicAddressesOf(context: DetectionContext): string[] {
  return (context.publicAddresses ?? []).map((address) => detectionView(address).text)
}

/** What is known about the whole text when its numbers are read. */
interface TextFacts {
  /** The digit strings that are the author's phone. */
  phoneTargets: ReadonlySet<string>
  /** Whether the text talks about bank cards, so a card number failing Luhn still counts. */
  cardTalk: boolean
}

function collectNumberCandidates(
  window: DigitWindow,
  text: string,
  { phoneTargets, cardTalk }: TextFacts,
  out: Candidate[],
): void {
  const { digits, first, last } = window
  const length = digits.length
  const groups = last - first + 1
  // Cheap length and group-count tests come first throughout: a chain of single digits
  // ("1 3 8 0 …") has many windows.

  // Old 15-digit numbers only as one group: split ones are too easily a mobile and a year.
  const idShaped = (length === 18 && groups <= MAX_ID_GROUPS) || (length === 15 && groups === 1)
  const documentNumber = DOCUMENT_LABEL_BEFORE.test(
    text.slice(Math.max(0, groupStart(window, first) - 10), groupStart(window, first)),
  )
  if (
    idShaped &&
    !documentNumber &&
    separatedInside(window) &&
    !followsRegistrationLabel(text, groupStart(window, first))
  ) {
    const validity = classifyIdCardNumber(digits)
    if (validity !== 'invalid') {
      const [start, end] = [groupStart(window, first), windowEnd(window)]
      // After 身份证号 a number with a wrong check character is still the ID it was meant to be,
      // even when its digits happen to pass a card's Luhn check.
      const introduced = ID_LABEL_BEFORE.test(text.slice(Math.max(0, start - 8), start))
      const rank = validity === 'valid' || introduced ? RANK.idCard : RANK.idCardBadCheck
      out.push({
        kind: 'id-card',
        start,
        end,
        suggestion: maskIdCard(text.slice(start, end)),
        rank,
      })
    }
  }

  // A window starting after a hyphen starts inside another number: "0857-5552222 0857-5552223"
  // holds two landlines, not a card made of the last 18 digits.
  const afterHyphen = first > 0 && window.chain.gaps[first - 1] === '-'
  // 20 digits starting 62, as one run, in a text about cards or wages: a card typed with a digit
  // too many, as payroll tables copied by hand have them.
  const longCard = length === 20 && groups === 1 && cardTalk && firstGroupStartsUnionPay(window)
  const cardShaped =
    ((length >= 16 && length <= 19) || longCard) && groups <= MAX_CARD_GROUPS && !afterHyphen
  if (
    cardShaped &&
    !documentNumber &&
    separatedInside(window) &&
    !endsOnNextLine(window, text) &&
    !AMOUNT_AFTER.test(text.slice(windowEnd(window), windowEnd(window) + 2))
  ) {
    const rank = isPlausibleBankCardNumber(digits)
      ? RANK.bankCard
      : longCard
        ? RANK.bankCardBadCheck
        : cardTalk && hasDomesticCardShape(digits)
          ? RANK.bankCardBadCheck
          : 0
    if (rank > 0) {
      const [start, end] = [groupStart(window, first), windowEnd(window)]
      out.push({
        kind: 'bank-card',
        start,
        end,
        suggestion: maskBankCard(text.slice(start, end)),
        rank,
      })
    }
  }

  // Mobiles come in at most 4 groups plus a +86 group, or one digit per group (see readMobile).
  const mobileShaped =
    MOBILE_LENGTHS.has(length) && (groups <= 5 || groups >= 11) && !endsOnNextLine(window, text)
  const mobile = mobileShaped ? readMobile(window, text) : undefined
  // The first group's first digit, not digits[0]: reading a window's concatenated digits costs
  // a string flattening, which adds up over the many windows of a long chain.
  const firstGroup = window.chain.groups[first]?.digits ?? ''
  // A trunk 0, or a country code before an area code written without it (+86 857 8221234).
  const leadingZero = firstGroup.charAt(0) === '0' || firstGroup === '86'
  const landline =
    mobile === undefined &&
    leadingZero &&
    length <= MAX_LANDLINE_DIGITS &&
    (groups <= 4 || groups === length)
      ? readLandline(window, text)
      : undefined
  if (mobile !== undefined) pushPhone(mobile, 'mobile', RANK.mobile, phoneTargets, out)
  else if (landline !== undefined) pushPhone(landline, 'landline', RANK.landline, phoneTargets, out)
  else if (phoneTargets.size > 0 && phoneTargets.has(digits)) {
    const author = readAuthorPhone(window, text)
    if (author !== undefined) pushPhone(author, 'author-phone', RANK.authorPhone, phoneTargets, out)
  }
}

function firstGroupStartsUnionPay(window: DigitWindow): boolean {
  return (window.chain.groups[window.first]?.digits ?? '').startsWith('62')
}

/** A group followed by 元 or 万 is an amount after the number, not its last digits. */
const AMOUNT_AFTER = /^ ?[元块万]/

/** 身份证号, 证件号码: what introduces an ID number. */
const ID_LABEL_BEFORE =
  /(?:身份证|身份证号|身份证号码|公民身份号码|证件号|证件号码)[:：是为\s]{0,3}$/

/**
 * 税票号码, 发票号码, 流水号, 订单号, 单号, 凭证号: a receipt's or an order's number, however many
 * digits it has and whatever check it passes by chance, is no bank card.
 */
const DOCUMENT_LABEL_BEFORE =
  /(?:税票|发票|票据|凭证|缴款书|流水|订单|交易|快递|运单|工单|合同|受理|业务|项目)(?:号码|编号|号)[:：是为\s]{0,3}$/

/** A phone candidate; the author's own number becomes 'author-phone' whatever its shape. */
function pushPhone(
  match: PhoneMatch,
  kind: PersonalDataKind,
  rank: number,
  phoneTargets: ReadonlySet<string>,
  out: Candidate[],
): void {
  const isAuthor = phoneTargets.has(match.national)
  out.push({
    kind: isAuthor ? 'author-phone' : kind,
    start: match.start,
    end: match.end,
    suggestion: match.suggestion,
    rank: isAuthor ? RANK.authorPhone : rank,
  })
}

/**
 * "卡号 6214 8385 1234 5671\n4. 龙某", "手机13985096620 2. 江某": a short group after a line
 * break, or after a space and before a full stop, is the next item's numbering, not the end of
 * the number.
 */
function endsOnNextLine(window: DigitWindow, text: string): boolean {
  const gap = window.chain.gaps[window.last - 1] ?? ''
  const lastGroup = window.chain.groups[window.last]?.digits ?? ''
  // One digit a line (1\n3\n9…) is a number written downwards, not a list.
  const digitByDigit = window.last - window.first + 1 === window.digits.length
  if (lastGroup.length >= 3 || window.last === window.first || digitByDigit) return false
  // "手机13985096620 2. 江某": the next item's number after a space, then its full stop.
  const listNumber = /^[.．、]/.test(text.charAt(windowEnd(window)))
  return gap === '\n' || gap === '\r\n' || (gap === ' ' && listNumber)
}

function separatedInside(window: DigitWindow): boolean {
  return gapsWithin(window, window.first, GROUP_SEPARATORS)
}

/**
 * Keeps a set of non-overlapping candidates: longer ones first (an ID number over the mobile-like
 * digits inside it, +86 138… over 138…), the more specific kind on equal length. Accepted
 * candidates stay sorted by start, so each overlap test is a binary search.
 */
function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
  )
  const accepted: Candidate[] = []
  for (const candidate of ordered) {
    let low = 0
    let high = accepted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((accepted[middle]?.start ?? 0) < candidate.start) low = middle + 1
      else high = middle
    }
    const before = accepted[low - 1]
    const after = accepted[low]
    if (before !== undefined && before.end > candidate.start) continue
    if (after !== undefined && after.start < candidate.end) continue
    accepted.splice(low, 0, candidate)
  }
  return accepted
}
