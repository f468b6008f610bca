// Personal numbers and account names that only the words before them make recognizable: a QQ
// number or a local phone number is just digits, a WeChat id just letters, until the text says
// "QQ：", "微信号" or "家里座机". Each finder looks for its labels and reads what follows within a
// few characters (a colon, 是, 为, spaces); everything is bounded, so no pattern backtracks.
import { maskDigitPositions } from './digits'
import { readsAsMistypedIdNumber } from './id-card'

/** A labelled item found in a normalized text. */
export interface LabelledMatch {
  start: number
  end: number
  suggestion: string
}

/**
 * What may stand between a label and its value: "QQ：", "微信号是", "社保卡号为 ", a short
 * aside in brackets: "社会保障号码（即身份证号）：", and a short clause that ends in a colon
 * and so still introduces the value: "社保号是我帮他记的：", "社会保障号码，也就是身份证号：".
 */
const LABEL_GAP =
  /(?:[(（][^()（）]{0,12}[)）])?(?:[，,]?[\u4e00-\u9fff]{1,8}[:：])?(?:写的|填的|填写的|登记的|留的)?[:：是为\s]{0,4}(?:(?:我|他|她|本人)的? ?)?/y

function afterLabel(text: string, labelEnd: number): number {
  LABEL_GAP.lastIndex = labelEnd
  LABEL_GAP.exec(text)
  return LABEL_GAP.lastIndex
}

/** Digits (with single spaces or hyphens between groups) and an ID card's final X, sticky. */
const NUMBER_VALUE = /[0-9](?:[ -]?[0-9]){4,23}(?:[Xx](?![A-Za-z0-9]))?(?![0-9])/y

/**
 * A card number as social-security cards print it: digits, or letters then digits, with
 * letters possibly inside (N52050219871204, JX5224010129, A520502D5600331), sticky.
 */
const CARD_VALUE = /[A-Za-z]{0,3}[0-9](?:[ -]?[0-9A-Za-z]){4,23}(?![0-9A-Za-z])/y

function countDigits(value: string): number {
  let count = 0
  for (const char of value)
    if ((char >= '0' && char <= '9') || char === 'X' || char === 'x') count += 1
  return count
}

/** Keeps the first and last `keep` digits of a number, masking the rest. */
function maskMiddle(value: string, keep: number): string {
  const digits = countDigits(value)
  return maskDigitPositions(value, [keep, Math.max(keep, digits - keep)])
}

/** How a kind of labelled number is read: its labels, its shape, what it must hold. */
interface LabelledNumber {
  labels: RegExp
  /** Sticky pattern of the value after the label. */
  value: RegExp
  accepts: (value: string, digits: number) => boolean
  /** Digits kept visible at each end in the suggestion. */
  keep: number
  /** Whether further values listed after the first belong to the label too (分别是：…，…). */
  listed?: boolean
}

/** Between two values of one label: "我的 5205…，他的 5205…", "6217…、6228…". */
const NEXT_VALUE = /[，,、；;] ?(?:(?:我|他|她|[\u4e00-\u9fff]{1,3})的 ?)?/y

/** Every value of one kind of labelled number: the label, a short gap, then the value. */
function findLabelledNumbers(text: string, kind: LabelledNumber): LabelledMatch[] {
  const matches: LabelledMatch[] = []
  for (const label of text.matchAll(kind.labels)) {
    const start = afterLabel(text, label.index + label[0].length)
    kind.value.lastIndex = start
    const value = kind.value.exec(text)?.[0]
    if (value === undefined || !kind.accepts(value, countDigits(value))) continue
    matches.push({ start, end: start + value.length, suggestion: maskMiddle(value, kind.keep) })
    let end = start + value.length
    while (kind.listed) {
      NEXT_VALUE.lastIndex = end
      if (NEXT_VALUE.exec(text) === null) break
      const next = NEXT_VALUE.lastIndex
      kind.value.lastIndex = next
      const more = kind.value.exec(text)?.[0]
      if (more === undefined || !kind.accepts(more, countDigits(more))) break
      matches.push({
        start: next,
        end: next + more.length,
        suggestion: maskMiddle(more, kind.keep),
      })
      end = next + more.length
    }
  }
  return matches
}

/**
 * 社会保障号码, 社保卡号, 社保卡上的号码, 医保卡的编号, 社保电脑号, 参保编号 and the like: the
 * card or scheme, optionally 卡 and 的 after where on the card (上的, 上印的, 背面的), then the
 * word for its number; the card may be named
 * in brackets after a nickname ("老人卡（社保卡）卡号"). Usually the holder's ID number,
 * sometimes an older card or insurance number. An employer's (单位社保编号, 企业医保编号) is the
 * employer's registration, not a person's.
 */
const SOCIAL_SECURITY: LabelledNumber = {
  labels:
    /(?<!单位|企业|公司)(?:(?:社会保障|社保|医保|医疗保险|养老保险)(?:卡)?[)）]?(?:(?:上面|上印|背面|正面|上)?的)?(?:卡号码|卡号|号码|编号|账号|电脑号|号)|(?:社会保障|社保|医保)卡[，,](?:卡号|号码)|电脑号|参保编号|参保号)(?:分别是|分别为)?/g,
  value: CARD_VALUE,
  accepts: (_value, digits) => digits >= 6 && digits <= 20,
  keep: 2,
  listed: true,
}

/** A card number with letters after 卡号 is a social-security card's: bank cards are digits. */
const LETTERED_CARD: LabelledNumber = {
  labels: /卡号/g,
  value: CARD_VALUE,
  accepts: (value, digits) => /^[A-Za-z]/.test(value) && digits >= 6,
  keep: 2,
}

/** A disability certificate's number: the holder's ID number and two digits. */
const DISABILITY_CARD: LabelledNumber = {
  labels: /残疾人证号码|残疾人证号|残疾证号码|残疾证号|残疾人证/g,
  value: NUMBER_VALUE,
  accepts: (_value, digits) => digits >= 15,
  keep: 2,
}

/**
 * Numbers of 12 to 21 digits the text introduces as a bank card or account: also when a digit
 * is mistyped and the Luhn check fails, or a digit too many was typed, since the citizen has
 * still published their account (passbook accounts run to 20 digits and more).
 */
const BANK_CARD: LabelledNumber = {
  // 他的卡是…, 打到我老婆的卡上：…: a person's card named as such.
  labels:
    /银行卡号|银行卡|银行账号|工资卡号|工资卡|存折账号|存折|卡号|账号|的卡上|的卡(?=是|[:：])/g,
  value: NUMBER_VALUE,
  // 20 and 21 digits only as one run: grouped, they are a card and the next number (…0009 0857).
  accepts: (value, digits) =>
    digits >= 12 && !/[Xx]/.test(value) && (digits <= 19 || (digits <= 21 && !/[ -]/.test(value))),
  keep: 4,
}

/** Numbers introduced as a social-security number (社会保障号码, 社保卡号, 医保卡号 …). */
export function findSocialSecurityNumbers(text: string): LabelledMatch[] {
  return [
    ...findLabelledNumbers(text, SOCIAL_SECURITY),
    ...findLabelledNumbers(text, LETTERED_CARD),
  ]
}

/** An ID number as a citizen types it after 身份证号, X possibly out of place (…326X7). */
const ID_VALUE = /[0-9](?:[ -]?[0-9Xx]){13,18}(?![0-9A-Za-z])/y

/**
 * Numbers the text introduces as an ID number but that are malformed: a digit short or a
 * misplaced X. Well-formed ones (15 or 18 characters with a plausible date) are found without
 * a label.
 */
const MISTYPED_ID: LabelledNumber = {
  // 身份证号码误填为…, 身份证号写成了…: how the wrong number came about may stand between.
  labels:
    /(?:公民身份号码|身份证号码|身份证号|身份证(?:复印件)?上(?:的)?号码|身份证|证件号码|证件号)(?:误填为|误填成|错填为|填错为|写成了?|填成了?|错写为|登记为|登记成)?/g,
  value: ID_VALUE,
  accepts: (value) => readsAsMistypedIdNumber(value.replace(/[ -]/g, '')),
  keep: 2,
}

/** Numbers introduced as an ID number that are a digit short or have a misplaced X. */
export function findMistypedIdNumbers(text: string): LabelledMatch[] {
  return findLabelledNumbers(text, MISTYPED_ID)
}

/** Numbers introduced as a disability certificate's. */
export function findDisabilityCardNumbers(text: string): LabelledMatch[] {
  return findLabelledNumbers(text, DISABILITY_CARD)
}

/** Numbers introduced as a bank card or account, Luhn or not. */
export function findLabelledBankCards(text: string): LabelledMatch[] {
  return findLabelledNumbers(text, BANK_CARD)
}

/** QQ, and the names people give it: 扣扣, and its penguin (企鹅号, 企鹅：). */
const QQ_LABELS = /QQ|扣扣|企鹅号|企鹅|(?<![A-Za-z])q号/gi
/**
 * After the label: 号/号码 and a colon or 是, or a few words that end in one of them
 * ("扣扣也是这个号", "QQ我平时用的是"); a number followed by a unit ("QQ上说是5000元") is an
 * amount, not an account.
 */
const QQ_VALUE =
  /(?:号码|号|[\u4e00-\u9fff]{0,6}?(?:号码|号|是|为))?[:：是为\s]{0,4}([1-9](?: ?[0-9]){4,11})(?![0-9]|\s?[元块万岁年月日个人次天%])/y

/** QQ numbers: 5 to 12 digits after QQ, QQ号, 扣扣 (not a QQ group, 群, which is public). */
export function findQqNumbers(text: string): LabelledMatch[] {
  const matches: LabelledMatch[] = []
  for (const label of text.matchAll(QQ_LABELS)) {
    const labelEnd = label.index + label[0].length
    // QQ邮箱 is an e-mail address (found as one); a letter right before is a word (FAQQ).
    if (/[A-Za-z]/.test(text.charAt(label.index - 1))) continue
    QQ_VALUE.lastIndex = labelEnd
    const value = QQ_VALUE.exec(text)
    // A QQ group's number (QQ群, QQ交流群号是) is public.
    if (!value?.[1] || value[0].includes('群')) continue
    const end = QQ_VALUE.lastIndex
    const start = end - value[1].length
    matches.push({ start, end, suggestion: maskMiddle(value[1], 2) })
  }
  return matches
}

const WECHAT_LABELS = /微信|威信|薇信|V信|v信|VX|vx|Vx|wx|WX|weixin|WeChat|wechat/g
const WECHAT_VALUE =
  /(?:号码|号|账号|ID|id)?[:：是为\s]{0,4}([A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])/y

/**
 * WeChat ids: 6–20 letters, digits, '_' or '-' starting with a letter, after 微信号, 微信,
 * VX … (a WeChat account that is a phone number is found as that phone number).
 */
export function findWechatIds(text: string): LabelledMatch[] {
  const matches: LabelledMatch[] = []
  for (const label of text.matchAll(WECHAT_LABELS)) {
    if (/[A-Za-z]/.test(text.charAt(label.index - 1))) continue
    const labelEnd = label.index + label[0].length
    WECHAT_VALUE.lastIndex = labelEnd
    const value = WECHAT_VALUE.exec(text)?.[1] ?? laterWechatId(text, labelEnd)
    if (value === undefined) continue
    const end = WECHAT_VALUE.lastIndex
    const start = end - value.length
    matches.push({ start, end, suggestion: `${value.charAt(0)}***` })
  }
  return matches
}

/** How far after a WeChat label the id may still be given: "微信：小王 ←这是昵称，号是 wang-77". */
const WECHAT_ID_REACH = 24
const LATER_ID_WORD = /(?:号|账号|ID|id)(?:是|为)/g

/**
 * The id given a few words after the label, once the nickname has been named: "号是", "账号是",
 * "ID是" in the same sentence, then the id. Leaves WECHAT_VALUE.lastIndex after the id.
 */
function laterWechatId(text: string, labelEnd: number): string | undefined {
  const reach = text.slice(labelEnd, labelEnd + WECHAT_ID_REACH)
  const sentence = reach.slice(0, reach.search(/[。！？\n]|$/))
  for (const word of sentence.matchAll(LATER_ID_WORD)) {
    WECHAT_VALUE.lastIndex = labelEnd + word.index + word[0].length
    const id = WECHAT_VALUE.exec(text)?.[1]
    if (id !== undefined) return id
  }
  return undefined
}

/**
 * A mobile number with a digit too many or too few (13985762041, 139857620418) after a phone
 * word: the citizen has still published their number, and 10 or 12 digits starting 13–19
 * right after 电话 are no amount or case number.
 */
const MISTYPED_MOBILE: LabelledNumber = {
  labels: /(?:手机|电话|联系方式)(?:号码|号)?/g,
  value: NUMBER_VALUE,
  accepts: (value, digits) => (digits === 10 || digits === 12) && /^1[3-9]/.test(value),
  keep: 3,
}

/** Mobile numbers a digit long or short, introduced by a phone word. */
export function findMistypedMobiles(text: string): LabelledMatch[] {
  return findLabelledNumbers(text, MISTYPED_MOBILE)
}

/**
 * A number written with a country code other than China's (+60 12-738 4419, +1 415 555 0100):
 * the + and a country code make it a phone number whatever its grouping. +86 is read as a
 * mainland mobile or landline.
 */
const INTERNATIONAL_NUMBER =
  /\+(?!86)[1-9][0-9]{0,2}[ -](?:[0-9]{1,4}[ -]){0,4}[0-9]{2,8}(?![0-9])/g

/** Foreign phone numbers written with + and a country code, of 7 to 13 digits after it. */
export function findInternationalNumbers(text: string): LabelledMatch[] {
  const matches: LabelledMatch[] = []
  for (const m of text.matchAll(INTERNATIONAL_NUMBER)) {
    const digits = countDigits(m[0])
    const countryCode = /^\+([0-9]+)/.exec(m[0])?.[1]?.length ?? 0
    if (digits - countryCode < 7 || digits - countryCode > 13) continue
    matches.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: maskDigitPositions(m[0], [countryCode + 2, digits - 4]),
    })
  }
  return matches
}

/**
 * A phone word, and the 号/号码 people add to it ("座机号是", "电话号码为"); 号码 alone, but not
 * the number of a document or card (发票号码, 证件号码, 合同号码, 车牌号码). Also a phone number
 * followed by where a second line stands ("0857-5226718，家里5231907"): the list goes on.
 */
const PHONE_LABELS =
  /(?:座机|固定电话|固话|家里电话|家庭电话|宅电|办公电话|联系电话|联系方式|电话|手机|致电|拨打|打(?:我)?家里|我家里(?:的)?|打)(?:号码|号)?|(?<![票证卡单据照牌册书同编件案])号码|(?:0[1-9][0-9]{1,2}[ -]?[2-9][0-9]{6,7}|1[3-9][0-9]{9})[，,、；;] ?(?:家里|家中|家|住宅|宅|单位|办公室|公司|店里|厂里|宿舍|老家|白天|晚上|夜里)(?:的)?/g
/**
 * 7 or 8 digits, in one or two groups (8234567, 8223 4567, 8521 673), as 1+3+3 (8 259 336) or read out
 * one by one (8 2 3 …);
 * not an amount (…元, …万).
 */
const LOCAL_NUMBER =
  /[2-9](?:[0-9]{2,3}[ -]?[0-9]{4}|[0-9]{3}[ -][0-9]{3}|(?: [0-9]){6,7}| [0-9]{3}[ -][0-9]{3,4})(?![0-9]|\s?[元块万])/y

/**
 * Local phone numbers without an area code right after a phone label; without the label a
 * 7-digit number is as likely an amount or a case number.
 */
export function findLocalLandlines(text: string): LabelledMatch[] {
  const matches: LabelledMatch[] = []
  for (const label of text.matchAll(PHONE_LABELS)) {
    const start = afterLabel(text, label.index + label[0].length)
    // Digits right before the number make it part of something longer (0857-8234567).
    if (/[0-9]/.test(text.charAt(start - 1))) continue
    LOCAL_NUMBER.lastIndex = start
    const value = LOCAL_NUMBER.exec(text)
    if (!value) continue
    const digits = countDigits(value[0])
    if (digits < 7 || digits > 8) continue
    matches.push({
      start,
      end: start + value[0].length,
      suggestion: maskDigitPositions(value[0], [digits - 4, digits]),
    })
  }
  return matches
}
