import { z } from 'zod'
import { unitCodeSchema } from '../schemas/message'
import { countCharacters } from '../text'

/*
 * A public-service guide (办事指南) as the bureau's 2024 disclosure standard prescribes it
 * (seed 000, items 69–96): seven parts, plus the fields national practice adds. Facts the
 * bureau has not confirmed yet are stored as explicit "pending" markers, never guessed, so the
 * app can say "待与经办科室确认" and the office can fill them in later without a release.
 */

/** What the app shows in place of a value the unit has not confirmed yet. */
export const PENDING_LABEL = '待与经办科室确认'

/** A required, trimmed text field; `label` names the field in Chinese for office staff. */
function text(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .refine((value) => value.length > 0, `请填写${label}`)
    .refine((value) => countCharacters(value) <= max, `${label}不能超过${max}个字`)
}

/** A list of `item` with Chinese messages for too few or too many entries. */
function list<T extends z.ZodType>(item: T, label: string, min: number, max: number) {
  return z
    .array(item, { error: `${label}须为列表` })
    .min(min, `请至少填写${min}项${label}`)
    .max(max, `${label}不能超过${max}项`)
}

/** A whole number of copies, days… between `min` and `max`. */
function count(label: string, min: number, max: number) {
  return z
    .int({ error: `${label}须为整数` })
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`)
}

/** A calendar date written 'YYYY-MM-DD' (a real date: no 2025-02-30). */
export const guideDateSchema = z.iso.date({ error: '日期须为 YYYY-MM-DD 格式的有效日期' })

// Object-level checks also run when a field failed; they compare only valid dates.
function isDate(value: string): boolean {
  return guideDateSchema.safeParse(value).success
}

/** A fact the unit has not confirmed yet; the app shows PENDING_LABEL (and the note). */
export const pendingSchema = z.object({
  /** Marks the value as not yet confirmed. */
  status: z.literal('pending'),
  /** Optional hint for citizens and the office, e.g. what exactly is to be confirmed. */
  note: text('待确认说明', 200).optional(),
})

/** A value that is either confirmed (`known`) or explicitly still to be confirmed (`pending`). */
export function pendable<T extends z.ZodType>(value: T, label: string) {
  return z.discriminatedUnion(
    'status',
    [
      z.object({
        /** Marks the value as confirmed. */
        status: z.literal('known'),
        /** The confirmed value. */
        value,
      }),
      pendingSchema,
    ],
    { error: `${label}须填写内容，或标记为待确认` },
  )
}

/** A not-yet-confirmed value. */
export type Pending = z.infer<typeof pendingSchema>
/** A confirmed value. */
export interface Known<T> {
  status: 'known'
  value: T
}
/** A value that may still be pending. */
export type Pendable<T> = Known<T> | Pending

/** A confirmed value, for writing guide content. */
export function known<T>(value: T): Known<T> {
  return { status: 'known', value }
}

/** A value still to be confirmed with the unit, with an optional note. */
export function pending(note?: string): Pending {
  return note === undefined ? { status: 'pending' } : { status: 'pending', note }
}

/** The confirmed value, or undefined while it is pending. */
export function knownValue<T>(field: Pendable<T>): T | undefined {
  return field.status === 'known' ? field.value : undefined
}

// ---------------------------------------------------------------------------------------------
// Reference lists

/** Themes under which guides are grouped in the app. */
export const GUIDE_THEMES = ['social-insurance', 'employment', 'talent', 'hr-market'] as const
export type GuideTheme = (typeof GUIDE_THEMES)[number]

/** Chinese names of the themes. */
export const GUIDE_THEME_LABELS: Record<GuideTheme, string> = {
  'social-insurance': '社保',
  employment: '就业',
  talent: '人才',
  'hr-market': '人力资源市场',
}

/** The seven parts the 2024 standard prescribes, in their official order. */
export const GUIDE_PARTS = [
  'basicInfo',
  'legalBasis',
  'materials',
  'specialProcedures',
  'process',
  'rating',
  'result',
] as const
export type GuidePart = (typeof GUIDE_PARTS)[number]

/** Official Chinese names of the seven parts (1.基本信息 … 7.办理结果). */
export const GUIDE_PART_LABELS: Record<GuidePart, string> = {
  basicInfo: '基本信息',
  legalBasis: '办理依据',
  materials: '申请材料',
  specialProcedures: '特殊环节',
  process: '基本流程',
  rating: '事项评价',
  result: '办理结果',
}

/** Forms in which a material may be handed in. */
export const MATERIAL_FORMS = ['paper', 'electronic', 'paper-or-electronic'] as const
export type MaterialForm = (typeof MATERIAL_FORMS)[number]

/** Chinese names of the material forms. */
export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  paper: '纸质',
  electronic: '电子',
  'paper-or-electronic': '纸质或电子',
}

/** How the days of a time limit are counted. */
export const TIME_LIMIT_DAY_KINDS = ['working-day', 'calendar-day'] as const
export type TimeLimitDayKind = (typeof TIME_LIMIT_DAY_KINDS)[number]

/** Chinese names of the day kinds. */
export const TIME_LIMIT_DAY_KIND_LABELS: Record<TimeLimitDayKind, string> = {
  'working-day': '个工作日',
  'calendar-day': '个自然日',
}

/** The five levels of the national 好差评 scheme, best first. */
export const RATING_LEVELS = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
] as const

// ---------------------------------------------------------------------------------------------
// Building blocks

const LAW_TITLE = /^《[^《》]+》$/
const CHINESE_NUMERAL = '[零〇一二三四五六七八九十百千]+'
const ARTICLE = new RegExp(
  `^第${CHINESE_NUMERAL}条(第${CHINESE_NUMERAL}款)?(第${CHINESE_NUMERAL}项)?$`,
)

/** A legal basis: a law, regulation or document, optionally one article of it. */
export const citationSchema = z
  .object({
    /** Title in book-title marks, e.g. 《中华人民共和国社会保险法》. */
    title: z
      .string({ error: '法律法规名称须为文字' })
      .trim()
      .regex(LAW_TITLE, '法律法规名称须用书名号括起，如《中华人民共和国社会保险法》')
      .optional(),
    /** Document or standard number (文号 / 标准号), e.g. 人社部令第14号. */
    documentNumber: text('文号或标准号', 50).optional(),
    /** Article, e.g. 第七十四条 or 第十四条第一款. */
    article: z
      .string({ error: '条款须为文字' })
      .trim()
      .regex(ARTICLE, '条款须写成“第七十四条”或“第十四条第一款”的形式')
      .optional(),
    /** Date the instrument took effect (施行日期), when verified. */
    effectiveOn: guideDateSchema.optional(),
    /** The provision's gist in the project's own words, never a quotation. */
    summary: text('条款要点', 300).optional(),
  })
  .refine((citation) => citation.title !== undefined || citation.documentNumber !== undefined, {
    error: '请填写法律法规名称或文号',
    path: ['title'],
  })
export type Citation = z.infer<typeof citationSchema>

/** A time limit (办理时限): a number of days and how the law or the unit words it. */
export const timeLimitSchema = z.object({
  /** Number of days; 0 means settled on the spot (即办). */
  days: count('办理时限天数', 0, 365),
  /** Working or calendar days; absent when the source does not say. */
  dayKind: z.enum(TIME_LIMIT_DAY_KINDS, { error: '请选择工作日或自然日' }).optional(),
  /** The time limit in words, e.g. from when it runs. */
  description: text('时限说明', 200),
  /** Where the time limit comes from. */
  basis: list(citationSchema, '时限依据', 0, 10).optional(),
})
export type TimeLimit = z.infer<typeof timeLimitSchema>

/** The fee (收费标准); free services say so explicitly. */
export const feeSchema = z
  .object({
    /** Whether the service is charged for. */
    charged: z.boolean({ error: '请选择是否收费' }),
    /** The fee or the statement that there is none. */
    description: text('收费说明', 300).optional(),
    /** Where the fee (or its waiver) comes from. */
    basis: list(citationSchema, '收费依据', 0, 10).optional(),
  })
  .refine((fee) => !fee.charged || fee.description !== undefined, {
    error: '收费事项须写明收费标准',
    path: ['description'],
  })
export type Fee = z.infer<typeof feeSchema>

/** A place where the service is handled and its opening hours (办理地点和时间). */
export const venueSchema = z.object({
  /** Name of the window or hall. */
  name: text('办理地点名称', 50),
  /** Street address. */
  address: text('办理地址', 100),
  /** Opening hours in words. */
  hours: text('办理时间', 200),
})
export type Venue = z.infer<typeof venueSchema>

/** Hotlines (5 digits), mainland mobiles, landlines with area code, 400 numbers. */
const PHONE_NUMBER = /^(\d{5}|1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4})$/

/** A telephone line with what it is for. */
export const phoneLineSchema = z.object({
  /** What the line is, e.g. 全国人社服务热线. */
  label: text('电话说明', 30),
  /** The number as dialled, e.g. 12333 or 0857-1234567. */
  number: z
    .string({ error: '请填写电话号码' })
    .trim()
    .regex(PHONE_NUMBER, '电话号码格式不正确（如 12333、0857-1234567）'),
})
export type PhoneLine = z.infer<typeof phoneLineSchema>

/** An online channel (在线办理入口); a URL only once it has been verified. */
export const onlineChannelSchema = z.object({
  /** Name of the platform, app or mini-program. */
  name: text('渠道名称', 50),
  /** What can be done there, in a sentence. */
  description: text('渠道说明', 300).optional(),
  /** Verified HTTPS address of the entry. */
  url: z.url({ protocol: /^https$/, error: '入口网址须为以 https:// 开头的有效网址' }).optional(),
})
export type OnlineChannel = z.infer<typeof onlineChannelSchema>

/** One document to hand in (申请材料). */
export const materialSchema = z.object({
  /** Name of the document. */
  name: text('材料名称', 100),
  /** Number of originals (原件份数). */
  originals: pendable(count('原件份数', 0, 99), '原件份数'),
  /** Number of copies (复印件份数). */
  copies: pendable(count('复印件份数', 0, 99), '复印件份数'),
  /** Paper or electronic (材料形式). */
  form: pendable(z.enum(MATERIAL_FORMS, { error: '请选择材料形式（纸质或电子）' }), '材料形式'),
  /** Whether every applicant must hand it in; conditional documents say when in `notes`. */
  required: z.boolean({ error: '请选择是否必须提交' }),
  /** When the document is needed, where to get it, other remarks. */
  notes: text('材料备注', 300).optional(),
})
export type Material = z.infer<typeof materialSchema>

/** A special procedure (特殊环节) such as an expert review or a public notice. */
export const specialProcedureSchema = z.object({
  /** 环节名称 */
  name: text('环节名称', 50),
  /** 所需时限, in words. */
  duration: pendable(text('所需时限', 100), '所需时限'),
  /** 法定依据 */
  legalBasis: pendable(list(citationSchema, '法定依据', 1, 10), '法定依据'),
  /** 是否收费 */
  charged: pendable(z.boolean({ error: '请选择是否收费' }), '是否收费'),
  /** 是否计入办结时限 */
  countsTowardTimeLimit: pendable(
    z.boolean({ error: '请选择是否计入办结时限' }),
    '是否计入办结时限',
  ),
})
export type SpecialProcedure = z.infer<typeof specialProcedureSchema>

/** One step of the process (基本流程), in order. */
export const processStepSchema = z.object({
  /** Short name of the step. */
  title: text('步骤名称', 30),
  /** What the applicant or the unit does in this step. */
  description: text('步骤说明', 500),
})
export type ProcessStep = z.infer<typeof processStepSchema>

/** A frequently asked question (常见问题). */
export const faqItemSchema = z.object({
  /** The question as a citizen would ask it. */
  question: text('问题', 100),
  /** The answer, citing its basis where there is one. */
  answer: text('解答', 1000),
})
export type FaqItem = z.infer<typeof faqItemSchema>

// ---------------------------------------------------------------------------------------------
// The seven parts

/** 1.基本信息: the common national fields of a guide. */
export const basicInfoSchema = z
  .object({
    /** 事项简介: what the service is and who it is for. */
    summary: pendable(text('事项简介', 500), '事项简介'),
    /** 受理条件 */
    acceptanceConditions: pendable(list(text('受理条件', 300), '受理条件', 1, 20), '受理条件'),
    /** 办理时限: the legal limit and the unit's committed limit. */
    timeLimits: z.object(
      {
        /** 法定办理时限 */
        statutory: pendable(timeLimitSchema, '法定办理时限'),
        /** 承诺办理时限 */
        committed: pendable(timeLimitSchema, '承诺办理时限'),
      },
      { error: '请填写办理时限' },
    ),
    /** 收费标准 */
    fee: pendable(feeSchema, '收费标准'),
    /** 办理地点和时间 */
    venues: pendable(list(venueSchema, '办理地点', 1, 20), '办理地点和时间'),
    /** 在线办理入口 */
    onlineChannels: pendable(list(onlineChannelSchema, '在线办理入口', 0, 20), '在线办理入口'),
  })
  .superRefine((info, ctx) => {
    const { statutory, committed } = info.timeLimits
    if (statutory.status !== 'known' || committed.status !== 'known') return
    const sameKind =
      statutory.value.dayKind !== undefined && statutory.value.dayKind === committed.value.dayKind
    const bothCounted =
      Number.isInteger(statutory.value.days) && Number.isInteger(committed.value.days)
    if (sameKind && bothCounted && committed.value.days > statutory.value.days) {
      ctx.addIssue({
        code: 'custom',
        message: '承诺办理时限不能长于法定办理时限',
        path: ['timeLimits', 'committed', 'value', 'days'],
      })
    }
  })
export type BasicInfo = z.infer<typeof basicInfoSchema>

/** 6.事项评价: how citizens rate the service (好差评). */
export const ratingPartSchema = z.object({
  /** The rating levels offered, 1–5 each once. */
  levels: list(
    z.object({
      /** 1 (非常不满意) … 5 (非常满意). */
      level: count('评价等级', 1, 5),
      /** Chinese name of the level. */
      label: text('评价等级名称', 10),
    }),
    '评价等级',
    5,
    5,
  ).refine(
    (levels) => new Set(levels.map((entry) => entry.level)).size === levels.length,
    '评价等级须为1至5级，每级一次',
  ),
  /** The rules of the scheme, in the project's words. */
  rules: list(text('评价规则', 300), '评价规则', 1, 20),
  /** Where the scheme comes from. */
  basis: list(citationSchema, '评价依据', 0, 10),
})
export type RatingPart = z.infer<typeof ratingPartSchema>

/** 7.办理结果: what the applicant gets and how. */
export const resultPartSchema = z.object({
  /** The outcome in words. */
  description: pendable(text('办理结果说明', 500), '办理结果说明'),
  /** Exact name of the document issued, if any (结果名称). */
  documentName: pendable(text('结果名称', 100), '结果名称'),
  /** How the result reaches the applicant (送达方式). */
  delivery: pendable(text('结果送达方式', 300), '结果送达方式'),
})
export type ResultPart = z.infer<typeof resultPartSchema>

/** Contact lines, outside the seven parts so they can always be shown. */
export const guideContactSchema = z.object({
  /** A line that is always known (the national 12333), offered next to every pending field. */
  hotline: phoneLineSchema,
  /** 咨询电话 of the responsible unit. */
  consultationLines: pendable(list(phoneLineSchema, '咨询电话', 1, 10), '咨询电话'),
  /** 监督投诉电话 */
  complaintLines: pendable(list(phoneLineSchema, '监督投诉电话', 1, 10), '监督投诉电话'),
})
export type GuideContact = z.infer<typeof guideContactSchema>

/** Lowest and highest item numbers of 事项办理（公共服务） in the 2024 standard. */
export const GUIDE_SEED_ITEMS = { first: 69, last: 96 } as const

/** A complete guide (办事指南) as stored, edited by the office and rendered by the app. */
export const guideSchema = z
  .object(
    {
      /** Stable English identifier in URLs, kebab-case (e.g. unemployment-benefit-claim). */
      slug: z
        .string({ error: '请填写指南标识' })
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '指南标识须为小写英文单词或数字，以连字符连接')
        .max(60, '指南标识不能超过60个字符'),
      /** Item number in the bureau's 2024 disclosure standard (69–96). */
      seedItem: count('事项序号', GUIDE_SEED_ITEMS.first, GUIDE_SEED_ITEMS.last),
      /** Official name of the item, exactly as the standard lists it. */
      officialName: text('事项名称', 100),
      /** Short name for lists and titles. */
      shortName: text('简称', 20),
      /** Theme the guide is listed under. */
      theme: z.enum(GUIDE_THEMES, { error: '请选择指南主题' }),
      /** Code of the responsible unit (保障单位). */
      unit: unitCodeSchema,
      /** Content version, raised by one on every published change. */
      version: count('版本号', 1, 100000),
      /** Date the content was last checked against the unit's practice; null until then. */
      lastReviewedOn: guideDateSchema.nullable(),
      /** Date the published content last changed. */
      lastChangedOn: guideDateSchema,
      /** Date the underlying change took effect (starts the 20-working-day disclosure period). */
      changeEffectiveOn: pendable(guideDateSchema, '变更生效日期'),
      /** 咨询电话 and 监督投诉电话. */
      contact: guideContactSchema,
      /** 1.基本信息 */
      basicInfo: pendable(basicInfoSchema, '基本信息'),
      /** 2.办理依据 */
      legalBasis: pendable(list(citationSchema, '办理依据', 1, 30), '办理依据'),
      /** 3.申请材料 (an empty list means no documents are needed). */
      materials: pendable(list(materialSchema, '申请材料', 0, 30), '申请材料'),
      /** 4.特殊环节 (an empty list means there are none). */
      specialProcedures: pendable(list(specialProcedureSchema, '特殊环节', 0, 20), '特殊环节'),
      /** 5.基本流程, steps in order. */
      process: pendable(list(processStepSchema, '办理步骤', 1, 30), '基本流程'),
      /** 6.事项评价 */
      rating: pendable(ratingPartSchema, '事项评价'),
      /** 7.办理结果 */
      result: pendable(resultPartSchema, '办理结果'),
      /** 常见问题 */
      faq: list(faqItemSchema, '常见问题', 0, 30),
    },
    { error: '办事指南格式不正确' },
  )
  .refine(
    (guide) =>
      guide.lastReviewedOn === null ||
      !isDate(guide.lastReviewedOn) ||
      !isDate(guide.lastChangedOn) ||
      guide.lastReviewedOn >= guide.lastChangedOn,
    { error: '审核日期不能早于最近修改日期', path: ['lastReviewedOn'] },
  )

/** A validated guide. */
export type Guide = z.infer<typeof guideSchema>
/** A guide as written or sent before validation. */
export type GuideInput = z.input<typeof guideSchema>
