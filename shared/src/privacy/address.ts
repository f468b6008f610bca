// Home and work addresses down to the door: a road and its number (洪山路12号), a building, unit
// and room (5栋2单元302室), a village group and house (羊场镇某村3组12号). A district, a town, a
// road or an estate named alone is not an address of anyone, and neither is the address of a
// public office the text sends people to (政务服务中心, 仲裁院): those are left alone.
import { isHanCode } from './digits'
import type { LabelledMatch } from './labelled'

/**
 * A number and what it numbers: 12号, 5栋, 2单元, 302室, 3组, 十二号, a lane's 1038弄, a market's
 * row (2排17号).
 */
const DETAIL =
  /附?(?:[0-9一二三四五六七八九十百零〇]{1,5}|[A-Za-z])(?:号楼|号院|栋|幢|座|单元|号|楼|层|室|房(?![屋子间产东租])|组|弄|排)|[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,5}(?![0-9])|(?<=村)(?!民)[\u4e00-\u9fff一二三四五六七八九十]{1,3}组(?![长织员])/g

/** What a numbered 号 follows when it is a door number: a road, a lane, a village, an estate. */
const PLACE_ENDINGS: ReadonlySet<string> = new Set(
  Array.from('路街道巷弄同村院园苑城湾寨庄坊里屯坝厦场区寓邸居府墅社段组'),
)

/** Parts that only a dwelling or a workplace has. */
const DWELLING_PARTS = /号楼|栋|幢|座|单元|室|房|^[0-9]+-[0-9]+-[0-9]+$/

/**
 * Characters that end a place name when reading leftwards: the verbs and words that introduce
 * an address (住在, 位于, 搬到, 地址是), pronouns and function words.
 */
const PLACE_STOPS: ReadonlySet<string> = new Set(
  Array.from('住在于址到是为的往从搬位买我他她们你您了与及或等把被给向对其这那个也还就又号'),
)

/** Administrative units whose name may stand before the road, kept in the suggestion. */
const ADMINISTRATIVE_ENDINGS: ReadonlySet<string> = new Set(Array.from('省市州县区镇乡'))

/**
 * Places the text sends people to, names as a public office, or an office's own address given in
 * its answer (本院地址：…): their address is public.
 */
const PUBLIC_PLACES =
  /本局|我局|本院|我院|本中心|我中心|本委|我委|政务|中心|服务大厅|办事大厅|窗口|人社局|人力资源|社会保障局|社会保险|事业局|事务局|就业局|社保局|医保局|社保中心|劳动保障监察|监察大队|监察支队|仲裁院|仲裁委|法院|信访|办事处|服务站|档案馆|管委会|委员会|人民政府|政府/

/** Office towers and malls called 中心, where companies and shops rent: 国际金融中心T2栋1805. */
const COMMERCIAL_CENTRE = /(?:金融|商务|商业|购物|贸易|会展|国际)中心/g

/** Words of a home inside an office's name: 人社局宿舍, 政府家属院, 电力局生活区. */
const DWELLING_WORDS = /宿舍|家属|生活区|小区|住宅|公寓/

/** Characters before a number that make it a document, case or date number, not a door. */
const NOT_A_DOOR: ReadonlySet<string> = new Set(Array.from('第月〕】]）)字函令初终执案发年期批'))

const MAX_PLACE_CHARACTERS = 30
const PUBLIC_CONTEXT_CHARACTERS = 16

/**
 * A flat number right after a door number: 3 or 4 digits (floor and room), not an amount, a
 * year or a date (12号2024年, 5号300元), and not the start of a further detail (3号101室 is read
 * as its own detail).
 */
const FLAT_AFTER_DOOR = /^[0-9]{3,4}(?![0-9A-Za-z号楼栋幢座室层组单元年月日块万个人次天岁点分%])/

interface DetailRun {
  start: number
  end: number
  /** The run holds a building, unit or room, or a village group. */
  dwelling: boolean
  /** The run starts with a number in Chinese numerals. */
  chineseNumber: boolean
}

/** Runs of adjacent details: 12号3单元501室 is one run; trailing digits after 单元 belong to it. */
function detailRuns(text: string): DetailRun[] {
  const runs: DetailRun[] = []
  for (const m of text.matchAll(DETAIL)) {
    const previous = runs[runs.length - 1]
    let end = m.index + m[0].length
    let roomAfterFloor = false
    // 27号601 and 8号1203: a flat written after the door number without 室.
    const flat = m[0].endsWith('号') ? FLAT_AFTER_DOOR.exec(text.slice(end, end + 6)) : null
    if (flat) end += flat[0].length
    // 2单元302 and 5栋1101: a room number written without 室.
    if (/(?:单元|栋|幢|座|楼)$/.test(m[0])) {
      const tail = /^-?[0-9]{1,5}(?:-[0-9]{1,5})?(?![0-9号楼栋幢室层组单])/.exec(
        text.slice(end, end + 13),
      )
      if (tail) end += tail[0].length
      // 3楼312: a floor with its room number is a door of its own.
      roomAfterFloor = tail !== null && m[0].endsWith('楼')
    }
    const dwelling =
      roomAfterFloor ||
      flat !== null ||
      DWELLING_PARTS.test(m[0]) ||
      (m[0].endsWith('组') && isVillageGroup(text, m.index))
    // Chinese numerals only count next to digits or a road: 每一户, 第三单元 are no addresses.
    const chineseNumber = !/[0-9A-Za-z]/.test(m[0].charAt(0))
    if (previous && (m.index <= previous.end || text.slice(previous.end, m.index) === '-')) {
      previous.end = Math.max(previous.end, end)
      previous.dwelling ||= dwelling
    } else {
      runs.push({ start: m.index, end, dwelling, chineseNumber })
    }
  }
  return runs
}

/** 五和大道南118号, 北京路东3号: a road's side or section named before the door number. */
function onRoadSide(text: string, start: number): boolean {
  return /[东南西北中]/.test(text.charAt(start - 1)) && ROAD_ENDINGS.has(text.charAt(start - 2))
}

function isVillageGroup(text: string, start: number): boolean {
  return text.charAt(start - 1) === '村' || text.slice(start - 2, start) === '村民'
}

/** Start of the place name that ends at `end` (exclusive), reading leftwards over Chinese. */
function placeStart(text: string, end: number): number {
  let start = end
  while (
    start > 0 &&
    end - start < MAX_PLACE_CHARACTERS &&
    (isHanCode(text.charCodeAt(start - 1)) ||
      /[A-Za-z]/.test(text.charAt(start - 1)) ||
      isDigitOfBlockCode(text, start - 1)) &&
    (!PLACE_STOPS.has(text.charAt(start - 1)) || joinsTwoRoads(text, start - 1))
  ) {
    start -= 1
  }
  return start
}

/** 寄到老家大方县…: 老家 or 家乡 says whose the place is; it is not part of the address. */
function skipHomeWord(text: string, start: number, limit: number): number {
  return /^(?:老家|家乡)/.test(text.slice(start, start + 2)) && start + 2 < limit
    ? start + 2
    : start
}

/** 花果园R1区: a digit right after a letter names a block of an estate, part of the place. */
function isDigitOfBlockCode(text: string, index: number): boolean {
  return /[0-9]/.test(text.charAt(index)) && /[A-Za-z]/.test(text.charAt(index - 1))
}

/**
 * "碧阳大道与洪山路交叉口": 与 or 和 between two roads names a crossing, part of the address,
 * not the end of the place name.
 */
function joinsTwoRoads(text: string, index: number): boolean {
  const char = text.charAt(index)
  return (char === '与' || char === '和') && ROAD_ENDINGS.has(text.charAt(index - 1))
}

const ROAD_ENDINGS: ReadonlySet<string> = new Set(Array.from('路街道巷'))

function isPublicPlace(
  text: string,
  start: number,
  end: number,
  publicAddresses: readonly string[],
): boolean {
  // "仲裁委员会地址：…" before, or "…12号政务服务中心" right after the address.
  const before = text.slice(Math.max(0, start - PUBLIC_CONTEXT_CHARACTERS), start)
  const after = text.slice(end, end + PUBLIC_CONTEXT_CHARACTERS)
  const address = text.slice(start, end)
  const officeBefore = PUBLIC_PLACES.test(before) && !RESIDENCE_AFTER_OFFICE.test(before)
  const officeInside =
    PUBLIC_PLACES.test(
      address.replace(SUBDISTRICT_OFFICE, '街道').replace(COMMERCIAL_CENTRE, ''),
    ) && !DWELLING_WORDS.test(address)
  if (
    officeBefore ||
    officeInside ||
    PUBLIC_PLACE_AFTER.test(after) ||
    isOfficeLocation(text, start)
  ) {
    return true
  }
  return publicAddresses.some(
    (known) => known.length > 0 && (address.includes(known) || known.includes(address)),
  )
}

/**
 * "请向市人才服务中心申请补办，补办时间为5个工作日，地点：…": 地点 or 地址 introducing the
 * address, with the office named earlier in its sentence and nobody's home in between.
 */
function isOfficeLocation(text: string, start: number): boolean {
  if (!LOCATION_LABEL.test(text.slice(Math.max(0, start - 4), start))) return false
  // 邮寄地址, 家庭住址: a person's own address, in a letter the office writes to them too.
  if (PERSONAL_ADDRESS_LABEL.test(text.slice(Math.max(0, start - 8), start))) return false
  const before = text.slice(Math.max(0, start - OFFICE_SENTENCE_CHARACTERS), start)
  const sentence = before.slice(
    Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1,
  )
  return (
    PUBLIC_PLACES.test(sentence) &&
    !RESIDENCE_AFTER_OFFICE.test(sentence) &&
    !/我|家|[您你](?:的|留|填|提供|报名)/.test(sentence)
  )
}

const LOCATION_LABEL = /(?:地点|地址)[:：是为在\s]{0,2}$/
const PERSONAL_ADDRESS_LABEL =
  /(?:邮寄|家庭|通讯|通信|收件|现住|户籍|居住|联系)(?:地址|住址)[:：是为在\s]{0,2}$/
const OFFICE_SENTENCE_CHARACTERS = 60

/**
 * "红旗街道办事处顺德社区4组12号": a subdistrict office named as a step of a home address is
 * part of the way there, not the office the text sends people to.
 */
const SUBDISTRICT_OFFICE = /街道办事处(?=[\u4e00-\u9fff]{1,12}(?:社区|村|组|路|街|巷))/g

/**
 * "要到社保局开证明…，奶奶住在…", "…向社保局反映。我家住…", "…社保中心申领。您家住址（…）": where
 * someone lives is introduced after the office's name, in its sentence or the next, so the
 * address is theirs, not the office's.
 */
const RESIDENCE_AFTER_OFFICE = new RegExp(`(?:${PUBLIC_PLACES.source}).*?(?:住在|住址|家住|家在)`)

/** "…10号（市社保中心）", "…14号是县政务服务中心": the office at that address named right after it. */
const PUBLIC_PLACE_AFTER = new RegExp(
  `^(?:[的（(]|是|为|即)?[市区县]?(?:${PUBLIC_PLACES.source})(?![^。，,；]{0,6}(?:对面|旁边|附近|后面|隔壁|楼上|楼下))`,
)

/** The suggestion: the place as far as its last administrative unit, the rest masked. */
function maskAddress(place: string): string {
  let keep = 0
  for (let i = 0; i < place.length; i += 1) {
    if (ADMINISTRATIVE_ENDINGS.has(place.charAt(i))) keep = i + 1
  }
  return `${place.slice(0, keep)}***`
}

/**
 * Every address in a normalized text. `publicAddresses` are the bureau's own published
 * addresses (normalized), never reported.
 */
export function findAddresses(
  text: string,
  publicAddresses: readonly string[] = [],
): LabelledMatch[] {
  const matches: LabelledMatch[] = []
  for (const run of detailRuns(text)) {
    const before = text.charAt(run.start - 1)
    // A digit or letter before the number makes it part of a code (A-36, 2024年), except a
    // building's letter after the estate's name (国际金融中心T2栋, 花园B3栋).
    const buildingLetter = /[A-Za-z]/.test(before) && isHanCode(text.charCodeAt(run.start - 2))
    if (
      (NOT_A_DOOR.has(before) && !isEstatePhase(text, run)) ||
      (/[0-9A-Za-z]/.test(before) && !(buildingLetter && run.dwelling))
    ) {
      continue
    }
    const doorPlate = /门牌号?$/.test(text.slice(run.start - 3, run.start))
    const onRoad = PLACE_ENDINGS.has(before) || doorPlate || onRoadSide(text, run.start)
    if (!onRoad && (!run.dwelling || run.chineseNumber)) continue
    const start = skipHomeWord(text, placeStart(text, run.start), run.start)
    // A dwelling part with no place before it (3栋, 住5单元) is an address only after 住.
    const introduced = doorPlate || /住|址/.test(text.slice(run.start - 3, run.start))
    if (start === run.start && !introduced) continue
    if (isPublicPlace(text, start, run.end, publicAddresses)) continue
    const premises =
      PREMISES.exec(text.slice(run.end, run.end + 2)) ??
      BUILDING_AFTER_DOOR.exec(text.slice(run.end, run.end + 14))
    const end = run.end + (premises?.[0].length ?? 0) + doorSideLength(text, run.end)
    const previous = matches[matches.length - 1]
    // 麻园路56号龙凤苑小区3栋2单元801室, 猫场村六组 门牌号23号: one address, not two.
    if (previous && ADDRESS_CONTINUES.test(text.slice(previous.end, start))) {
      previous.end = end
      continue
    }
    matches.push({ start, end, suggestion: maskAddress(text.slice(start, run.start)) })
  }
  return matches
}

/**
 * 阳光城一期12栋, 奢香古镇二期5号楼: an estate's phase before a building is part of the
 * address, although 期 before a number usually numbers an issue (第3期).
 */
function isEstatePhase(text: string, run: DetailRun): boolean {
  return (
    run.dwelling &&
    text.charAt(run.start - 1) === '期' &&
    /[一二三四五六七八九十0-9]/.test(text.charAt(run.start - 2)) &&
    text.charAt(run.start - 3) !== '第'
  )
}

/** 3楼左, 2单元3楼右: which door of the landing, written after the floor. */
function doorSideLength(text: string, end: number): number {
  return text.charAt(end - 1) === '楼' &&
    /^[左右中](?![\u4e00-\u9fff])/.test(text.slice(end, end + 2))
    ? 1
    : 0
}

/** A workplace named after its number: 3号厂房, 17号摊位 (a shop's 门面 is the shop, not its number). */
const PREMISES = /^(?:厂房|摊位)/

/** A named building and its room after the door number: 8号宿舍楼305, 12号综合楼2单元. */
const BUILDING_AFTER_DOOR =
  /^[\u4e00-\u9fff]{1,2}楼(?:[0-9]{1,5}(?:室|号)?|[0-9]{1,2}单元[0-9]{0,5}室?)/

/** What may stand between two parts of one address. */
const ADDRESS_CONTINUES = /^[ \u3000]*(?:门牌号?)?[ \u3000:：]*$/
