// The bureau's public lines are not personal data: a handler's answer that gives a unit's
// 咨询电话 must be publishable without an override. A number counts as public when it is on the
// bureau's published list, or when the text itself introduces a landline as an office's public
// line (咨询电话, 监督电话, 服务热线 …). A mobile number is public only when it is on the list:
// units do not publish mobiles, citizens do.
import type { Candidate } from './types'

/** Words that introduce an office's public line, looked for just before the number. */
const PUBLIC_LINE_WORDS =
  /咨询电话|监督电话|服务电话|服务热线|热线电话|热线|窗口电话|值班电话|举报电话|投诉电话|办事电话|业务电话|公开电话|政务服务电话|立案电话|受理电话|报名电话|监察电话|维权电话|仲裁电话|查询电话|专线|传真|(?:转入地|转出地|经办机构)(?:联系)?电话/

/** How far before a number its introduction may stand: "咨询电话（工作日9:00-17:00）：". */
const INTRODUCTION_REACH = 16

/** The digits of every configured public number, with and without the area code. */
export function publicNumberSet(numbers: readonly string[] | undefined): ReadonlySet<string> {
  const set = new Set<string>()
  for (const number of numbers ?? []) {
    const digits = number.normalize('NFKC').replace(/\D/g, '')
    if (digits.length < 5) continue
    set.add(digits)
    // 0857-8221234 is also written 8221234 inside the city.
    const local = /^0\d{2,3}(\d{7,8})$/.exec(digits)?.[1]
    if (local) set.add(local)
  }
  return set
}

/**
 * The candidates without the bureau's public lines. A landline listed right after a public one,
 * with only a place or unit as its label ("举报电话：0857-…，纳雍县：0857-…，赫章县：0857-…",
 * "值班电话：0857-…（白天）、0857-…（夜间）"),
 * is another line of the same list and public too; a personal word, a person or a name between
 * them ("，我家里…", "，联系人…", "，王某：", "，李科长：") ends the list.
 */
export function withoutPublicLines(
  candidates: readonly Candidate[],
  text: string,
  publicNumbers: ReadonlySet<string>,
): Candidate[] {
  const kept: Candidate[] = []
  let previous: { candidate: Candidate; isPublic: boolean } | undefined
  const sorted = [...candidates].sort((a, b) => a.start - b.start)
  for (const candidate of sorted) {
    const isPublic =
      isOnPublishedList(candidate, text, publicNumbers) ||
      (!belongsToNamedPerson(candidate, sorted, text) &&
        isPublicLine(candidate, text, publicNumbers)) ||
      (candidate.kind === 'landline' &&
        previous !== undefined &&
        previous.isPublic &&
        previous.candidate.kind === 'landline' &&
        candidate.start - previous.candidate.end <= LIST_GAP_REACH &&
        LISTED_AFTER.test(text.slice(previous.candidate.end, candidate.start))) ||
      (candidate.kind === 'email' &&
        previous?.isPublic === true &&
        MAILBOX_AFTER_LINE.test(text.slice(previous.candidate.end, candidate.start)))
    if (!isPublic) kept.push(candidate)
    previous = { candidate, isPublic }
  }
  return kept
}

const LIST_GAP_REACH = 16

/** "…传真0857-…，邮箱…": the mailbox listed right after an office's public line is the office's. */
const MAILBOX_AFTER_LINE = /^[，,；;、\s]{1,2}(?:电子)?(?:邮箱|信箱|邮件)(?:地址)?[:：\s]{0,2}$/

/** What stands between two lines of one list: a separator and a place or unit as the label. */
const LISTED_AFTER =
  /^(?:[(（][^()（）]{1,6}[)）])?[，,、；;\s]{1,2}(?![^:：]*(?:我|家|宅|手机|本人|个人|私人|联系人|经办人|承办人|找|对方|某|先生|女士|师傅|老板|经理|长))[\u4e00-\u9fff()（）]{0,10}[:：\s]{0,2}$/

/** A number on the bureau's configured list of public lines (mobiles only from there). */
function isOnPublishedList(
  candidate: Candidate,
  text: string,
  publicNumbers: ReadonlySet<string>,
): boolean {
  if (candidate.kind !== 'landline' && candidate.kind !== 'mobile') return false
  const digits = text.slice(candidate.start, candidate.end).replace(/\D/g, '')
  return (
    publicNumbers.has(digits) || publicNumbers.has(digits.replace(/^(?:0086|86)(?=1\d{10}$)/, ''))
  )
}

/**
 * "申请人的委托代理人：聂某，…法律援助中心指派律师，联系电话0857-…", "联系人：韦老师，电话：0857-…（学校
 * 办公室）": a party to the matter, or a contact the citizen names, given with a line is that
 * person's line, whatever office stands beside it. (In the office's own answer a 联系人 or
 * 经办人 is its handler, whose line is the unit's: see STAFF_LINE.) Likewise an account after a
 * person's name is theirs, although a company heads the list.
 */
function belongsToNamedPerson(
  candidate: Candidate,
  candidates: readonly Candidate[],
  text: string,
): boolean {
  const sentence = sentenceBefore(text, candidate.start)
  // A wage list's line (1.冉某 银行账号 …) or a form (姓名：罗某 开户行：… 账号：…): the account
  // of the person named before it, whatever company heads the list.
  if (candidate.kind === 'bank-card') {
    return namedBetween(candidates, candidate.start - sentence.length, candidate.start)
  }
  if (candidate.kind !== 'landline') return false
  const party = PARTY_WORDS.exec(sentence)
  if (party === null) return false
  if (party[1] === undefined && readsAsOfficeAnswer(text)) return false
  return namedBetween(candidates, candidate.start - sentence.length + party.index, candidate.start)
}

function namedBetween(candidates: readonly Candidate[], from: number, to: number): boolean {
  return candidates.some(
    (other) =>
      (other.kind === 'person-name' || other.kind === 'author-name') &&
      other.start >= from &&
      other.end <= to,
  )
}

/** Parties to a matter (group 1), and contacts named in a citizen's message. */
const PARTY_WORDS = /(代理人|来电人|申请人|当事人|投诉人|举报人|反映人|律师)|联系人|经办人/

/**
 * "农民工工资专用账户（账号：…）", "某某有限公司，开户行：…，账号：…", "拨付账户：…营业部，账号…": the
 * account of a company or of a project's wage account, named as such, is no person's; a card
 * or an account the writer calls theirs (我, 本人, 工资卡) still is.
 */
function isCompanyAccount(candidate: Candidate, text: string): boolean {
  const sentence = sentenceBefore(text, candidate.start)
  // The account's own clause and the one before it say whose it is ("我是公司财务。公司用的是
  // 专用账户，账号…" is the company's, although the writer speaks).
  const clauses = sentence
    .split(/[，,；;]/)
    .slice(-2)
    .join('，')
  if (
    /^ ?[(（](?:这是)?(?:对公|公司|单位|企业)/.test(text.slice(candidate.end, candidate.end + 6))
  ) {
    return true
  }
  return (
    COMPANY_ACCOUNT.test(sentence) &&
    /账号[:：是为\s]{0,2}$/.test(sentence) &&
    !PERSONAL_ACCOUNT.test(clauses)
  )
}

const COMPANY_ACCOUNT =
  /有限公司|有限责任公司|专用账户|工资专户|专户|对公|基本账户|基本户|拨付账户|单位账户|公司账户|合作社/
const PERSONAL_ACCOUNT =
  /我|本人|个人|工资卡|银行卡|社保卡|户名|开户人|持卡人|收款人|您的|你的|其本人/

/** Whether a phone candidate is one of the bureau's public lines. */
export function isPublicLine(
  candidate: Candidate,
  text: string,
  publicNumbers: ReadonlySet<string>,
): boolean {
  if (candidate.kind === 'email') return isPublicMailbox(candidate, text)
  if (candidate.kind === 'bank-card') return isCompanyAccount(candidate, text)
  if (isOnPublishedList(candidate, text, publicNumbers)) return true
  if (candidate.kind !== 'landline') return false
  const before = text.slice(Math.max(0, candidate.start - INTRODUCTION_REACH), candidate.start)
  const after = text.slice(candidate.end, candidate.end + DESCRIPTION_REACH)
  const sentence = sentenceBefore(text, candidate.start)
  if (OWN_WORKPLACE_LINE.test(before) || CALLER_NUMBER.test(before) || MY_NUMBER.test(before)) {
    return false
  }
  // 咨询电话, 监督电话 … name a public line whatever organization stands before them; a fax
  // line is a workplace's like its phone.
  const introducedAsPublic =
    (PUBLIC_LINE_WORDS.test(before) && !/传真[:：\s]{0,2}$/.test(before)) ||
    (NOTICE.test(text) && NOTICE_CONTACT.test(sentence))
  if (!introducedAsPublic && isEmployersLine(sentence, after)) return false
  const officeAnswer = readsAsOfficeAnswer(text)
  return (
    OFFICE_CARD.test(sentence) ||
    ((officeAnswer || sentence.includes('您')) &&
      OFFICE_SUBJECT_LINE.test(sentence) &&
      !PERSON_IN_SENTENCE.test(sentence)) ||
    OFFICE_PLACE_LINE.test(sentence) ||
    YOUR_LINE.test(sentence) ||
    DIALLED_BY_WRITER.test(before) ||
    (officeAnswer &&
      (STAFF_LINE.test(sentence) ||
        OFFICE_DIRECTIONS.test(sentence) ||
        OFFICE_SAYS_RING.test(sentence))) ||
    CONTACT_THE_OFFICE.test(sentence) ||
    HANDLER_LINE.test(sentence) ||
    ASKED_FOR_OFFICE_LINE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start)) ||
    FOUND_PUBLISHED.test(before) ||
    QUOTED_FROM_PUBLISHED.test(
      text.slice(Math.max(0, candidate.start - SENTENCE_REACH), candidate.start),
    ) ||
    (officeAnswer && OFFICE_CORRECTS_ITS_LINE.test(sentence)) ||
    AFTER_SERVICE_NUMBER.test(before) ||
    PUBLIC_LINE_WORDS.test(before) ||
    ((INSTITUTION_LINE.test(before) || OFFICE_THEN_NUMBER.test(before)) &&
      !HOME_WORDS.test(before)) ||
    INSTITUTION_CALLED.test(before) ||
    OFFICE_ADDRESS_LINE.test(sentence) ||
    (NOTICE.test(text) && NOTICE_CONTACT.test(sentence)) ||
    INSTITUTION_AFTER.test(after) ||
    DESCRIBED_AS_OFFICE_LINE.test(after) ||
    PUBLIC_AFTER.test(after)
  )
}

/**
 * "举报邮箱：…", "局长信箱：…", "…（人社局纪检组公开邮箱）", "监察支队：电话… 邮箱…": a mailbox an
 * office publishes for reports, or one listed on an office's contact card, is not a person's.
 */
function isPublicMailbox(candidate: Candidate, text: string): boolean {
  const before = text.slice(Math.max(0, candidate.start - INTRODUCTION_REACH), candidate.start)
  const after = text.slice(candidate.end, candidate.end + DESCRIPTION_REACH)
  return (
    PUBLIC_MAILBOX_WORDS.test(before) ||
    PUBLIC_MAILBOX_AFTER.test(after) ||
    OFFICE_CARD.test(sentenceBefore(text, candidate.start)) ||
    MATERIALS_TO_MAILBOX.test(sentenceBefore(text, candidate.start))
  )
}

/**
 * "材料可交至…人社局工伤保险股，也可发送扫描件至…": where the office tells people to send their
 * materials is its own mailbox.
 */
const MATERIALS_TO_MAILBOX =
  /(?:(?:局|中心|股|科|院|大队|支队|窗口)(?![^。！？]*(?:我|个人|私人))[^。！？]{0,30}(?:发送|发|提交|传)[\u4e00-\u9fff]{0,4}(?:至|到)(?:邮箱)?|(?:报送|发送|提交|寄送)(?:至|到)[^。！？，,]{0,20}(?:局|中心|大队|支队|院)[，,] ?(?:电子)?邮箱)[:：\s]{0,2}$/

const PUBLIC_MAILBOX_WORDS =
  /(?:举报|投诉|监督|局长|主任|书记|市长|县长|公开|公共|官方|信访|咨询|政务|(?<!我)(?:局|中心|大队|支队|仲裁院|仲裁委|委员会))(?:的)?(?:电子)?(?:邮箱|信箱)(?:地址)?[:：是为\s]{0,2}$/
const PUBLIC_MAILBOX_AFTER =
  /^[(（][^()（）]{0,20}(?:局|中心|大队|支队|院|委|组)[^()（）]{0,6}(?:邮箱|信箱)[)）]/

/**
 * A sentence that opens with an office's name and a colon, its address or one of its public
 * lines ("市劳动监察支队：电话… 邮箱…", "黔西市人社局：地址…，邮编…，电话…", "…监察大队举报电话：…；
 * 邮箱：…") is that office's contact card, phones and mailboxes alike, unless a person is named
 * on it.
 */
const OFFICE_CARD =
  /^[^，,；;:：我]{0,20}(?:局|中心|大队|支队|中队|仲裁院|仲裁委|窗口|办公室)(?:[:：]|[，,]?(?:办公)?地址|(?:举报|投诉|咨询|监督|立案|值班)电话|[，,]?(?:电子)?邮箱)(?![^。！？]*(?:联系人|经办人|承办人|找|先生|女士|师傅|我|家))/

/**
 * "报名地址：金海湖新区社会事务局2楼203室，电话0857-…": the phone given right after an office's
 * address (the office named in it) belongs to that office, unless someone is named between.
 */
const OFFICE_PLACE_LINE =
  /(?:地址|地点)[:：是为]?(?![^。；！？]*(?:我|家|住|联系人|经办人|承办人|找|先生|女士|师傅))[^。；！？]{0,30}?(?:局|中心|大厅|仲裁院|大队|支队|委员会|管委会|政府|办事处)(?:[^。；！？，,]{0,12}[，,]\s?){1,2}(?:联系|咨询|报名|办公)?(?:电话|座机)(?:号码)?[:：是为\s]{0,2}$/

/**
 * In the office's answer, "如有疑问，请拨打0857-…", "可在工作时间致电…": a number the office
 * tells the citizen to ring, with no handler named in the sentence, is the office's.
 */
const OFFICE_SAYS_RING =
  /^(?![^。；！？]*(?:经办人|联系人|承办人|找|对方|申请人|当事人|本人|家属|您的|你的))[^。；！？]*(?:拨打|致电|来电|电话咨询)(?:电话|号码)?(?:[0-9]{3,6}或)?[:：\s]{0,2}$/

/**
 * "社保局的号码是0857-…", "县社保局 0857-…", "县劳动局是0857-…", "社保局那个0857-…",
 * "劳动仲裁院电话多少？是不是0857-…", "监察大队的电话我打过，是0857-…": an office named right
 * before the number, or its line asked for or spoken of and the number offered as the answer.
 */
const ASKED_FOR_OFFICE_LINE =
  /(?:局|中心|大队|支队|仲裁院|仲裁委|窗口)(?:(?:的)?(?:号码|电话号码)(?:是|为)?[:：\s]{0,2}|[:：\s]{1,2}|是|(?:的)?(?:那个|这个)|(?:的)?(?:电话|号码)(?:是)?多少[？?，,。\s]{0,2}(?:是不是|是|应该是)?|(?:的)?(?:电话|号码)(?:(?!我的|我家|本人)[^。！？\d]){1,8}?[，,](?:是|为)[:：\s]{0,2})$/

/**
 * "12333或0857-…", "拨打12345、0857-…": a line offered as the alternative to a national service
 * number is an office's line too.
 */
const AFTER_SERVICE_NUMBER =
  /(?<![0-9])123[0-9]{2}(?:热线)?(?:或者|或|、|，|,|\/)(?:拨打|致电)?[:：\s]{0,2}$/

/**
 * "网上查到的0857-…", "官网公布的电话…", "人社局公布的电话是…": a number the writer looked up where
 * offices publish their lines, or one an office made public; nobody finds a citizen's home
 * phone that way.
 */
const FOUND_PUBLISHED =
  /(?:(?:网上|网站上?|官网上?|公众号上?|百度|114|通知上|公告上|回执上|告知书上)(?:上)?(?:查到|查询到|查的|搜到|找到|看到|公布|公示|公开|留)?(?:的|那个|这个|[一两二三四五几0-9]个[:：]?)|(?:对外)?(?:公布|公开|公示)的)(?:电话|号码|座机|热线|电话号码)?(?:是|为)?[:：\s]{0,2}$/

/**
 * "职业病防治院地址：七星关区麻园路；电话：…", "医保局地址：…政务服务中心二楼，电话：…": an
 * office's address, then the phone word in the same sentence, is that office's contact line.
 */
const OFFICE_ADDRESS_LINE =
  /(?:局|院|中心|委|队|政府|专班)(?:的)?(?:办公)?(?:地址|地点)(?![^。！？]*(?:我|家|住|联系人|经办人|承办人|找|先生|女士))[^。！？]{0,40}?(?:联系|咨询|办公)?(?:电话|座机)(?:号码)?[:：是为\s]{0,2}$/

/**
 * An office's public notice (关于…的公示, …名单公示：, …复核通知：, 公示期…): its contact line is the
 * issuer's, unless the sentence holding it names a person (姓名：…, 联系人…).
 */
const NOTICE =
  /关于[^。！？]{0,40}的(?:公示|公告|通知)|(?:通知|公示|公告)(?:[(（][^()（）]{1,6}[)）])?[:：]|公示期|特此(?:公示|公告|通知)/
const NOTICE_CONTACT =
  /^(?![^。！？]*(?:联系人|经办人|承办人|姓名|找|先生|女士|我))[^。！？]*(?:联系|咨询)?电话[:：\s]{0,2}$/

/**
 * "你们公众号上的联系电话是不是错了？写的0857-…": the number quoted from where an office
 * publishes its lines, a sentence or two after that place is named.
 */
const QUOTED_FROM_PUBLISHED =
  /(?:公众号|网站|官网|网上|公示|通知|公告)[^。！？]{0,6}(?:电话|号码|座机|热线)[^0-9]{0,16}写(?:的|着)(?:是)?[:：\s]{0,2}$/

/**
 * In the office's answer, "感谢您的指正，正确电话为0857-…": the office corrects its own line.
 */
const OFFICE_CORRECTS_ITS_LINE =
  /(?:正确|更正后|更正为)(?:的)?(?:联系|咨询|办公)?(?:电话|号码)(?:应)?(?:为|是)?[:：\s]{0,2}$/

/**
 * "厂里办公室电话…", "诊所电话…", "物业公司办公室电话…", "砂石厂在…，办公室电话…", "养老院电话…": the
 * line of an employer, a shop, a clinic or a workplace the writer deals with is the line of the
 * people there, not a public office's — unless the text calls it the public front desk (酒店
 * 总台电话…，是对外的电话). Of an employer and a public office both named in the sentence, the
 * one named last before the phone word owns the line (社保中心财务科电话 is the office's).
 */
function isEmployersLine(sentence: string, after: string): boolean {
  if (!PHONE_WORD_BEFORE.test(sentence)) return false
  const clause = sentence.slice(Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(',')) + 1)
  if (/总台|前台|对外/.test(clause) || /^[，,\s]{0,2}(?:是)?(?:对外|公开)/.test(after)) {
    return false
  }
  const employer = lastMatch(EMPLOYER_WORDS, sentence)
  if (employer === undefined) return false
  const government = lastMatch(GOVERNMENT_WORDS, sentence)
  if (government === undefined) return true
  // 他/她办公室电话 is the line of whoever the sentence is about: an employer's clerk, or an
  // official of a public office (监察大队的蒙队长…他办公室电话) whose line is the office's.
  if (/^[他她]/.test(employer[0])) return !PUBLIC_BODY.test(sentence)
  return (employer.index ?? 0) > (government.index ?? 0)
}

/** Public bodies whose officials a sentence may speak of (监察大队的蒙队长…他办公室电话). */
const PUBLIC_BODY = /局|监察|仲裁|法院|政府|政务|街道办|管委会|大队|支队/

function lastMatch(pattern: RegExp, text: string): RegExpMatchArray | undefined {
  let last: RegExpMatchArray | undefined
  for (const m of text.matchAll(pattern)) last = m
  return last
}

const PHONE_WORD_BEFORE = /(?:电话|座机|固话|传真)(?:号码|号)?[:：是为\s]{0,3}$/
const EMPLOYER_WORDS =
  /厂|公司|店|诊所|矿上|矿里|驾校|幼儿园|学校|物业|加油站|搅拌站|饭馆|餐馆|酒店|宾馆|超市|KTV|工地|项目部|养殖场|合作社|煤矿|养老院|敬老院|卫生院|医院|老板|主管|经理|财务|人事部|人事科|保卫科|车间|(?:他|她)(?:的)?(?:办公室|单位)/g
const GOVERNMENT_WORDS =
  /局|社保|医保|人社|监察|仲裁|法院|政府|政务|街道办|管委会|大队|支队|中队|委员会|档案馆|中心(?<!物业服务中心|购物中心|商务中心|金融中心|商业中心)/g

/**
 * "毕节市法律援助中心也可为您提供法律咨询，电话0857-…", "县人社局工伤认定股已主动介入，…，联系
 * 电话0857-…": in the office's answer, a sentence whose subject is a public office and which
 * ends on the phone word gives that office's line, when no person or business is named in it.
 */
const OFFICE_SUBJECT_LINE =
  /^(?:您好[，,！!]?)?[^，,；;:：我]{0,20}(?:局|中心|大队|支队|中队|仲裁院|仲裁委|法院|委员会|管委会|办事处|政府|股|科)(?!长)[^。！？]{0,50}?(?:联系|咨询|办公)?电话[:：是为\s]{0,2}$/
/** A person or a party named in the sentence makes its line theirs. */
const PERSON_IN_SENTENCE =
  /联系人|经办人|承办人|找|先生|女士|师傅|老板|[科局处股队所院]长|主任|老师|同志|我|家|厂|公司|店|对方|申请人|当事人|您的|你的/

/**
 * "来电人：蒙女士 来电号码：0857-…", "回访号码：…": a 12345 work order's fields for the caller's own
 * number, whatever office words the order holds.
 */
/** "我的电话0857-…是单位座机": the writer's own number, whatever they say it rings. */
const MY_NUMBER = /我的(?:联系)?(?:电话|座机|号码|手机|固话)(?:号码)?(?:是)?[:：\s]{0,2}$/

const CALLER_NUMBER = /(?:来电|来电人|回访|联系人)(?:号码|电话)(?:号码)?[:：是为\s]{0,2}$/

/** How far after a number the words describing it are read: "是市社保中心对外公布的咨询电话". */
const DESCRIPTION_REACH = 24

/**
 * "打我办公室电话0857-…", "我单位的座机", "老板办公室电话…" (a person's office), and "单位办公室电话…" opening a clause with no office
 * named: the writer's own line at work is theirs to give, not an office's published line,
 * although an office word stands before the phone word.
 */
const OWN_WORKPLACE_LINE =
  /(?:(?:我|老板|经理|老总|厂长|工头|包工头|董事长)(?:的)?(?:办公室|单位|科室|店里|厂里)|(?:^|[。！？，,；;\s])(?:工作)?(?:单位|公司)(?:的)?(?:办公室)?)(?:的)?(?:办公|值班|联系)?(?:电话|座机|固话)(?:号码|号)?[:：是为\s]{0,3}$/

/**
 * "我打8222333一直没人接", "我打了好几次0857-…": a number the writer dialled is the line of
 * whoever they rang, usually an office; their own number is one they ask to be called on.
 */
const DIALLED_BY_WRITER =
  /我(?:们)?(?:一直|多次|几次|再|又|也)?(?:打|拨打|拨|致电)(?:了|过)?(?:好几次|好多次|很多次|几次|多次|几遍|好几遍)?$/

/**
 * "0857-…是市社保中心对外公布的咨询电话", "电话号码为0857-…的是不是社保中心的电话", "…是哪个
 * 单位的电话", "…这个号码是你们的吗": the words after the number say or ask whether it is an
 * office's line. Nothing about the writer (我) may stand between.
 */
const DESCRIBED_AS_OFFICE_LINE =
  /^[，,]?(?:的|这个(?:号码|电话)|打过去|说|据说)?(?:是不是|是|为)(?![^。！？，,；;]{0,12}(?:老板|经理|厂|公司|店))[^。！？，,；;我家]{0,12}?(?:局|中心|大队|支队|窗口|大厅|股|科|单位|部门|你们)[^。！？，,；;我]{0,10}?(?:电话|热线|座机|号码|的(?:[吗嘛？?。]|$))/

/**
 * "…总台电话 0857-…，是对外的电话", "县里的电话0857-…打过去是监察大队": the words after the number
 * say it is a public line, or the office it reaches.
 */
const PUBLIC_AFTER =
  /^(?:[，,]?(?:是|为)(?:对外|公开)(?:的)?(?:电话|号码|座机|热线)|打过去(?:是|就是)[^。！？，,]{0,10}(?:局|中心|大队|支队|窗口|大厅))/

/**
 * In the office's answer, the sentence that sends the citizen or the matter to an office ("请携带…
 * 到黔西市社保中心（…）申领…，联系电话0857-…", "已转县劳动监察大队处理，电话0857-…", "本院地址：
 * …，电话0857-…") gives that office's line. A
 * handler named in it (经办人, 联系人, 找…) makes it a person's line, read by STAFF_LINE instead;
 * a party to the matter (对方, 申请人, 您的…) makes it that party's.
 */
const OFFICE_DIRECTIONS =
  /(?:(?:到|转|至|向|由)[^。；！？]{0,20}(?:局|中心|大队|支队|窗口|大厅|院|科(?!长)|股(?!长))|(?:本|我)(?:院|局|中心|委|队)(?:的)?(?:办公)?地址)(?![^。；！？]*(?:经办人|联系人|承办人|找|对方|申请人|当事人|本人|家属|您的|你的))[^。；！？]{0,50}(?:联系|咨询|办公)?(?:电话|座机)(?:号码)?[:：是为\s]{0,2}$/

/**
 * "详情请咨询所在县（区）就业局，或拨打0857-…": an office named, then the call to ring it. What
 * stands between must end the office's clause (，或, 请, 可, 直接): "与监察支队杜明亮联系（…）" is
 * the line of a person in that office, not the office's.
 */
const INSTITUTION_CALLED =
  /(?:局|中心|大队|支队|窗口|大厅|办公室)(?:[^。；！？!?;]{0,12}[，,或者请可接再就])?(?:拨打|致电|咨询|联系|回电|打)[^。；！？!?;0-9]{0,4}$/

/**
 * "0857-6223511（县劳动保障监察大队办公室）": the office named in brackets after the number, but
 * not "（办公室，找陆玉娟）", a person's line at work. Also a number rung to ask about something
 * ("致电0857-…咨询"): a line one calls to be advised is a service line.
 */
const INSTITUTION_AFTER =
  /^(?:[(（](?![^()（）]{0,20}(?:找|我|家|他|她))[^()（）]{0,20}(?:局|中心|大队|支队|中队|窗口|大厅|办公室|科|股|站|所|院|庭)[^()（）]{0,8}[)）]|是[^。！？，,]{0,6}(?:局|中心|大队|窗口)的|咨询|查询)/

/**
 * An organization's line: "监察支队电话：", "人社局办公室电话", "就业服务中心座机", "待遇审核股
 * 电话" — the word for the phone right after the name of an office, a section, a unit or a
 * company. A digit before it makes it part of an address (2单元102室，座机…): a home, not an
 * office.
 */
const INSTITUTION_LINE =
  /(?<![0-9A-Za-z-])(?:[局队科股站所心口厅办处院委会室]|(?<![饭餐茶旅宾酒菜面粉])馆|专班)(?:的)?[，,]?(?:办公|值班|联系|对外)?(?:电话|座机|固话)(?:号码)?[:：是为\s]{0,3}$/

/**
 * "县就业局（电话：0857-…）", "县社保中心（0857-…）", "人社局劳动监察大队，0857-…", "就业局 Tel：",
 * "人社局办公室：", "仲裁院立案庭联系电话": an office named, then at most a bracket, a comma or a
 * space and the phone word, then its number. 办公室 counts only after an office's name
 * ("找我：办公室0857-…" is the writer's); the writer's own office (我办公室电话) is read by
 * OWN_WORKPLACE_LINE first.
 */
const OFFICE_THEN_NUMBER =
  /(?<![0-9A-Za-z我])(?:局|中心|大队|支队|中队|仲裁院|仲裁委|法院|窗口|大厅|立案庭|法庭|科|股|站|(?<![住场])所)(?:办公室)?(?:[，,:：]|\s)?[(（]?(?:(?:联系|咨询|办公|值班)?(?:电话|座机|Tel|TEL|tel)(?:号码)?)?[:：\s]{0,2}$/

/**
 * "家住市中心，电话…", "住所电话", "我在社保中心门口，电话…": where someone lives or stands, not an
 * office, comes before the line.
 */
const HOME_WORDS = /住|我家|家里|家庭|老家|家在|门口|路口|旁边|对面|附近/

/** How far back the sentence holding a number is read: "联系人蔡红，电话" and "你们…那个电话". */
const SENTENCE_REACH = 60

/** The text from the start of the number's sentence (or SENTENCE_REACH back) to the number. */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - SENTENCE_REACH)
  const before = text.slice(from, start)
  const end = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'))
  return before.slice(end + 1)
}

/**
 * "你们上次让我联系的那个电话0857-…", "你们中心的0857-…打不通": a citizen writing to the bureau
 * about its own line. The phone word, or 的 with nothing about the writer between, must come
 * right before the number.
 */
const YOUR_LINE =
  /你们(?:[^。！？家]{0,14}(?:电话|座机)(?:号码)?|[^。！？我]{0,10}的)[:：是为\s]{0,2}$/

/**
 * "工伤认定科联系人邹敏，电话0857-…", "交至…工伤保险股（…），经办人宋大伟，联系电话…": in the
 * office's answer, a unit named and then its handler and the phone word introduce the unit's
 * line; so does "请与承办人联系，联系电话…" without a name. A number attached to the handler's
 * name in brackets ("承办人聂明（电话…）", "与杜明亮联系（0857-…）") or another party's contact
 * (对方联系人) is left as personal.
 */
/**
 * The office's words "请联系承办人雷某，电话…", "或联系经办人员小聂（0857-…", "承办人：…中队吴
 * 科长，电话…": the handler the office names, then the line, is the office's line for the matter.
 */
const HANDLER_LINE =
  /(?:(?:请|可)与(?:承办人|经办人员|工作人员)[^。；！？0-9:：]{0,12}?联系|(?:请|或|可)联系(?:承办人|经办人员|工作人员)[^。；！？0-9:：]{0,12}?|承办人[:：][^。；！？0-9]{0,20}(?:局|中队|大队|支队|科|股|中心)[^。；！？0-9]{0,8}?)(?:[，,] ?(?:联系|办公|咨询)?(?:电话|座机)(?:号码)?[:：是为\s]{0,2}|[(（])$/

/**
 * "如需返乡，可联系黔西市人社局协助，电话…", "请咨询县就业局，电话…": the office the text tells
 * someone to contact, then its line.
 */
const CONTACT_THE_OFFICE =
  /(?:可|请|或)(?:联系|咨询|致电|拨打)[^。；！？，,]{0,16}(?:局|中心|大队|支队|窗口|大厅|股|科|人力资源市场)(?!长)[^。；！？0-9]{0,6}[，,] ?(?:联系|咨询)?电话[:：\s]{0,2}$/

const STAFF_LINE =
  /(?:(?:局|科|股|室|中心|窗口|大队|支队|中队|站|所)[)）]?[^。；！？]{0,30}?(?<!对方)(?:经办人|联系人|承办人)[^。；！？0-9(（]{0,8}|(?:经办人|联系人|承办人)联系[，,])(?:联系|办公|咨询)?(?:电话|座机)(?:号码)?[:：是为\s]{0,2}$/

/**
 * An answer written by the office: it greets the citizen or speaks as the bureau (我局). A
 * message that opens "您好，我是…" or "您好，请问…" is a citizen's, greeting the office.
 */
const OFFICE_ANSWER_START =
  /^(?!联系人|姓名|电话|手机|地址|投诉人|举报人|反映人|申请人|来电人|留言人|单位|事由|诉求|工单)[\u4e00-\u9fff]{2,4}(?:同志|先生|女士)?[:：]|^尊敬的|^您好(?![，,！!。\s]{0,2}(?:我|请问|想问|麻烦|问一下|领导))/
const OFFICE_VOICE = /我局|我中心|我院|我委|我队|本局|我支队|我大队/

function readsAsOfficeAnswer(text: string): boolean {
  return OFFICE_ANSWER_START.test(text) || OFFICE_VOICE.test(text) || OFFICE_DIRECTIVE.test(text)
}

/**
 * What only the office writes: it tells the citizen what to bring (请携带…, 请您到…), reports
 * what it checked (经核查, 经调查) or passed on (已转), or answers formally (现答复如下). A bare
 * "请到…办理" is left out: a citizen writes it too, before giving their own number.
 */
const OFFICE_DIRECTIVE =
  /请携带|请您(?:于[^。，]{0,12})?(?:到|前往)|经(?:核查|调查|核实)|已转|现答复|答复如下/
