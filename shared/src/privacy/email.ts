// E-mail addresses, found by expanding around each '@' rather than with a regular expression:
// a pattern like [\w.]+@ retried at every start position is quadratic on long ASCII runs.
import { isAsciiAlphanumericCode } from './digits'

const MAX_LOCAL_LENGTH = 64
const MAX_DOMAIN_LENGTH = 253
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
const DOT = 0x2e
const HYPHEN = 0x2d
const LOCAL_PUNCTUATION: ReadonlySet<number> = new Set(Array.from('._%+-', (c) => c.charCodeAt(0)))
const TOP_LEVEL_DOMAIN = /^[A-Za-z]{2,24}$/

/** An address found in a normalized text. */
export interface EmailMatch {
  start: number
  end: number
  suggestion: string
}

function isLocalCode(code: number): boolean {
  // The usual unquoted local-part characters; '*' is left out on purpose so that a masked
  // address (z***@example.com) is not found again.
  return isAsciiAlphanumericCode(code) || LOCAL_PUNCTUATION.has(code)
}

function isDomainCode(code: number): boolean {
  return isAsciiAlphanumericCode(code) || code === DOT || code === HYPHEN
}

/**
 * How people write the '@' to keep an address from being harvested: (at), [at], #, 艾特, with a
 * space on either side (zhang @ qq.com); and the ideographic full stop 。 for a dot
 * (zhang。san@qq。com). Fullwidth forms are already folded.
 */
const AT_MARKERS = / ?@ ?|\((?:at|AT)\)|\[(?:at|AT)\]|#|艾特/g

/**
 * Every ASCII address local@domain.tld in a normalized text (fullwidth ＠ and ． already folded),
 * also when the '@' or the dots are written in words or as 。.
 * Anything that is not an address character ends it, so ，）and Chinese text right after the
 * address are not taken in; a trailing '.' (end of an English sentence) or anything after the
 * last plausible top-level domain is dropped.
 */
export function findEmails(text: string): EmailMatch[] {
  // Same length as the text, so offsets carry over.
  const dotted = text.includes('。') ? withWrittenDots(text) : text
  const matches: EmailMatch[] = []
  let after = 0
  for (const marker of dotted.matchAll(AT_MARKERS)) {
    const at = marker.index
    if (at < after) continue
    let start = at
    while (
      start > 0 &&
      at - start < MAX_LOCAL_LENGTH &&
      isLocalCode(dotted.charCodeAt(start - 1))
    ) {
      start -= 1
    }
    while (dotted.charAt(start) === '.') start += 1
    const domainStart = at + marker[0].length
    let end = domainStart
    while (end - domainStart < MAX_DOMAIN_LENGTH && isDomainCode(dotted.charCodeAt(end))) end += 1
    const local = dotted.slice(start, at)
    const spaced = spacedDomain(dotted, domainStart, end)
    const domain = spaced?.domain ?? longestDomain(dotted.slice(domainStart, end))
    end = spaced?.end ?? domainStart + domain.length
    // '#' also numbers things (3#楼, #12): only a full address shape counts.
    // A government domain is an office's mailbox, published by the office (jkqjc@bijie.gov.cn),
    // unless the writer calls it theirs (我的工作邮箱：…).
    const office =
      /(?:^|\.)gov\.cn$/i.test(domain) &&
      !/(?:我的?|本人的?)(?:[\u4e00-\u9fff]{0,2})(?:邮箱|信箱)[:：是为\s]{0,2}$/.test(
        text.slice(Math.max(0, start - 12), start),
      )
    if (local.length > 0 && !local.endsWith('.') && domain.length > 0 && !office) {
      matches.push({ start, end, suggestion: `${local.charAt(0)}***@${domain}` })
      after = end
    }
  }
  return matches
}

/**
 * 。 read as the dot of an address only where it is one: before a top-level domain
 * (qq。com), or inside a local part that starts with a letter and runs on to an @
 * (zhangwei。1985@…). A full stop after a phone number or between two addresses stays one.
 */
const DOMAIN_DOT = /。(?=(?:com|cn|net|org|gov|edu|info|top|vip|xyz|cc|me|io)(?![A-Za-z0-9]))/gi
const LOCAL_DOT =
  /(?<=(?:^|[^A-Za-z0-9._%+@-])[A-Za-z][A-Za-z0-9._%+-]{0,62})。(?=[A-Za-z0-9._%+-]{1,63}@)/g

function withWrittenDots(text: string): string {
  return text.replace(DOMAIN_DOT, '.').replace(LOCAL_DOT, '.')
}

/**
 * Addresses spelled out in words: "chen_xiaoyu at qq dot com", "wang(at)163(dot)com". Only
 * looked for when the text has "dot" or a spelled "at": every part is bounded, so the pattern
 * cannot run away.
 */
const SPELLED_EMAIL =
  /[A-Za-z0-9._%+-]{1,64} ?(?:\(at\)|\[at\]| at |@|艾特) ?[A-Za-z0-9-]{1,63}(?:(?: ?(?:\(dot\)|\[dot\]| dot |点) ?|\.)[A-Za-z0-9-]{1,63}){1,3}/gi

/**
 * Mail providers people give addresses at: with one of them, "zhangsan at qq.com" is an address
 * although only the '@' is spelled out (an English "at" before a website is not).
 */
const MAIL_PROVIDER =
  /(?:\(at\)|\[at\]| at ) ?(?:qq|163|126|139|sina|sohu|foxmail|gmail|hotmail|outlook|yahoo|aliyun|yeah)\./i

/** Spelled-out addresses (see SPELLED_EMAIL) whose last part is a top-level domain. */
export function findSpelledEmails(text: string): EmailMatch[] {
  // "ouyang 艾特 163 点 com": the '@' and the dot said in Chinese count as spelled out too.
  const dotSpelled = /dot|点/i.test(text)
  if (!dotSpelled && !/\(at\)|\[at\]| at |艾特/i.test(text)) return []
  const matches: EmailMatch[] = []
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const parts = m[0].split(/ ?(?:\(dot\)|\[dot\]| dot |\.|点) ?/i)
    if (!TOP_LEVEL_DOMAIN.test(parts[parts.length - 1] ?? '')) continue
    if (!dotSpelled && !MAIL_PROVIDER.test(m[0])) continue
    const local = /^[A-Za-z0-9._%+-]+/.exec(m[0])?.[0] ?? ''
    matches.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: `${local.charAt(0)}***@***`,
    })
  }
  return matches
}

/**
 * "zqh_bj。163。com", "xuping2019。qq。com": the '@' written as 。 too, which an address at a mail
 * provider gives away; every part is bounded.
 */
const AT_AS_FULL_STOP =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}。(?:qq|163|126|139|sina|sohu|foxmail|gmail|hotmail|outlook|yahoo|aliyun|yeah)[。.](?:com|cn|net)(?:[。.]cn)?(?![A-Za-z0-9])/gi

/** Addresses at a mail provider whose '@' and dots are all written as 。. */
export function findFullStopEmails(text: string): EmailMatch[] {
  if (!text.includes('。')) return []
  const matches: EmailMatch[] = []
  for (const m of text.matchAll(AT_AS_FULL_STOP)) {
    const local = m[0].slice(0, m[0].indexOf('。'))
    matches.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: `${local.charAt(0)}***@${m[0].slice(local.length + 1).replace(/。/g, '.')}`,
    })
  }
  return matches
}

/** A common top-level domain after a stray space on either side of its dot: "@163. com". */
const SPACED_TOP_LEVEL_DOMAIN = /(?: \. ?| )(com|cn|net|org)(?![A-Za-z0-9])/y

/**
 * The domain of an address with a space typed beside its last dot ("tianxiaofeng@163. com",
 * "zhang@163 .com"), when the domain characters scanned from `start` stop at `scanEnd`. Only the
 * usual top-level domains are taken, so an English sentence after an address is not.
 */
function spacedDomain(
  text: string,
  start: number,
  scanEnd: number,
): { domain: string; end: number } | undefined {
  const dotted = text.charAt(scanEnd - 1) === '.'
  SPACED_TOP_LEVEL_DOMAIN.lastIndex = scanEnd
  const match = SPACED_TOP_LEVEL_DOMAIN.exec(text)
  // After a dot only the space; without one, the dot must come after the space.
  if (match?.[1] === undefined || dotted === match[0].includes('.')) return undefined
  const domain = `${text.slice(start, dotted ? scanEnd - 1 : scanEnd)}.${match[1]}`
  return isDomain(domain) ? { domain, end: scanEnd + match[0].length } : undefined
}

/**
 * The longest start of `candidate`, cut before a '.' or '-', that is a domain: an address runs
 * into what follows when nothing separates them (a@example.com-6217 0000…, example.com.).
 */
function longestDomain(candidate: string): string {
  if (isDomain(candidate)) return candidate
  for (let cut = candidate.length - 1; cut > 0; cut -= 1) {
    const char = candidate.charAt(cut)
    if ((char === '.' || char === '-') && isDomain(candidate.slice(0, cut))) {
      return candidate.slice(0, cut)
    }
  }
  return ''
}

function isDomain(domain: string): boolean {
  const labels = domain.split('.')
  const tld = labels[labels.length - 1] ?? ''
  return (
    labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l)) && TOP_LEVEL_DOMAIN.test(tld)
  )
}
