import {
  MATERIAL_FORM_LABELS,
  TIME_LIMIT_DAY_KIND_LABELS,
  type BasicInfo,
  type Citation,
  type Fee,
  type Guide,
  type Material,
  type Pendable,
  type PhoneLine,
  type RatingPart,
  type ResultPart,
  type TimeLimit,
} from './schema'

/*
 * What changed between two versions of a guide, in sentences a clerk reads in the history:
 * 新增材料“…”, 删除办理依据“…”, 修改办理时限“…”→“…”, 调整办理步骤顺序. Only content is compared;
 * the version number and dates every publication sets itself are not changes.
 */

const PENDING_TEXT = '待确认'
const MAX_QUOTED = 40

function quote(text: string): string {
  const chars = [...text]
  return `“${chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : text}”`
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function shown<T>(field: Pendable<T>, show: (value: T) => string): string {
  return field.status === 'pending' ? PENDING_TEXT : show(field.value)
}

/** 修改{label}“before”→“after”, when the shown texts differ. */
function modified<T>(label: string, before: T, after: T, show: (value: T) => string): string[] {
  if (same(before, after)) return []
  const [from, to] = [show(before), show(after)]
  return from === to ? [`修改${label}`] : [`修改${label}${quote(from)}→${quote(to)}`]
}

/** Additions, removals, edits and a new order of a list whose items are named by `key`. */
function listChanges<T>(
  noun: string,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  detail: (before: T, after: T) => string[] = () => [],
): string[] {
  const beforeKeys = before.map(key)
  const afterKeys = after.map(key)
  const lines: string[] = []
  for (const item of before) {
    if (!afterKeys.includes(key(item))) lines.push(`删除${noun}${quote(key(item))}`)
  }
  after.forEach((item, index) => {
    const old = before.find((candidate) => key(candidate) === key(item))
    // An item added anywhere but at the end says where, since the order matters to a citizen.
    const place = index === after.length - 1 ? '' : `（第${index + 1}项）`
    if (!old) lines.push(`新增${noun}${quote(key(item))}${place}`)
    else if (!same(old, item)) {
      const details = detail(old, item)
      lines.push(`修改${noun}${quote(key(item))}${details.length ? `：${details.join('，')}` : ''}`)
    }
  })
  const kept = beforeKeys.filter((k) => afterKeys.includes(k))
  const keptAfter = afterKeys.filter((k) => beforeKeys.includes(k))
  if (!same(kept, keptAfter)) lines.push(`调整${noun}顺序`)
  return lines
}

/** A list that may be pending as a whole: its state change, then its items. */
function pendableListChanges<T>(
  label: string,
  noun: string,
  before: Pendable<T[]>,
  after: Pendable<T[]>,
  key: (item: T) => string,
  detail?: (before: T, after: T) => string[],
): string[] {
  if (same(before, after)) return []
  const lines: string[] = []
  if (before.status !== after.status) {
    lines.push(after.status === 'pending' ? `${label}改为待确认` : `填写${label}`)
  }
  const items = (field: Pendable<T[]>) => (field.status === 'known' ? field.value : [])
  return [...lines, ...listChanges(noun, items(before), items(after), key, detail)]
}

function citationName(citation: Citation): string {
  return `${citation.title ?? citation.documentNumber ?? ''}${citation.article ?? ''}`
}

function limitText(limit: TimeLimit): string {
  const kind = limit.dayKind ? TIME_LIMIT_DAY_KIND_LABELS[limit.dayKind] : '日'
  return limit.days === 0 ? '即办' : `${limit.days}${kind}`
}

function feeText(fee: Fee): string {
  return fee.description ?? (fee.charged ? '收费' : '不收费')
}

const phoneText = (line: PhoneLine) => `${line.label} ${line.number}`

function countText(field: Pendable<number>): string {
  return shown(field, (n) => `${n}份`)
}

function materialDetails(before: Material, after: Material): string[] {
  const lines: string[] = []
  const compare = (label: string, from: string, to: string) => {
    if (from !== to) lines.push(`${label}${from}→${to}`)
  }
  compare('原件', countText(before.originals), countText(after.originals))
  compare('复印件', countText(before.copies), countText(after.copies))
  compare(
    '形式',
    shown(before.form, (f) => MATERIAL_FORM_LABELS[f]),
    shown(after.form, (f) => MATERIAL_FORM_LABELS[f]),
  )
  compare(
    '',
    before.required ? '必须提交' : '视情况提供',
    after.required ? '必须提交' : '视情况提供',
  )
  if ((before.notes ?? '') !== (after.notes ?? '')) lines.push('备注已修改')
  return lines
}

/**
 * The changes of a part that may be pending as a whole: its state change, or `inside` the
 * changes between two known values.
 */
function partChanges<T>(
  label: string,
  before: Pendable<T>,
  after: Pendable<T>,
  inside: (before: T, after: T) => string[],
): string[] {
  if (same(before, after)) return []
  if (before.status === 'known' && after.status === 'known') {
    return inside(before.value, after.value)
  }
  return [after.status === 'pending' ? `${label}改为待确认` : `填写${label}`]
}

function basicInfoChanges(b: BasicInfo, a: BasicInfo): string[] {
  const text = (value: Pendable<string>) => shown(value, (v) => v)
  return [
    ...modified('事项简介', b.summary, a.summary, text),
    ...pendableListChanges(
      '受理条件',
      '受理条件',
      b.acceptanceConditions,
      a.acceptanceConditions,
      (c) => c,
    ),
    ...modified('法定办理时限', b.timeLimits.statutory, a.timeLimits.statutory, (f) =>
      shown(f, limitText),
    ),
    ...modified('承诺办理时限', b.timeLimits.committed, a.timeLimits.committed, (f) =>
      shown(f, limitText),
    ),
    ...modified('收费标准', b.fee, a.fee, (f) => shown(f, feeText)),
    ...pendableListChanges('办理地点和时间', '办理地点', b.venues, a.venues, (v) => v.name),
    ...pendableListChanges(
      '在线办理入口',
      '在线办理入口',
      b.onlineChannels,
      a.onlineChannels,
      (c) => c.name,
    ),
  ]
}

function resultChanges(b: ResultPart, a: ResultPart): string[] {
  const text = (value: Pendable<string>) => shown(value, (v) => v)
  return [
    ...modified('办理结果说明', b.description, a.description, text),
    ...modified('结果名称', b.documentName, a.documentName, text),
    ...modified('结果送达方式', b.delivery, a.delivery, text),
  ]
}

function ratingChanges(b: RatingPart, a: RatingPart): string[] {
  const lines = [
    ...listChanges('评价规则', b.rules, a.rules, (rule) => rule),
    ...listChanges('评价依据', b.basis, a.basis, citationName),
  ]
  return lines.length > 0 ? lines : ['修改事项评价']
}

/** Every content change from `before` to `after`, in the order of the guide. */
export function describeGuideChanges(before: Guide, after: Guide): string[] {
  const text = (value: string) => value
  return [
    ...modified('事项名称', before.officialName, after.officialName, text),
    ...modified('简称', before.shortName, after.shortName, text),
    ...partChanges('基本信息', before.basicInfo, after.basicInfo, basicInfoChanges),
    ...pendableListChanges(
      '办理依据',
      '办理依据',
      before.legalBasis,
      after.legalBasis,
      citationName,
    ),
    ...pendableListChanges(
      '申请材料',
      '材料',
      before.materials,
      after.materials,
      (m) => m.name,
      materialDetails,
    ),
    ...pendableListChanges(
      '特殊环节',
      '特殊环节',
      before.specialProcedures,
      after.specialProcedures,
      (p) => p.name,
    ),
    ...pendableListChanges('基本流程', '办理步骤', before.process, after.process, (s) => s.title),
    ...partChanges('事项评价', before.rating, after.rating, ratingChanges),
    ...partChanges('办理结果', before.result, after.result, resultChanges),
    ...pendableListChanges(
      '咨询电话',
      '咨询电话',
      before.contact.consultationLines,
      after.contact.consultationLines,
      phoneText,
    ),
    ...pendableListChanges(
      '监督投诉电话',
      '监督投诉电话',
      before.contact.complaintLines,
      after.contact.complaintLines,
      phoneText,
    ),
    ...listChanges('常见问题', before.faq, after.faq, (item) => item.question),
  ]
}
