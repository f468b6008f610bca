// How strongly the words around a surname-led span say it is a person's name. The other name
// rules each need one particular sign (a title after it, a role word or a label before it);
// people write names in many more ways, and no single sign around 吴继平 in "约谈吴继平，" or
// 安永福 in "经核查，安永福确系…" is enough on its own. Here every sign adds up: where the span
// starts (the start of a clause, after a word that takes a person), where it ends (before a verb
// a person does, or punctuation), how name-like its given characters are, whether the surname is
// also an ordinary word, and whether the text repeats it. A span is a name when the sum reaches
// NAME_EVIDENCE_NEEDED. The weights are few and coarse on purpose: each stands for a kind of
// context, not for the phrases of one corpus.
import { isHanAt } from './digits'
import { AFTER_NAME, COMMON_GIVEN, LEFT_CONTEXT, ROLE_WORDS, WEAK_SURNAMES } from './name-lexicon'

/** The sum of evidence at or above which a span is taken for a name. */
export const NAME_EVIDENCE_NEEDED = 4

/**
 * Words after which a person is named: verbs of contacting, asking and handing over (找, 联系,
 * 约谈, 转告, 交给), prepositions that take a person (由, 与, 和, 跟, 向, 让, 被, 对), 叫/为 of
 * naming (名叫, 负责人为) and 的是 of saying who someone is (带班的是…).
 */
const TAKES_PERSON =
  /的是|找|联系|认定|确认|关于|询问|问|告诉|转告|通知|委托|约谈|交给|转给|给|跟着|跟|和|与|同|由|向|让|叫|被|对|把|替|帮|催|受|请|见到|遇到|回复|名叫|叫做|称为|为|及|或/g

/**
 * What a person does or is, right after their name: speaking, owing and refusing, the steps of a
 * labour or social-security matter (办理, 申请, 领取, 受伤, 去世), being someone's relative, time
 * and age phrases, and the official 系/确系 of an answer. Sticky: tested at the
 * end of a span without copying the text.
 */
const PERSON_PREDICATE =
  /说|讲|称|反映|联系|委托|前往|参加|参保|入职|离职|辞职|退休|上班|打工|干活|办理|申请|申领|领取|缴纳|投诉|举报|咨询|起诉|受伤|摔伤|所受|工伤|住院|生病|去世|死亡|签订|垫付|结清|督促|收到|协商|商量|沟通|见面|表示|认为|觉得|告诉|答应|承诺|承认|拖欠|欠|拒绝|不给|不肯|不愿|不让|不接|一直|多次|至今|从来|同志|本人|家属|兄弟|姐妹|夫妻|夫妇|父子|母子|母女|父女|他们|她们|等人|确系|系|今年|去年|现年|已经|已于|于[0-9一二]|负责|签|介绍|答复|带的|干的|手上|手里|那里|那边|来|去|[，,](?:他|她|男|女|系|现|今年|身份证|电话|手机|联系)|[(（](?:电话|手机|身份证|男|女|[0-9])|等[0-9一二三四五六七八九十两几]+[个名位人]/y

/** Last characters of words for posts: 辅导员余晓青, 调解员, 药师. */
const PERSONNEL_END: ReadonlySet<string> = new Set(['员', '师'])

const ROLE_PATTERN = new RegExp([...ROLE_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g')

/** Marks the positions where a match of `pattern` ends (overlapping matches included). */
function markEnds(text: string, pattern: RegExp, marks: Uint8Array): void {
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    marks[m.index + m[0].length] = 1
    pattern.lastIndex = m.index + 1
  }
}

/** Weighs surname-led spans of one text; built once per text so each span costs a few lookups. */
export class NameScorer {
  /** 1 where a word that takes a person, or a role word, ends. */
  private readonly personTaken: Uint8Array

  constructor(private readonly text: string) {
    this.personTaken = new Uint8Array(text.length + 1)
    markEnds(text, TAKES_PERSON, this.personTaken)
    markEnds(text, ROLE_PATTERN, this.personTaken)
  }

  /** 2 where a name is expected to start, 1 where a noun phrase may start, 0 inside a word. */
  left(start: number): number {
    const text = this.text
    if (start === 0 || !isHanAt(text, start - 1)) return 2
    // A role word or a verb taking a person; or any word for a post ending in 员 or 师 (调解员,
    // 工程师), but not 师范.
    if (this.personTaken[start] === 1) return 2
    const before = text.charAt(start - 1)
    if (PERSONNEL_END.has(before) && !(before === '师' && text.charAt(start) === '范')) return 2
    return LEFT_CONTEXT.has(before) ? 1 : 0
  }

  /** 2 before what a person does, 1 where a word may end, 0 where the characters run on. */
  right(end: number): number {
    PERSON_PREDICATE.lastIndex = end
    if (PERSON_PREDICATE.test(this.text)) return 2
    return !isHanAt(this.text, end) || AFTER_NAME.has(this.text.charAt(end)) ? 1 : 0
  }

  /** One point for each given character that is common in names. */
  given(from: number, to: number): number {
    let score = 0
    for (let i = from; i < to; i += 1) if (COMMON_GIVEN.has(this.text.charAt(i))) score += 1
    return score
  }

  /**
   * The evidence for text[start, end) being a name whose surname has `surnameLength` characters.
   * A surname that is also an ordinary word (万, 安, 高) counts against; a span the text writes
   * again counts for (people name the person they write about more than once). Characters
   * running on into more Chinese (no right edge at all) say the span is part of a longer word.
   */
  evidence(start: number, surnameLength: number, end: number): number {
    const text = this.text
    let base = this.left(start) + this.given(start + surnameLength, end)
    if (surnameLength === 1 && WEAK_SURNAMES.has(text.charAt(start))) base -= 1
    if (surnameLength === 2) base += 1
    // The right side and a repetition add at most 3: skip the rest when even that is too little.
    if (base + 3 < NAME_EVIDENCE_NEEDED) return base
    const right = this.right(end)
    if (right === 0) return 0
    const span = text.slice(start, end)
    const repeated =
      span.length >= 3 && (text.indexOf(span) !== start || text.indexOf(span, end) >= 0)
    return base + right + (repeated ? 1 : 0)
  }
}
