// Names people go by rather than their registered names, common among the Yi and Miao of Bijie
// and in the countryside: 阿 and one character (阿卓, 阿西), and a surname with a birth-order
// word (杨三妹, 王二娃). They carry no surname-and-given-name shape, so the other rules miss them.
import { isHanAt } from './digits'
import { COMMON_SURNAMES, PREPOSITION_SURNAMES, WEAK_SURNAMES } from './name-lexicon'
import type { NameMatch } from './names'

/**
 * 阿姨, 阿婆, 阿里, 阿胶 …: words and kinship terms made with 阿, and function words, which
 * never follow it in a name. (NOT_IN_GIVEN_NAMES is too wide here: 阿西 is a common Yi name.)
 */
const NOT_AFTER_AH: ReadonlySet<string> = new Set(
  Array.from(
    '姨婆公爸妈爹娘哥姐叔伯嫂舅奶爷里胶拉斯富根米尔的了是在和与及或等个们这那也都就还又不没有要会能可',
  ),
)

/** Words that introduce what someone is called: 叫阿西, 名叫阿卓, 我是阿卓. */
const NAMING_BEFORE = /(?:叫|叫做|名叫|是|喊)$/

/** Where a name may end: not Chinese, or a word that follows a name here. */
const AFTER_AH_NAME = /^(?:[^\u4e00-\u9fff]|$|是|说|的|在|也|他|她|和|跟|就|让|叫|家|那)/

/**
 * 阿 and one character, after a word of naming (工头叫阿西) or written more than once in the text
 * (我是赫章的阿卓，阿卓是我的小名): elsewhere 阿X is as often a word.
 */
function findAhNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let at = text.indexOf('阿'); at >= 0; at = text.indexOf('阿', at + 1)) {
    const given = text.charAt(at + 1)
    if (!isHanAt(text, at + 1) || NOT_AFTER_AH.has(given)) continue
    if (isHanAt(text, at - 1) && text.charAt(at - 1) === '阿') continue
    if (!AFTER_AH_NAME.test(text.slice(at + 2, at + 3))) continue
    const name = text.slice(at, at + 2)
    const named = NAMING_BEFORE.test(text.slice(Math.max(0, at - 2), at))
    const repeated = text.indexOf(name) !== at || text.indexOf(name, at + 2) >= 0
    if (named || repeated) matches.push({ start: at, end: at + 2, suggestion: '阿*' })
  }
  return matches
}

/** Birth order and the word for a child: 三妹, 二娃, 幺妹. */
const BIRTH_ORDER_NAME = /[二三四五六七八九幺][妹娃]/g

/** 杨三妹, 王二娃: a surname, then the birth-order nickname. */
function findBirthOrderNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(BIRTH_ORDER_NAME)) {
    const surname = m.index - 1
    const char = text.charAt(surname)
    if (!COMMON_SURNAMES.has(char) || PREPOSITION_SURNAMES.has(char)) continue
    // 周三, 高二 are a weekday and a school year: a surname that is also a word never goes with
    // a numeral (as in isNameShaped).
    if (WEAK_SURNAMES.has(char)) continue
    // 三妹妹, 二娃子: a kinship word or a child, not a name.
    const next = text.charAt(m.index + 2)
    if (next === text.charAt(m.index + 1) || next === '子') continue
    matches.push({ start: surname, end: m.index + 2, suggestion: `${char}**` })
  }
  return matches
}

/** Every nickname found (may overlap other findings; detect.ts resolves). */
export function findNicknames(text: string): NameMatch[] {
  return [...findAhNames(text), ...findBirthOrderNames(text)]
}
