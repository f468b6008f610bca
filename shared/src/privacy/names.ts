// Names of people, found from the words around them: a surname before an honorific or role word
// (张先生, 王小明老师, 欧阳经理), a name after an introduction or a form label (我叫张三,
// 姓名：王五), and names listed before 等人 (王五、赵六等8人). Chinese has no spaces, so every rule here is a heuristic; the tables below are
// tuned so that the common words these patterns also match (对方律师, 谢谢老师, 社保局长期,
// 我是高校毕业生) are left alone, at the cost of missing a few real names (向先生, 于老师).
import { asciiLower, isHanCode, normalizeForDetection } from './digits'

/** About the hundred most common single-character surnames. */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任' +
      '沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫' +
      '孔向汤' +
      // Frequent in Guizhou and the rest of the southwest, and further common surnames.
      '安禄穆敖文蒙庞聂柳岳洪祝康左戚伍卜牛温宁施翟倪殷滕欧景阮齐梅纪舒屈童霍凌裴邢乔' +
      '葛骆鲁俞柯尚包甘申项单车强成商连房关冉' +
      '卯陇粟麻晏漆况幸饶游涂符蓝甄苟谌瞿岑蹇艾鄢娄喻邬柴揭祁闵丰吉米代路禹鲍谷郎占支桂尤柏管',
  ),
)

/** Common compound surnames. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
]

/**
 * Honorifics and role words that follow a surname or a full name: the common forms of address,
 * then the roles citizens meet in labour and social-security matters (罗队长, 李法官).
 */
export const HONORIFICS: readonly string[] = [
  ...['先生', '女士', '小姐', '师傅', '老师', '经理', '主任', '科长', '局长', '处长', '同志'],
  ...['大爷', '阿姨', '老板', '律师', '医生'],
  ...['队长', '院长', '校长', '厂长', '部长', '所长', '站长', '组长', '书记', '会计', '主管'],
  ...['总监', '教授', '法官', '警官', '仲裁员', '大哥', '大姐', '叔叔'],
  ...['博士', '老总', '董事长', '总经理', '老板娘', '主席', '会长', '村长', '镇长', '县长', '支书'],
  ...['秘书', '助理', '司机', '护士', '大夫', '教练', '技术员', '民警', '工程师', '班长', '专员'],
  ...['总', '哥', '姐', '叔', '嫂', '婶', '伯', '同学', '老'],
]

/** Written between a name and a role: 王副局长, 张总经理. */
const ROLE_PREFIXES: ReadonlySet<string> = new Set(['副', '总'])

/**
 * Surnames that more often end an ordinary word or are a function word: 谢谢老师, 对方律师,
 * 主任医生, 工程老板, 工钱老板不给, 上周老板, 押金老板不退. Before an honorific they count as a
 * surname only after a clear left boundary (see LEFT_CONTEXT).
 */
const WEAK_SURNAMES: ReadonlySet<string> = new Set(
  Array.from(
    '万方任金钱程白史谢周许何高贺苏余范顾付安文康左宁成单车强商连房关包甘申项尚齐温' +
      '麻况幸游符蓝艾丰柴米代路谷占支管',
  ),
)

/** Digits as words: 高三老师, 万一老板不给, 周一去办理 are no names. */
const NUMERALS: ReadonlySet<string> = new Set(Array.from('一二三四五六七八九十两'))

/** Prepositions first (向老板讨薪, 关于老师): never a surname directly before an honorific. */
const PREPOSITION_SURNAMES: ReadonlySet<string> = new Set(['向', '于'])

/**
 * Characters after which a name typically starts: verbs of contacting (找, 给, 问, 联系),
 * conjunctions, 人 of a role (经办人周科长), and the last character of an organization
 * (人社局王科长, 公司刘经理).
 * Deliberately absent: 对 (对方), 谢 (谢谢), pronouns (我向老板…).
 */
const LEFT_CONTEXT: ReadonlySet<string> = new Set(
  Array.from('的是找给请问叫让被位称致见系询诉和与跟同及或向人局司厂院校所科处室部站店队办会组行'),
)

/**
 * Characters that do not occur in given names but do occur in the words these patterns run
 * into: function words, place and organization suffixes, words of the trade (社保, 工资, 合同),
 * honorific parts (老师 in 联系人：李老师) and 某 of an already anonymized name (张某).
 */
const NOT_IN_GIVEN_NAMES: ReadonlySet<string> = new Set(
  Array.from(
    '的了是在和与及或等个们这那该其此每各某之所被把对向于从到给让叫请找问说去来也都就还又再很太最更不没无' +
      '有要会能可想应局司厂院校科处室部站店区县市省镇乡村组队办业程务级牌型类号语术笔人员长面期年月日天时分' +
      '秒点元亿千百老师板姨爷傅主任工总心上下内外里前后职资保险社单位公企聘签劳动合同疗养失就薪酬欠拖讨证卡' +
      '码电话手机邮箱址住湾姓名性别匿详略待未请您你我他她它们啥谁经女士先姐何多款州末绝续重格乱述围额式便案' +
      '病度必列副中沙苏西',
  ),
)

/**
 * Characters that may follow a name in an introduction (我叫张三，/ 我叫王小明今年… /
 * 本人李四身份证…): the name's right edge is where one of these, or a non-Chinese character, is.
 */
const FOLLOW_NAME: ReadonlySet<string> = new Set(
  Array.from(
    '是在的今现从于男女身电手联家住系曾已为和与及因年去原也就都向给找说反咨投举申请想打本来',
  ),
)

/** Introductions and form labels followed by a name. */
const NAME_LABELS: readonly string[] = [
  '姓名',
  '名字叫',
  '名字',
  '联系人',
  '申请人',
  '投诉人',
  '举报人',
  '反映人',
  '留言人',
  '当事人',
  '被申请人',
  '原告',
  '被告',
  '劳动者',
  '户名',
  '自称',
  '本人',
  '我叫',
  '名叫',
  '我是',
]

/** Labels also followed by words that are no names: the name needs a clear right edge. */
const STRICT_LABELS: ReadonlySet<string> = new Set(['我是', '本人'])

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
/** 等 after a list of names, then who they are: 等人, 等8名, 等十多位, 等3个人. */
const LIST_END = /^等[0-9一二三四五六七八九十两百几多余]*个?[人名位]/

function isHanAt(text: string, index: number): boolean {
  return isHanCode(text.charCodeAt(index))
}

/** Start of a name at `index`: start of text, a non-Chinese character before, or LEFT_CONTEXT. */
function hasLeftBoundary(text: string, index: number): boolean {
  return (
    index <= 0 ||
    !isHanAt(text, index - 1) ||
    LEFT_CONTEXT.has(text.charAt(index - 1)) ||
    endsRoleWord(text, index)
  )
}

/** Whether a role word (教练, 保安队长) ends right before `index`. */
function endsRoleWord(text: string, index: number): boolean {
  for (let length = 2; length <= 5; length += 1) {
    if (ROLE_WORD_SET.has(text.slice(index - length, index))) return true
  }
  return false
}

/** Length of the surname `text` has at `index` (2 for a compound surname), or 0. */
function surnameLengthAt(text: string, index: number, compoundNeedsBoundary: boolean): number {
  const two = text.slice(index, index + 2)
  // A compound surname is also a word (长孙 "eldest grandson", 公司马经理 → 司马): only at a clear
  // left boundary.
  if (COMPOUND_SURNAMES.includes(two) && (!compoundNeedsBoundary || hasLeftBoundary(text, index))) {
    return 2
  }
  return COMMON_SURNAMES.has(text.charAt(index)) ? 1 : 0
}

function isGivenNameChar(text: string, index: number): boolean {
  return isHanAt(text, index) && !NOT_IN_GIVEN_NAMES.has(text.charAt(index))
}

/** Whether text[from, to) can be a given name of 1–2 characters. */
function isGivenName(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let i = from; i < to; i += 1) if (!isGivenNameChar(text, i)) return false
  return true
}

/**
 * Names before an honorific. Prefers the surname alone (张先生 → 张) when the character before
 * the honorific is a surname; reads a full name (张三先生, 王小明老师) only when it is not, or when
 * a clear left boundary shows where the name starts (。张林先生).
 */
function findHonorificNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(HONORIFIC_PATTERN)) {
    const end = ROLE_PREFIXES.has(text.charAt(m.index - 1)) ? m.index - 1 : m.index
    const match = nameBeforeHonorific(text, end)
    if (match) matches.push(match)
  }
  return matches
}

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
    if (
      colon ||
      ((text.charAt(start) === '是' || text.charAt(start) === '为') && label !== '我是')
    ) {
      start += 1
    }
    while (text.charAt(start) === ' ' && start - m.index - label.length < 3) start += 1
    // Only a name label takes any character for a surname: 被申请人：毕节某公司 is no person.
    const anySurname = colon && (label === '姓名' || label === '名字')
    const match = nameAfterLabel(text, start, anySurname, STRICT_LABELS.has(label))
    // 申请人：支付… is a verb: a surname that is also a word needs given-name characters.
    const weak = match && !anySurname && WEAK_SURNAMES.has(text.charAt(match.start))
    const givenReads =
      !weak ||
      allCommonGiven(text, match.start + 1, match.end) ||
      NUMERALS.has(text.charAt(match.start + 1))
    if (match && givenReads) matches.push(match)
  }
  return matches
}

function nameAfterLabel(
  text: string,
  start: number,
  colon: boolean,
  strict: boolean,
): NameMatch | undefined {
  const surnameLength = surnameLengthAt(text, start, false)
  const surname = text.charAt(start)
  // After "姓名：" anything is a name, even an uncommon surname; elsewhere the surname must be
  // known, and a preposition (本人于去年…) is never one.
  const knownSurname = surnameLength > 0 && !PREPOSITION_SURNAMES.has(surname)
  if (!knownSurname && !(colon && isGivenNameChar(text, start))) return undefined
  const head = Math.max(surnameLength, 1)
  // 我是周一去办理的, 本人高三毕业: a weak surname followed by a numeral is a word.
  if (strict && WEAK_SURNAMES.has(surname) && NUMERALS.has(text.charAt(start + head))) {
    return undefined
  }
  for (let given = 2; given >= 1; given -= 1) {
    const end = start + head + given
    if (!isGivenName(text, start + head, end)) continue
    if (!isHanAt(text, end) || FOLLOW_NAME.has(text.charAt(end))) {
      return { start, end, suggestion: maskName(text.slice(start, end)) }
    }
  }
  // No clear right edge: 我叫李四想… is still most likely a two-character name, but 我是高校毕业生
  // is not a name at all.
  const end = start + head + 1
  if (strict || !isGivenName(text, start + head, end)) return undefined
  return { start, end, suggestion: maskName(text.slice(start, end)) }
}

/**
 * Names listed with 、 and closed by 等 and who they are: 王五、赵六、孙七等8名工人. Items are
 * read from the right; the list ends (on the left) at the first item that is not wholly a name.
 */
function findListedNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!LIST_END.test(text.slice(at, at + 8))) continue
    const names: NameMatch[] = []
    let end = at
    for (;;) {
      let start = end
      while (start > 0 && end - start < 5 && isHanAt(text, start - 1)) start -= 1
      if (text.charAt(start - 1) === '、' && isListedName(text, start, end)) {
        names.push({ start, end, suggestion: maskName(text.slice(start, end)) })
        end = start - 1
        continue
      }
      // The first item, or one that runs into other words (李四的王五、…): its longest ending
      // that reads as a name, and the list starts there.
      const first = [4, 3, 2]
        .map((length) => end - length)
        .find((s) => s >= start && isListedName(text, s, end))
      if (first !== undefined)
        names.push({ start: first, end, suggestion: maskName(text.slice(first, end)) })
      break
    }
    if (names.length >= 2) matches.push(...names)
  }
  return matches
}

function isListedName(text: string, start: number, end: number): boolean {
  return isNameShaped(text, start, end, true)
}

/**
 * Role and family words citizens write right before the name of the person they mean:
 * 经办人刘芳说…, 包工头杨德富拖欠…, 我父亲陈光明…, 项目经理吴斌. A name after one of them needs
 * a surname and a given name; a colon, 叫 or 是 may stand between.
 */
const ROLE_WORDS: readonly string[] = [
  ...['经办人', '负责人', '联系人', '承包人', '介绍人', '担保人', '代理人', '委托人', '法定代表人'],
  ...['法人', '被投诉人', '被举报人', '包工头', '工头', '老板娘', '老板', '老总', '项目经理'],
  ...['经理', '厂长', '班长', '组长', '主管', '会计', '出纳', '人事', '工作人员', '业务员', '客服'],
  ...[
    '科长',
    '股长',
    '局长',
    '主任',
    '师傅',
    '同事',
    '工友',
    '老乡',
    '同学',
    '朋友',
    '邻居',
    '室友',
  ],
  ...[
    '父亲',
    '母亲',
    '爸爸',
    '妈妈',
    '妻子',
    '丈夫',
    '老公',
    '老婆',
    '爱人',
    '儿子',
    '女儿',
    '儿媳',
  ],
  ...[
    '女婿',
    '哥哥',
    '姐姐',
    '弟弟',
    '妹妹',
    '爷爷',
    '奶奶',
    '外公',
    '外婆',
    '孙子',
    '孙女',
    '舅舅',
  ],
  ...[
    '姑姑',
    '叔叔',
    '阿姨',
    '伯伯',
    '岳父',
    '岳母',
    '公公',
    '婆婆',
    '配偶',
    '前妻',
    '前夫',
    '亲戚',
  ],
  ...['侄子', '外甥', '徒弟', '学徒', '工人', '员工', '职工', '农民工', '患者', '死者', '伤者'],
  ...['受害人', '证人', '律师', '仲裁员', '书记员', '法官', '医生', '护士', '司机', '保安', '队长'],
  ...['村长', '支书', '网格员', '专管员', '驾驶员', '技术员', '管理员', '小组长', '带班'],
  ...['监察员', '劳动监察员', '协管员', '承办人', '收件人', '寄件人', '专员', '人事专员', '教练员'],
  ...['校长', '院长', '所长', '站长', '处长', '部长', '矿长', '镇长', '书记', '老人', '老太太'],
  ...['监工', '店长', '领班', '厨师', '门卫', '保洁', '合伙人', '股东', '房东', '债主', '雇主'],
  ...['东家', '户主', '家属', '亲属', '子女', '继承人', '遗属', '战友', '姐夫', '妹夫', '嫂子'],
  ...['表哥', '表姐', '表弟', '表妹', '堂哥', '堂弟', '侄女', '外孙', '同乡', '队员', '学员'],
  ...['男人', '女人', '媳妇', '老伴', '代表人', '教练', '保安', '组员', '带头人', '负责的'],
]
const ROLE_PATTERN = new RegExp([...ROLE_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g')
const ROLE_WORD_SET: ReadonlySet<string> = new Set(ROLE_WORDS)

/** Between a role word and the name: 包工头叫杨德富, 经办人是刘芳, 联系人：赵六. */
const ROLE_GAP = /^(?:叫做|名叫|叫|是|:|：| |\(|（)?/

/**
 * Verbs and words that contact or name a person right before their name: 找杨德富要工资,
 * 联系刘芳, 和赵刚一起. Single characters here need a clear right edge after the name.
 */
const CONTACT_WORDS =
  /(?:找|联系|询问|问|告诉|通知|委托|跟|和|与|给|让|叫|被|替|帮|催|受|听|打给|见到|遇到)(?:到|了|过|上)?/g

/**
 * What may follow a name: verbs of speaking, owing and refusing, and the function words that
 * start what a person did (刘芳说, 杨德富拖欠, 陈光明今年, 王军他们).
 */
const AFTER_NAME: ReadonlySet<string> = new Set(
  Array.from(
    '说讲称告答应拖欠表承让叫不一直多次在是的和跟已于今去把将被对向给找打没未也都就还又才要会能可想带到来拿扣从等及与他她们以因所同共均曾仍却便并再先后老现作负推您你进出回做干',
  ),
)

/** Function words after which a clause, and so perhaps a name, starts: 对赵德胜拖欠…. */
const BEFORE_NAME: ReadonlySet<string> = new Set(
  Array.from('的是和与跟及给让叫被由向对把找问请替帮催受称见有了'),
)

/** After a name at a sentence start, only these make it a person: 刘芳说, 杨德富拖欠…. */
const STRONG_AFTER_NAME =
  /^(?:说|讲|称|表示|告诉|答应|承诺|拖欠|欠|拒绝|不给|不肯|不愿|不让|一直|多次|至今|同志|本人|他们|她们|等人|[，,](?:他|她)|等[0-9一二三四五六七八九十两几]+[个名位人])/

/** Ordinary words that begin with a surname and read like a name after a role word. */
const SURNAME_WORDS: ReadonlySet<string> = new Set([
  ...[
    '高兴',
    '方便',
    '任何',
    '周末',
    '白天',
    '安全',
    '安排',
    '安置',
    '文件',
    '江边',
    '马上',
    '常年',
  ],
  ...[
    '向来',
    '于是',
    '钱款',
    '金额',
    '程序',
    '许多',
    '何时',
    '余额',
    '范围',
    '付款',
    '顾问',
    '黄金',
  ],
  ...[
    '关于',
    '关系',
    '成功',
    '成为',
    '单位',
    '车辆',
    '强制',
    '商量',
    '连续',
    '房子',
    '包括',
    '甘心',
  ],
  ...[
    '申请',
    '项目',
    '齐全',
    '温度',
    '康复',
    '宁愿',
    '左右',
    '伍佰',
    '牛奶',
    '施工',
    '景区',
    '梅雨',
  ],
  ...[
    '林业',
    '石材',
    '田地',
    '龙头',
    '毛病',
    '苏醒',
    '贺卡',
    '史料',
    '陆续',
    '孟春',
    '秦朝',
    '邱陵',
  ],
  ...[
    '严格',
    '严重',
    '武装',
    '戴上',
    '莫名',
    '韩国',
    '冯氏',
    '曾经',
    '彭湃',
    '梁上',
    '罗列',
    '唐突',
  ],
  ...[
    '雷雨',
    '龚滩',
    '熊猫',
    '潘多',
    '钟点',
    '谭家',
    '汪洋',
    '范本',
    '金融',
    '金沙',
    '江口',
    '石阡',
  ],
  ...[
    ...[
      '孙子',
      '孙女',
      '路上',
      '路费',
      '代表',
      '代理',
      '代缴',
      '代办',
      '代扣',
      '米饭',
      '吉利',
      '路段',
    ],
    ...['支持', '支付', '支出', '支援', '管理', '管账', '管辖', '谷物', '占用', '桂花', '柏油'],
    '余庆',
    '高温',
    '高寒',
    '黄平',
    '安顺',
    '文明',
    '明白',
    '杨柳',
    '柳树',
    '乔木',
    '骆驼',
    '鲁莽',
  ],
])

/** Whether text[start, end) reads as surname + given name, and not as an ordinary word. */
/**
 * Characters NOT_IN_GIVEN_NAMES keeps out because they make ordinary words after a surname
 * (上周, 今天, 中午), but which are common in given names (王天明, 李中华, 陈月英): right after a
 * role word (经理张天明), where a name is expected, they are allowed.
 */
const GIVEN_AFTER_ROLE: ReadonlySet<string> = new Set(
  Array.from('天中先心月西元千百明东南北年长应有'),
)

/**
 * Characters that end few given names but start what a person did: 吴斌推给公司, 刘芳将于,
 * 吴斌已承认. A two-character given name ending in one of them is read as one character.
 */
const NOT_LAST_GIVEN: ReadonlySet<string> = new Set(
  Array.from(
    '将已推说讲称在是把被给跟向对从要会能想带到拿扣等及与也都就还又不没未曾仍却便并再告让叫找打问的了着过',
  ),
)

function isNameShaped(text: string, start: number, end: number, afterRole = false): boolean {
  const surnameLength = surnameLengthAt(text, start, false)
  if (surnameLength === 0 || PREPOSITION_SURNAMES.has(text.charAt(start))) return false
  if (SURNAME_WORDS.has(text.slice(start, start + 2))) return false
  const given = text.charAt(start + surnameLength)
  if (given === text.charAt(start)) return false
  // 周一, 高三 are days and grades; 李四 is a name, but 吴斌一直 is 吴斌 followed by 一直.
  if (NUMERALS.has(given) && WEAK_SURNAMES.has(text.charAt(start))) return false
  if (end - start - surnameLength === 2 && NUMERALS.has(text.charAt(end - 1))) return false
  if (end - start - surnameLength === 2 && NOT_LAST_GIVEN.has(text.charAt(end - 1))) return false
  if (!afterRole) return isGivenName(text, start + surnameLength, end)
  for (let i = start + surnameLength; i < end; i += 1) {
    if (!isGivenNameChar(text, i) && !GIVEN_AFTER_ROLE.has(text.charAt(i))) return false
  }
  return end - start - surnameLength >= 1 && end - start - surnameLength <= 2
}

/** Whether a name may end at `end`: not Chinese, or a word that follows names. */
function endsName(text: string, end: number): boolean {
  return !isHanAt(text, end) || AFTER_NAME.has(text.charAt(end)) || startsHonorific(text, end)
}

const HONORIFIC_AT = new RegExp(`^(?:${HONORIFICS.join('|')})`)

function startsHonorific(text: string, at: number): boolean {
  return HONORIFIC_AT.test(text.slice(at, at + 3))
}

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
    const afterRole = m.index + m[0].length
    const gap = ROLE_GAP.exec(text.slice(afterRole, afterRole + 2))?.[0] ?? ''
    const match = nameStartingAt(text, afterRole + gap.length, false)
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
      if (WEAK_SURNAMES.has(text.charAt(start)) && surnameLength === 1) continue
      if (!clauseStart && !allCommonGiven(text, start + surnameLength, end)) continue
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
  for (let at = 0; at < text.length; at += 1) {
    const prefix = text.charAt(at)
    if (prefix !== '小' && prefix !== '老') continue
    const surname = at + 1
    const char = text.charAt(surname)
    if (!COMMON_SURNAMES.has(char) || PREPOSITION_SURNAMES.has(char)) continue
    if (WEAK_SURNAMES.has(char) && !hasLeftBoundary(text, at)) continue
    // 大小王, 很老实: the prefix must itself start a word.
    if (
      at > 0 &&
      isHanAt(text, at - 1) &&
      !LEFT_CONTEXT.has(text.charAt(at - 1)) &&
      !ROLE_END.has(text.charAt(at - 1)) &&
      !'他她我你喊'.includes(text.charAt(at - 1))
    ) {
      continue
    }
    if (!endsName(text, surname + 1)) continue
    matches.push({ start: surname, end: surname + 1, suggestion: '某' })
  }
  return matches
}

/** Last characters of role words (工友小杨, 同事老王) after which 小/老 starts a name. */
const ROLE_END: ReadonlySet<string> = new Set(Array.from('友事乡学头板工人员长'))

/**
 * Lists of names without 等N人: 张勇、李强、王军三人; 工友赵刚和孙伟. Every item must be a name
 * and the list must read as people: a count or a verb after it, or a word for people before it.
 */
function findBareLists(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  const separators = /、|和|与|及|跟/
  let at = 0
  while (at < text.length) {
    if (!isHanAt(text, at)) {
      at += 1
      continue
    }
    const items: NameMatch[] = []
    let position = at
    for (;;) {
      const item = listItemAt(text, position)
      if (!item) break
      items.push(item)
      const separator = text.charAt(item.end)
      if (!separators.test(separator)) break
      position = item.end + 1
    }
    const last = items[items.length - 1]
    // Three names in a row, one of them of three characters, read as people anywhere.
    const longList = items.length >= 3 && items.some((item) => item.end - item.start === 3)
    if (items.length >= 2 && last && (longList || listReadsAsPeople(text, at, last.end))) {
      matches.push(...items)
    }
    // A list that does not read as people does not from any later item either: skipping it
    // keeps the scan linear on long lists.
    at = items.length >= 2 && last ? last.end : at + 1
  }
  return matches
}

const PEOPLE_BEFORE_LIST =
  /工友|工人|员工|同事|农民工|职工|老乡|我们|他们|和我|我和|包括|还有|名单|其中|分别是|以及/

function listItemAt(text: string, start: number): NameMatch | undefined {
  for (const length of [3, 2, 4]) {
    const end = start + length
    if (!isNameShaped(text, start, end, true)) continue
    const next = text.charAt(end)
    if (
      /、|和|与|及|跟/.test(next) ||
      endsName(text, end) ||
      /[0-9一二三四五六七八九十两几]/.test(next)
    ) {
      return { start, end, suggestion: maskName(text.slice(start, end)) }
    }
  }
  return undefined
}

function listReadsAsPeople(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 4)
  if (
    /^(?:[0-9一二三四五六七八九十两几]+[个名位人]|等|都|均|一起|共同|说|反映|他们|她们|兄弟|姐妹|夫妻|父子|母子|母女|父女|俩)/.test(
      after,
    )
  ) {
    return true
  }
  return PEOPLE_BEFORE_LIST.test(text.slice(Math.max(0, start - 12), start))
}

/**
 * Characters common in given names. A surname followed by two of them, standing where a name
 * may start and end, is taken for a name even without a role word (…时杨光荣也在场); one
 * given character is too weak a sign alone (王强 and 高兴 look alike).
 */
const COMMON_GIVEN: ReadonlySet<string> = new Set(
  Array.from(
    '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅林海燕萍云辉峰斌鹏飞波宇浩凯俊' +
      '亮晶婷雪琳慧丹颖倩莉蓉琴凤春兵德富贵福荣光龙江成东生忠清学永庆祥利武才松仁义智信顺昌盛兴宏' +
      '雄彬诚坤铭睿轩涵欣怡佳琪妍雨晨瑶璐菲蕾薇馨悦洁娇翠珍珠莲芬淑惠巧美香嘉宁琼锋鑫磊晓小大立文' +
      '正世永海泽天子思梦雯倩露琦娅岚翔毅帆晖健彪虎豪旭阳昊然宁艺琛聪航瑞博楠柏桐杨柳青玲珊瑛钰' +
      '秋冬菊芝兰芸芹莎娥姣娴婉秀淑贤良友刚方德勤俭朝仕登远达家维朋斌喜乐福寿禄财发順宪炳焕熙' +
      '开章应银书群进修仲伦廷汉承跃启泉洪雁鸿鹤鸣升培基莹晴月桃杏枝叶茂蓓贞碧芳丽艳红霞敏' +
      '勇奎猛彦卫祖耀宗先启迪琳璇瑜琰娟媛婕妮姗娟荷芙蓉萱蓝露霖沛涌泓浪澜滨渊灿烨炜煜宏弘' +
      '友旺兴隆鸿飞腾骏驰奇颂吉庆祥瑞钊锐锦镇钢铁刚彪豹熊鹰',
  ),
)

function allCommonGiven(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!COMMON_GIVEN.has(text.charAt(i))) return false
  return true
}

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

/** Place names whose last character is a surname: 浙江宁波 is no person called 江宁波. */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...['浙江', '镇江', '九江', '内江', '湛江', '长江', '珠江', '丽江', '晋江', '松江', '吴江'],
  ...['西安', '延安', '泰安', '淮安', '广安', '雅安', '吉安', '六安', '黔西', '江西', '山西'],
  ...['陕西', '广西', '辽宁', '南宁', '西宁', '济宁', '海宁', '咸宁', '普安', '瓮安', '镇宁'],
])

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
    if (!TOKEN_EDGE.test(text.charAt(end)) || end - start < 2 || end - start > 4) continue
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

/** Latin-script names after the words that introduce a person: HR叫Lily Wang, 老板叫 khoa. */
const LATIN_NAME =
  /(?:名叫|叫|HR|经理|老板|主管|同事|客服|老师|助理)[ :：是]{0,2}([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?|[a-z]{3,15})(?![A-Za-z])/g

/** Latin words after those that are not names. */
const NOT_LATIN_NAMES: ReadonlySet<string> = new Set([
  ...['HR', 'App', 'Boss', 'Manager', 'Wifi', 'WiFi', 'Excel', 'Word', 'Email', 'Online'],
  ...['app', 'boss', 'wifi', 'excel', 'word', 'email', 'online', 'office', 'hr', 'pdf'],
])

function findLatinNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (const m of text.matchAll(LATIN_NAME)) {
    const name = m[1] ?? ''
    if (NOT_LATIN_NAMES.has(name)) continue
    const start = m.index + m[0].length - name.length
    matches.push({ start, end: start + name.length, suggestion: `${name.charAt(0)}***` })
  }
  return matches
}

/** 姓黄, 一个姓王的老板: the surname a person is introduced by. */
function findIntroducedSurnames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let at = text.indexOf('姓'); at >= 0; at = text.indexOf('姓', at + 1)) {
    if (text.charAt(at + 1) === '名') continue
    const start = at + 1
    const surnameLength = surnameLengthAt(text, start, false)
    if (surnameLength === 0) continue
    const end = start + surnameLength
    if (isHanAt(text, end) && !/[的，。叫名]/.test(text.charAt(end))) continue
    matches.push({ start, end, suggestion: '某' })
  }
  return matches
}

/** Every name found by the honorific, label and list rules (may overlap; detect.ts resolves). */
export function findPersonNames(text: string): NameMatch[] {
  return [
    ...findHonorificNames(text),
    ...findLabelledNames(text),
    ...findListedNames(text),
    ...findRoleNames(text),
    ...findContextNames(text),
    ...findFamiliarNames(text),
    ...findBareLists(text),
    ...findIntroducedSurnames(text),
    ...findLikelyNames(text),
    ...findIsolatedNames(text),
    ...findLatinNames(text),
  ]
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
