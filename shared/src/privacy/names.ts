// Names of people, found from the words around them: a surname before an honorific or title
// (张先生, 欧阳博士), after a label, a role or family word, or a verb of contacting (姓名：王五,
// 包工头杨德富, 我父亲陈光明, 找杨德富), in salutations and lists (尊敬的龙建华：, 张勇、李强、王军三人),
// standing alone in forms, as 小杨/老王/吴老三, and where a surname and two common given-name
// characters stand where a name may. Where no one sign decides, name-score.ts adds up the weaker
// ones (findScoredNames); nicknames.ts finds 阿西 and 杨三妹; and a name found once is found at
// every mention (withRepeatedMentions). Chinese has no spaces, so every rule is a heuristic; the
// word tables (name-lexicon.ts) keep the ordinary words these patterns also match (对方律师,
// 谢谢老师, 高兴, 王家坝) out, at the cost of missing some real names.
import { asciiLower, isHanAt, normalizeForDetection } from './digits'
import {
  BEFORE_NAME,
  COMMON_GIVEN,
  FOLLOW_NAME,
  LEFT_CONTEXT,
  NAME_LABELS,
  NOT_LATIN_NAMES,
  NUMERALS,
  PLACE_WORDS,
  PREPOSITION_SURNAMES,
  ROLE_END,
  ROLE_PREFIXES,
  ROLE_WORDS,
  STRICT_LABELS,
  SURNAME_WORDS,
  WEAK_SURNAMES,
  COMMON_SURNAMES,
  COMPOUND_SURNAMES,
  HONORIFICS,
} from './name-lexicon'
import { findBareLists, findListedNames, withListMates } from './name-lists'
import { NAME_EVIDENCE_NEEDED, NameScorer } from './name-score'
import {
  allCommonGiven,
  endsName,
  endsRoleWord,
  hasLeftBoundary,
  isFamilyPlace,
  isGivenName,
  isGivenNameChar,
  isLabelledGivenName,
  isNameShaped,
  maskName,
  startsHonorific,
  surnameLengthAt,
} from './name-shape'
import { findNicknames } from './nicknames'

/** A name found in a normalized text. */
export interface NameMatch {
  start: number
  end: number
  suggestion: string
}

const HONORIFIC_PATTERN = new RegExp(
  [...HONORIFICS].sort((a, b) => b.length - a.length).join('|'),
  'g',
)
const LABEL_PATTERN = new RegExp(NAME_LABELS.join('|'), 'g')
/**
 * Names before an honorific. Prefers the surname alone (张先生 → 张) when the character before
 * the honorific is a surname; reads a full name (张三先生, 王小明老师) only when it is not, or when
 * a clear left boundary shows where the name starts (。张林先生).
 */
function findHonorificNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(HONORIFIC_PATTERN)) {
    if (BUSINESS_NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) {
      continue
    }
    const end = ROLE_PREFIXES.has(text.charAt(m.index - 1)) ? m.index - 1 : m.index
    const match = nameBeforeHonorific(text, end)
    if (match) matches.push(match)
  }
  return matches
}

/**
 * "高师傅家政服务有限公司", "王大姐餐饮管理有限公司": a business named after a person is a company
 * name, which is published anyway; the words between are its trade, not something a person does.
 */
const BUSINESS_NAME_AFTER =
  /^(?:(?![在的到说给欠是和与向被让从找])[\u4e00-\u9fff]){2,8}?(?:有限责任公司|有限公司)/

function nameBeforeHonorific(text: string, honorific: number): NameMatch | undefined {
  const full = fullNameEndingAt(text, honorific)
  if (full) return full
  const surname = surnameEndingAt(text, honorific)
  if (surname === undefined) return undefined
  // Keeping the first character would leave a lone surname unchanged: 张先生 → 某先生.
  return { start: surname, end: honorific, suggestion: '某' }
}

/** Start of a surname standing alone right before `end`, if there is one. */
function surnameEndingAt(text: string, end: number): number | undefined {
  if (end >= 2 && surnameLengthAt(text, end - 2, true) === 2) return end - 2
  const char = text.charAt(end - 1)
  if (!COMMON_SURNAMES.has(char) || PREPOSITION_SURNAMES.has(char)) return undefined
  if (WEAK_SURNAMES.has(char) && !hasLeftBoundary(text, end - 1)) return undefined
  return end - 1
}

/** A surname plus a 1–2 character given name ending right before `end`. */
function fullNameEndingAt(text: string, end: number): NameMatch | undefined {
  // 张林先生 reads as 张林 or as "张 + 林先生": only a clear left edge decides for the full name
  // (王小林先生 has no such doubt: 小 is no surname).
  const surnameBeforeEnd = COMMON_SURNAMES.has(text.charAt(end - 1))
  for (let given = 1; given <= 2; given += 1) {
    for (const surnameLength of [2, 1]) {
      const start = end - given - surnameLength
      if (start < 0 || surnameLengthAt(text, start, true) !== surnameLength) continue
      if (!isGivenName(text, start + surnameLength, end)) continue
      const surname = text.slice(start, start + surnameLength)
      const givenFirst = text.charAt(start + surnameLength)
      const weak = WEAK_SURNAMES.has(surname) || PREPOSITION_SURNAMES.has(surname)
      // 谢谢老师 is not a person called 谢谢; 向王科长 and 谢王老师 are 王 after a verb; 高三老师
      // teaches the final year.
      if (givenFirst === surname || SURNAME_WORDS.has(text.slice(start, start + 2))) continue
      if (weak && (COMMON_SURNAMES.has(givenFirst) || NUMERALS.has(givenFirst))) continue
      // A surname that is also an ordinary word needs a clear left edge too (高级律师 and
      // 任何老板 are already stopped by 级 and 何).
      const ambiguous =
        weak || (surnameBeforeEnd && (given === 1 || COMMON_SURNAMES.has(givenFirst)))
      if (ambiguous && !hasLeftBoundary(text, start)) continue
      return { start, end, suggestion: maskName(text.slice(start, end)) }
    }
  }
  return undefined
}

/** Names after an introduction or a label: 我叫张三, 我是李四，, 姓名：王五, 联系人 赵六. */
function findLabelledNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(LABEL_PATTERN)) {
    const label = m[0]
    let start = m.index + label.length
    // 姓名：王五, 姓名是王五, 联系人为赵六: after a colon any surname goes, after 是/为 a known one.
    const colon = text.charAt(start) === ':'
    const nameLabel = REGISTERED_NAME_LABELS.has(label)
    if (
      colon ||
      ((text.charAt(start) === '是' || text.charAt(start) === '为') && label !== '我是') ||
      (nameLabel && text.charAt(start) === '叫')
    ) {
      start += 1
    }
    while (text.charAt(start) === ' ' && start - m.index - label.length < 3) start += 1
    // Only a name label takes any character for a surname: 被申请人：毕节某公司 is no person.
    const anySurname = colon && nameLabel
    const naming = label.endsWith('叫') || text.charAt(start - 1) === '叫'
    // 姓名：… and 真名是… announce a name; 姓名一致 and 姓名不符 do not.
    const announced = naming || (nameLabel && start > m.index + label.length)
    const match =
      nameAfterLabel(text, start, anySurname, STRICT_LABELS.has(label), naming) ??
      (announced ? uncommonSurnameNamed(text, start) : undefined)
    // 申请人：支付… is a verb: a surname that is also a word needs given-name characters; after
    // 名字是 (登记的名字是余德化) a name is what comes, and so it is after 叫 when the name stands
    // alone as a word (她叫金花，).
    const namedAlone = match !== undefined && naming && !isHanAt(text, match.end)
    const weak = match && !nameLabel && !namedAlone && WEAK_SURNAMES.has(text.charAt(match.start))
    const givenReads =
      !weak ||
      allCommonGiven(text, match.start + 1, match.end) ||
      NUMERALS.has(text.charAt(match.start + 1))
    if (match && givenReads) matches.push(match)
  }
  return matches
}

/** Function words, which no given name is made of even where a name is announced. */
const FUNCTION_CHARACTERS = /[的了是在和与及或等个们这那我你他她它啥谁什么某]/

/**
 * "她老公叫彭程，": after a role word and 叫, a known surname and one or two characters standing
 * alone as a word are the person's name, even when a character is one that given names
 * usually avoid (程 of 工程).
 */
function calledByName(text: string, start: number): NameMatch | undefined {
  const surnameLength = surnameLengthAt(text, start, false)
  if (surnameLength === 0 || titleOrNicknameAfter(text, start + surnameLength)) return undefined
  for (const given of [2, 1]) {
    const end = start + surnameLength + given
    if (isHanAt(text, end) || end > text.length) continue
    const name = text.slice(start, end)
    if (!Array.from(name).every((_, i) => isHanAt(text, start + i))) continue
    if (FUNCTION_CHARACTERS.test(name.slice(surnameLength))) continue
    return { start, end, suggestion: maskName(name) }
  }
  return undefined
}

/**
 * 钟嫂, 孟老师, 曾老二, 黄胖子: a surname followed by a title, a rank or a nickname, which their
 * own rules read (as the surname alone).
 */
function titleOrNicknameAfter(text: string, at: number): boolean {
  return startsHonorific(text, at) || /^(?:老|小|[^，。,.]?子)/.test(text.slice(at, at + 2))
}

/** Labels of a person's registered name: after them a name is what comes, whatever its surname. */
const REGISTERED_NAME_LABELS: ReadonlySet<string> = new Set([
  '姓名',
  '名字',
  '真实姓名',
  '真名',
  '全名',
  '本名',
  '原名',
  '大名',
])

/**
 * "我叫索菲，", "真名胥强。": after 叫 or a name label, two characters standing alone as a word
 * are a name even when the surname is missing from the lexicon. Only two, and only ended by
 * punctuation or the end of the text: longer runs after 叫 are as often a thing called for.
 */
function uncommonSurnameNamed(text: string, start: number): NameMatch | undefined {
  if (titleOrNicknameAfter(text, start + 1)) return undefined
  // 叫毕永康，: three characters when both given characters are common in names.
  if (
    !isHanAt(text, start + 3) &&
    isHanAt(text, start) &&
    allCommonGiven(text, start + 1, start + 3)
  ) {
    const word = text.slice(start, start + 3)
    if (!FUNCTION_CHARACTERS.test(word) && !SURNAME_WORDS.has(word.slice(0, 2))) {
      return { start, end: start + 3, suggestion: maskName(word) }
    }
  }
  const end = start + 2
  if (isHanAt(text, end) || !isGivenNameChar(text, start) || !isGivenNameChar(text, start + 1)) {
    return undefined
  }
  const word = text.slice(start, end)
  if (SURNAME_WORDS.has(word) || FUNCTION_CHARACTERS.test(word)) return undefined
  // 叫小吴, 叫老黎: the familiar form, whose surname the 小/老 rule reports.
  if (/^[小老]/.test(word)) return undefined
  if (titleOrNicknameAfter(text, start + 1)) return undefined
  return { start, end, suggestion: maskName(text.slice(start, end)) }
}

function nameAfterLabel(
  text: string,
  start: number,
  colon: boolean,
  strict: boolean,
  naming = false,
): NameMatch | undefined {
  const surnameLength = surnameLengthAt(text, start, false)
  const surname = text.charAt(start)
  // After "姓名：" anything is a name, even an uncommon surname; elsewhere the surname must be
  // known, and a preposition (本人于去年…) is one only right after 叫 and before common given
  // characters (她叫向红梅).
  const prepositionNamed =
    naming && allCommonGiven(text, start + surnameLength, start + surnameLength + 2)
  const knownSurname = surnameLength > 0 && (!PREPOSITION_SURNAMES.has(surname) || prepositionNamed)
  if (!knownSurname && !(colon && isGivenNameChar(text, start))) return undefined
  // 我是安顺的: a place or a word, not a name, unless a form's name field says so.
  if (!colon && SURNAME_WORDS.has(text.slice(start, start + 2))) return undefined
  const head = Math.max(surnameLength, 1)
  // 我是周一去办理的, 本人高三毕业: a weak surname followed by a numeral is a word.
  if (strict && WEAK_SURNAMES.has(surname) && NUMERALS.has(text.charAt(start + head))) {
    return undefined
  }
  // 联系人：龚先生 is a surname and a title (the honorific rule reports 龚).
  if (startsHonorific(text, start + head)) return undefined
  for (let given = 2; given >= 1; given -= 1) {
    const end = start + head + given
    if (!isLabelledGivenName(text, start + head, end)) continue
    if (!isHanAt(text, end) || FOLLOW_NAME.has(text.charAt(end))) {
      return { start, end, suggestion: maskName(text.slice(start, end)) }
    }
  }
  // No clear right edge: 我叫李四想… is still most likely a two-character name, but 我是高校毕业生
  // is not a name at all.
  const end = start + head + 1
  if (strict || !isGivenName(text, start + head, end)) return undefined
  // 小区名叫金海湖新区: what runs on into a place word is the name of a place.
  if (PLACE_NAME_AFTER.test(text.slice(end, end + 3))) return undefined
  return { start, end, suggestion: maskName(text.slice(start, end)) }
}

/** The end of a place's name, right after the characters read as a name or one further. */
const PLACE_NAME_AFTER = /^[\u4e00-\u9fff]?(?:新区|小区|社区|街道|湖|县|镇|乡|村|路|街|区)/

/**
 * Role words are looked for at every position, overlaps included: 我哥 and 哥哥 overlap in
 * 我哥哥袁正红, and a scan that took 我哥 would never see the name after 哥哥.
 */
const ROLE_PATTERN = new RegExp(
  `(?=(${[...ROLE_WORDS].sort((a, b) => b.length - a.length).join('|')}))`,
  'g',
)
/** Between a role word and the name: 包工头叫杨德富, 经办人是刘芳, 联系人：赵六. */
const ROLE_GAP = /^(?:叫做|名叫|叫|是|:|：| |\(|（)?/

/** A department between a form's role label and the name: 经办人：财务部邹婷. */
const DEPARTMENT = /^[\u4e00-\u9fff]{1,3}[部科股室处组]/

/**
 * Verbs and words that contact or name a person right before their name: 找杨德富要工资,
 * 联系刘芳, 和赵刚一起. Single characters here need a clear right edge after the name.
 */
const CONTACT_WORDS =
  /(?:找|联系|询问|问|告诉|通知|委托|跟|和|与|给|让|叫|被|替|帮|催|受|听|打给|见到|遇到)(?:到|了|过|上)?/g

/** After a name at a sentence start, only these make it a person: 刘芳说, 杨德富拖欠…. */
const STRONG_AFTER_NAME =
  /^(?:说|讲|称|表示|告诉|答应|承诺|拖欠|欠|拒绝|不给|不肯|不愿|不让|一直|多次|至今|同志|本人|他们|她们|等人|[，,](?:他|她)|等[0-9一二三四五六七八九十两几]+[个名位人])/

/**
 * The name starting at `start`, if there is one: surname plus one or two given characters that
 * end where a name may end. `strict` (weak context) refuses a name without such an end; else a
 * three-character name is taken as the likelier reading (经理张伟明天来 → 张伟明).
 */
function nameStartingAt(text: string, start: number, strict: boolean): NameMatch | undefined {
  const surnameLength = surnameLengthAt(text, start, false)
  if (surnameLength === 0) return undefined
  const weak = WEAK_SURNAMES.has(text.charAt(start)) && surnameLength === 1
  const afterRole = !strict
  for (const given of [2, 1]) {
    const end = start + surnameLength + given
    if (weak && !allCommonGiven(text, start + surnameLength, end)) continue
    if (isNameShaped(text, start, end, afterRole) && endsName(text, end)) {
      return { start, end, suggestion: maskName(text.slice(start, end)) }
    }
  }
  if (strict) return undefined
  for (const given of [2, 1]) {
    const end = start + surnameLength + given
    // A surname that is also a word (万, 谢) needs given-name characters to read as a name.
    if (weak && !allCommonGiven(text, start + surnameLength, end)) continue
    if (isNameShaped(text, start, end, afterRole)) {
      return { start, end, suggestion: maskName(text.slice(start, end)) }
    }
  }
  return undefined
}

/** Names right after a role or family word: 经办人刘芳, 我父亲陈光明, 包工头叫杨德富. */
function findRoleNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(ROLE_PATTERN)) {
    const afterRole = m.index + (m[1]?.length ?? 0)
    const gap = ROLE_GAP.exec(text.slice(afterRole, afterRole + 2))?.[0] ?? ''
    const start = afterRole + gap.length
    const department = /[:：]$/.test(gap) ? DEPARTMENT.exec(text.slice(start, start + 4)) : null
    // After 叫 the name is the whole word up to the punctuation (叫余光前，), even where a
    // given character is one the shape test doubts.
    const match =
      (gap.endsWith('叫') ? calledByName(text, start) : undefined) ??
      nameStartingAt(text, start, false) ??
      (gap.endsWith('叫') ? uncommonSurnameNamed(text, start) : undefined) ??
      (department ? nameStartingAt(text, start + department[0].length, false) : undefined)
    if (match) matches.push(match)
  }
  return matches
}

/** Names after a verb of contacting (找杨德富要工资) and at a sentence start before 说/拖欠…. */
function findContextNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(CONTACT_WORDS)) {
    const match = nameStartingAt(text, m.index + m[0].length, true)
    if (match) matches.push(match)
  }
  for (let start = 0; start < text.length; start += 1) {
    // Inside a clause only a name of common given-name characters counts (…时刘芳说).
    const clauseStart =
      start === 0 || !isHanAt(text, start - 1) || BEFORE_NAME.has(text.charAt(start - 1))
    for (const given of [2, 1]) {
      const surnameLength = surnameLengthAt(text, start, true)
      const end = start + surnameLength + given
      if (surnameLength === 0 || !isNameShaped(text, start, end)) continue
      const weak = WEAK_SURNAMES.has(text.charAt(start)) && surnameLength === 1
      const common = allCommonGiven(text, start + surnameLength, end)
      if ((weak || !clauseStart) && !common) continue
      if (STRONG_AFTER_NAME.test(text.slice(end, end + 6))) {
        matches.push({ start, end, suggestion: maskName(text.slice(start, end)) })
        break
      }
    }
  }
  return matches
}

/**
 * 小杨, 老王: a surname after 小 or 老 where a name may end (小时, 老乡, 老毛病 are words). The
 * finding is the surname, masked as 某 (小某).
 */
function findFamiliarNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  let scorer: NameScorer | undefined
  for (let at = 0; at < text.length; at += 1) {
    const prefix = text.charAt(at)
    if (prefix !== '小' && prefix !== '老') continue
    const surname = at + 1
    const char = text.charAt(surname)
    if (!COMMON_SURNAMES.has(char)) continue
    // 老向， is a person; 向老板 is "to the boss": a preposition needs an object after it.
    if (PREPOSITION_SURNAMES.has(char) && isHanAt(text, surname + 1)) continue
    // 叫我老付, 喊他小钱: after a pronoun 小/老 is an address even before a weak surname.
    const addressed = '他她我你喊'.includes(text.charAt(at - 1))
    // 窗口的小娄态度好, 那个小冉服务好: 的/个 before 小 makes it someone the text points at, so
    // a surname that is no ordinary word needs no clear right edge.
    // 网民“赫章老陈”, “威宁小吴”: a screen name closing on 小X or 老X names its writer.
    const closing = text.charAt(surname + 1)
    const opening = closing === '"' ? '"' : closing === '」' ? '「' : '“'
    const quotedEnd =
      (closing === '”' || closing === '"' || closing === '」') &&
      text.lastIndexOf(opening, at) >= Math.max(0, at - 4)
    const pointedAt =
      (prefix === '小' && '的个'.includes(text.charAt(at - 1)) && !WEAK_SURNAMES.has(char)) ||
      quotedEnd
    if (WEAK_SURNAMES.has(char) && !addressed && !quotedEnd && !hasLeftBoundary(text, at)) continue
    // 大小王, 很老实: the prefix must itself start a word; a role word (房东老蔡) or 为 of naming
    // (书记员为小吴) before it does end one.
    if (
      at > 0 &&
      isHanAt(text, at - 1) &&
      !LEFT_CONTEXT.has(text.charAt(at - 1)) &&
      !ROLE_END.has(text.charAt(at - 1)) &&
      text.charAt(at - 1) !== '为' &&
      !endsRoleWord(text, at) &&
      !addressed &&
      !pointedAt
    ) {
      continue
    }
    // 小杨树村, 小张村, 老王寨: a village named after a family; 小王八蛋 (an insult) and 老成都
    // (a city) are words.
    if (FAMILIAR_PLACE_AFTER.test(text.slice(surname + 1, surname + 4))) continue
    if (SURNAME_WORDS.has(text.slice(surname, surname + 2))) continue
    // 老蔡电话…, 小黄反映…: what a person has or does right after the surname ends it too.
    const ended =
      endsName(text, surname + 1) ||
      OWN_RECORD_AFTER.test(text.slice(surname + 1, surname + 4)) ||
      (scorer ??= new NameScorer(text)).right(surname + 1) === 2
    if (!pointedAt && !ended) continue
    matches.push({ start: surname, end: surname + 1, suggestion: '某' })
  }
  return matches
}

/** Places named after a family, read after 小X/老X: 小杨树村, 小张村, 老王寨, 小李家沟. */
const FAMILIAR_PLACE_AFTER =
  /^(?:[\u4e00-\u9fff]?(?:村|寨|屯|庄|沟|坝|湾|坪|冲|堡)|家[\u4e00-\u9fff]?(?:村|寨|沟|坝|湾))/

/** Salutations of an answer: 尊敬的王丽：, 王丽您好. */
const GREETING_AFTER = /^(?:您好|你好)/
const COLON_AFTER = /^[:：]/

/** Whether a name at `start` opens a salutation: at a line start or after 尊敬的 / 亲爱的. */
function opensSalutation(text: string, start: number): boolean {
  return start === 0 || !isHanAt(text, start - 1) || /尊敬的$|亲爱的$/.test(text.slice(0, start))
}

/**
 * Names without a role word around them: a surname and two common given-name characters ending
 * where a name may end (…交给了杨春梅，), whatever stands before; and the name an answer greets
 * (尊敬的王丽：, 刘芳您好).
 */
function findLikelyNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let start = 0; start < text.length; start += 1) {
    const surnameLength = surnameLengthAt(text, start, true)
    if (surnameLength === 0 || PLACE_WORDS.has(text.slice(start - 1, start + 1))) continue
    // 补偿金达成一致: a surname that is also a word starts a name only where a clause starts.
    const weak = surnameLength === 1 && WEAK_SURNAMES.has(text.charAt(start))
    if (weak && start > 0 && isHanAt(text, start - 1) && !BEFORE_NAME.has(text.charAt(start - 1))) {
      continue
    }
    for (const given of [2, 1]) {
      const end = start + surnameLength + given
      if (!isNameShaped(text, start, end)) continue
      const after = text.slice(end, end + 2)
      const greeted =
        GREETING_AFTER.test(after) || (COLON_AFTER.test(after) && opensSalutation(text, start))
      const common =
        given === 2 &&
        COMMON_GIVEN.has(text.charAt(end - 1)) &&
        COMMON_GIVEN.has(text.charAt(end - 2)) &&
        endsName(text, end)
      if (common || greeted) {
        matches.push({ start, end, suggestion: maskName(text.slice(start, end)) })
        break
      }
    }
  }
  return matches
}

/** What may stand on either side of a name written alone in a list or a form. */
const TOKEN_EDGE = /^$|[\s0-9.:：;；、(（)）|/]/

/**
 * A name standing alone between spaces, numbers or list punctuation, as in lists of workers
 * ("1. 陈建国 12000元 2. 刘红 6000元") and copied forms ("投诉人：孔令贵 孔令华").
 */
function findIsolatedNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let start = 0; start < text.length; start += 1) {
    const left = text.charAt(start - 1)
    if (!TOKEN_EDGE.test(left) || /[0-9]/.test(left) || !isHanAt(text, start)) continue
    let end = start
    while (isHanAt(text, end) && end - start < 5) end += 1
    // "3.文明贵，电工高级技师": a numbered item's name may end at a comma.
    const numbered = left === '.' || left === '、'
    if (!TOKEN_EDGE.test(text.charAt(end)) && !(numbered && /[，,]/.test(text.charAt(end)))) {
      continue
    }
    // "…501室 袁秀兰收 136…": the addressee of a parcel, 收 after the name.
    if (text.charAt(end - 1) === '收' && end - start >= 3) end -= 1
    if (end - start < 2 || end - start > 4) continue
    const surnameLength = surnameLengthAt(text, start, false)
    if (surnameLength === 0 || !isNameShaped(text, start, end, true)) continue
    // 禄先生, 司马主任 alone are a surname and a title (found as such), not a full name.
    if (startsHonorific(text, start + surnameLength)) continue
    const weak = surnameLength === 1 && WEAK_SURNAMES.has(text.charAt(start))
    if (weak && !allCommonGiven(text, start + surnameLength, end)) continue
    matches.push({ start, end, suggestion: maskName(text.slice(start, end)) })
  }
  return matches
}

/**
 * Latin-script names after the words that introduce a person: HR叫Lily Wang, 老板叫 khoa,
 * 英文名David Chen, 缅甸籍员工 Aung Kyaw Min, this is Tom Wilson — up to three capitalized words
 * (or two or three in capitals, as a passport writes them: 我叫ZHANG HONG), after an English
 * job title if one stands between (HR Manager Jessica Zhang).
 */
const LATIN_NAME =
  /(?:[Mm]y name is|[Nn]ame is|I am|I'm|[Tt]his is|[Mm]y (?:wife|husband|colleague|brother|sister|son|daughter|father|mother|friend|boss|manager)|[Rr]egards,|[Ss]incerely,|名叫|叫|英文名|HR|经理|老板|主管|同事|客服|老师|助理|员工|工人)[ :：是]{0,2}(?:(?:Manager|Director|Supervisor|Officer|Assistant|Mr\.?|Ms\.?|Mrs\.?) )?([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){0,2}|[A-Z]{2,15}(?: [A-Z]{2,15}){1,2}|[a-z]{3,15})(?![A-Za-z])/g

/** A name after an English title, wherever it stands: "a local assistant, Ms. Yang,". */
const TITLED_LATIN_NAME =
  /\b(?:Mr|Ms|Mrs|Miss|Dr)\.? ([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)(?![A-Za-z])/g

function findLatinNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of [...text.matchAll(LATIN_NAME), ...text.matchAll(TITLED_LATIN_NAME)]) {
    const name = m[1] ?? ''
    if (NOT_LATIN_NAMES.has(name)) continue
    const start = m.index + m[0].length - name.length
    matches.push({ start, end: start + name.length, suggestion: `${name.charAt(0)}***` })
  }
  return matches
}

/**
 * Nicknames by birth order: 吴老三, 田老二, 杨老幺 — the surname, 老 and the rank. Found whole,
 * as people are known by them.
 */
function findRankNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let at = text.indexOf('老'); at >= 0; at = text.indexOf('老', at + 1)) {
    if (!/[大二三四五六七八九十幺]/.test(text.charAt(at + 1))) continue
    const surname = at - 1
    if (
      !COMMON_SURNAMES.has(text.charAt(surname)) ||
      PREPOSITION_SURNAMES.has(text.charAt(surname))
    ) {
      continue
    }
    // 张老大爷 is an old man, not 张老大.
    if (text.charAt(at + 1) === '大' && /[爷娘妈姐哥人]/.test(text.charAt(at + 2))) continue
    if (WEAK_SURNAMES.has(text.charAt(surname)) && !hasLeftBoundary(text, surname)) continue
    matches.push({ start: surname, end: at + 2, suggestion: `${text.charAt(surname)}**` })
  }
  return matches
}

/** 姓名, 姓氏, 姓啥, 同姓的: words and questions, not a surname after 姓. */
const NOT_A_SURNAME_AFTER_XING: ReadonlySet<string> = new Set(Array.from('名氏啥什的了是么哪'))

/** 姓黄, 一个姓王的老板: the surname a person is introduced by. */
function findIntroducedSurnames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let at = text.indexOf('姓'); at >= 0; at = text.indexOf('姓', at + 1)) {
    if (text.charAt(at + 1) === '名' || text.charAt(at - 1) === '百') continue
    const start = at + 1
    // 老板姓应，: what follows 姓 is given as a surname, even one missing from the lexicon.
    const surnameLength =
      surnameLengthAt(text, start, false) ||
      (isHanAt(text, start) && !NOT_A_SURNAME_AFTER_XING.has(text.charAt(start)) ? 1 : 0)
    if (surnameLength === 0) continue
    const end = start + surnameLength
    if (isHanAt(text, end) && !/[的，。叫名]/.test(text.charAt(end))) continue
    matches.push({ start, end, suggestion: '某' })
  }
  return matches
}

/**
 * "我是万国栋的老婆", "他是陈光明的儿子", "，袁正红的家属": a name owning a relative is a person's.
 * The name must open its clause (after 是, or at a comma or the start), as 公司的老板 and
 * 老王家的儿子 do not.
 */
const RELATIVE_AFTER_OWNER =
  /的(?:老婆|妻子|爱人|丈夫|老公|儿子|女儿|父亲|母亲|爸爸|妈妈|家属|哥哥|姐姐|弟弟|妹妹|孙子|孙女|儿媳|女婿)/g

function findOwnersOfRelatives(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(RELATIVE_AFTER_OWNER)) {
    const end = m.index
    for (const length of [3, 2]) {
      const start = end - length
      const opens = start === 0 || text.charAt(start - 1) === '是' || !isHanAt(text, start - 1)
      if (start < 0 || !opens || !isNameShaped(text, start, end)) continue
      matches.push({ start, end, suggestion: maskName(text.slice(start, end)) })
      break
    }
  }
  return matches
}

/**
 * "…有文件可以发我QQ 崔", "…帮我查下医保余额，武": a message signed with the writer's surname
 * alone, as its last word after a space or a comma. A surname that is also a word (谢, 高, 万)
 * is left out: "…，谢" is thanks.
 */
const SIGN_OFF = /[\s，,。.!！?？)）]([\u4e00-\u9fff])[\s。.!！]*$/
/** A sign-off closes a message, not a two-word note. */
const MIN_SIGNED_TEXT = 10

function findSignOffSurname(text: string): NameMatch[] {
  if (text.length < MIN_SIGNED_TEXT) return []
  const tail = text.slice(-8)
  const m = SIGN_OFF.exec(tail)
  const char = m?.[1]
  if (m === null || char === undefined) return []
  if (!COMMON_SURNAMES.has(char) || WEAK_SURNAMES.has(char) || PREPOSITION_SURNAMES.has(char)) {
    return []
  }
  const start = text.length - tail.length + m.index + 1
  return [{ start, end: start + 1, suggestion: '某' }]
}

/**
 * Names no single sign gives away but several do together (约谈吴继平，, 经核查，安永福确系): every
 * surname-led span of name shape is weighed by name-score.ts, the longer reading first.
 */
function findScoredNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  let scorer: NameScorer | undefined
  for (let start = 0; start < text.length; start += 1) {
    let surnameLength = surnameLengthAt(text, start, true)
    if (surnameLength === 0 || PREPOSITION_SURNAMES.has(text.charAt(start))) continue
    if (PLACE_WORDS.has(text.slice(start - 1, start + 1))) continue
    scorer ??= new NameScorer(text)
    // 跟着欧阳德明: a word that takes a person is as clear a left edge for a compound surname.
    if (surnameLength === 1 && scorer.left(start) === 2) {
      surnameLength = surnameLengthAt(text, start, false)
    }
    for (const given of [2, 1]) {
      const end = start + surnameLength + given
      if (scorer.evidence(start, surnameLength, end) < NAME_EVIDENCE_NEEDED) continue
      if (isNameShaped(text, start, end)) {
        matches.push({ start, end, suggestion: maskName(text.slice(start, end)) })
        break
      }
    }
  }
  return matches
}

/**
 * Once a text has shown a name to be a person's, its other mentions are too, whatever stands
 * around them: 回复龙秀兰家属：经查询，龙秀兰1986年…, 姓禄，禄线长…, 老乡老向，向师傅…. A
 * two-character name (surname and one character) is taken again only where a name may end, as
 * such pairs also start ordinary words; a surname found alone is taken again before a title or
 * after 老/小.
 */
function withRepeatedMentions(text: string, found: readonly NameMatch[]): NameMatch[] {
  const names = new Set(found.map((m) => text.slice(m.start, m.end)))
  const more: NameMatch[] = []
  for (const name of names) {
    const surnameOnly = name.length === surnameLengthAt(name, 0, false)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length
      if (surnameOnly) {
        const familiar = at > 0 && (text.charAt(at - 1) === '老' || text.charAt(at - 1) === '小')
        if (!startsHonorific(text, end) && !(familiar && endsName(text, end))) continue
      } else if (
        name.length === 2 &&
        !endsName(text, end) &&
        !OWN_RECORD_AFTER.test(text.slice(end, end + 3))
      ) {
        continue
      }
      more.push({ start: at, end, suggestion: surnameOnly ? '某' : maskName(name) })
    }
  }
  return [...found, ...more]
}

/** What a person has that follows their name directly: 穆海身份证…, 王芳电话…. */
const OWN_RECORD_AFTER = /^(?:身份证|电话|手机|家属|户口|银行卡|社保)/

/** 田坝镇, 鸭池乡, 柏杨林街道: what runs on into a town's or a quarter's suffix is a place. */
const PLACE_SUFFIX_AFTER = /^(?:镇|乡|县|街道|社区|小区|村委|村民)/

/** Every name found by the honorific, label and list rules (may overlap; detect.ts resolves). */
export function findPersonNames(text: string): NameMatch[] {
  return withRepeatedMentions(
    text,
    withListMates(text, [
      ...findNamedAfterPlace(text),
      ...findHonorificNames(text),
      ...findLabelledNames(text),
      ...findListedNames(text),
      ...findRoleNames(text),
      ...findContextNames(text),
      ...findFamiliarNames(text),
      ...findBareLists(text),
      ...findIntroducedSurnames(text),
      ...findSignOffSurname(text),
      ...findOwnersOfRelatives(text),
      ...findLikelyNames(text),
      ...findIsolatedNames(text),
      ...findLatinNames(text),
      ...findRankNames(text),
      ...findScoredNames(text),
      ...findNicknames(text),
    ]),
  )
    .filter((match) => !PLACE_SUFFIX_AFTER.test(text.slice(match.end, match.end + 2)))
    .filter((match) => !isFamilyPlace(text, match.start))
    .map((match) => asFamilySurname(text, match))
}

/** 陈家兄弟, 符家的媳妇: a family named by its surname; the finding is the surname. */
function asFamilySurname(text: string, match: NameMatch): NameMatch {
  if (match.end - match.start !== 2 || text.charAt(match.start + 1) !== '家') return match
  return { start: match.start, end: match.start + 1, suggestion: '某' }
}

/**
 * "我是大方县的杨兴，", "本人是织金的罗某某。": an introduction naming where the writer is from,
 * then the name, standing alone as a word.
 */
const FROM_PLACE =
  /(?:我是|本人是|我叫)[\u4e00-\u9fff]{1,10}?的(?=[\u4e00-\u9fff]{2,4}[，,。；;\s])/g

function findNamedAfterPlace(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(FROM_PLACE)) {
    const match = nameAfterLabel(text, m.index + m[0].length, false, true)
    if (match && !isHanAt(text, match.end)) matches.push(match)
  }
  return matches
}

/**
 * Every occurrence of the author's own name (two characters or more) in a normalized text,
 * fullwidth forms and ASCII case ignored.
 */
export function findAuthorName(text: string, authorName: string | undefined): NameMatch[] {
  const name = asciiLower(normalizeForDetection(authorName?.trim() ?? ''))
  if (Array.from(name).length < 2) return []
  const haystack = asciiLower(text)
  const matches: NameMatch[] = []
  let index = haystack.indexOf(name)
  while (index >= 0) {
    const end = index + name.length
    matches.push({ start: index, end, suggestion: maskName(text.slice(index, end)) })
    index = haystack.indexOf(name, end)
  }
  return matches
}

export { COMMON_SURNAMES, COMPOUND_SURNAMES, HONORIFICS }
