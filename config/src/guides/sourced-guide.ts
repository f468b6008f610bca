import {
  known,
  pending,
  type Citation,
  type FaqItem,
  type Fee,
  type GuideInput,
  type Material,
  type Pendable,
  type ProcessStep,
  type TimeLimit,
} from '@zhengmin/shared'
import { unitName } from '../units'
import type { GuideCatalogueEntry } from './catalogue'
import {
  CONTENT_REVIEWED_ON,
  confirmWith,
  GOOD_BAD_RATING,
  guideIdentity,
  NATIONAL_HOTLINE,
} from './common'
import { HANDLING, LAW } from './sources'

/**
 * What public sources say about one service. Anything left out stays pending: the local facts
 * (window, hours, local phone lines, the committed time limit, the result document's name)
 * only the office can fill in.
 */
export interface GuideSpec {
  seedItem: number
  /** 事项简介, in the project's words, from the item's name and its legal basis. */
  summary: string
  legalBasis?: readonly Citation[]
  conditions?: readonly string[]
  statutoryLimit?: TimeLimit
  fee?: Fee
  materials?: readonly Material[]
  process?: readonly ProcessStep[]
  /** 办理结果说明 */
  result?: string
  faq?: readonly FaqItem[]
}

function pendable<T>(value: T | undefined, note: string): Pendable<T> {
  return value === undefined ? pending(note) : known(value)
}

/** Free of charge: queries, records and consultation (社会保险经办条例第三十二条). */
export const FREE_RECORD_SERVICE: Fee = {
  charged: false,
  description: '不收费。',
  basis: [HANDLING.art32, LAW.art74p4],
}

/**
 * The sourced statement on materials for a social-insurance service: an identity document,
 * and nothing else unless a law, a regulation or a State Council decision requires it.
 */
export function identityDocument(
  options: { name?: string; required?: boolean; notes?: string; basis?: Citation[] } = {},
): Material {
  return {
    name: options.name ?? '本人有效身份证件',
    originals: pending(),
    copies: pending(),
    form: pending(),
    required: options.required ?? true,
    notes:
      options.notes ??
      '除身份证件外，经办机构要求提供其他证明材料的，须有法律、法规或国务院决定作为依据。',
    basis: options.basis ?? [HANDLING.art31],
  }
}

/** Questions every social-insurance guide can answer from the 条例 itself. */
export const SOCIAL_INSURANCE_FAQ: readonly FaqItem[] = [
  {
    question: '可以不跑窗口，在网上办吗？',
    answer:
      '按照《社会保险经办条例》第二十九条，社会保险事务可以通过政府网站、移动终端、自助终端等渠道办理，也可以到经办窗口现场办理。本事项具体的在线入口正在核实，可拨打12333咨询。',
  },
  {
    question: '老人或行动不便的人可以请人代办吗？',
    answer:
      '按照《社会保险经办条例》第三十条，经办机构为老年人、残疾人等提供授权代办、上门服务等便利。代办需要哪些材料正在核实，可拨打12333咨询。',
  },
]

/** A guide built from its catalogue entry and what public sources say about it. */
export function sourcedGuide(entry: GuideCatalogueEntry, spec: GuideSpec): GuideInput {
  const ask = confirmWith(unitName(entry.unit) ?? '经办科室')
  const pendingNote = (what: string) => `${what}${ask}`
  return {
    ...guideIdentity(entry),
    version: 1,
    lastReviewedOn: CONTENT_REVIEWED_ON,
    lastChangedOn: CONTENT_REVIEWED_ON,
    changeEffectiveOn: pending('首次编写，对应政策或流程的生效日期待办公室确认'),
    contact: {
      hotline: NATIONAL_HOTLINE,
      consultationLines: pending(pendingNote('咨询电话')),
      complaintLines: pending(pendingNote('监督投诉电话')),
    },
    basicInfo: known({
      summary: known(spec.summary),
      acceptanceConditions: pendable(
        spec.conditions && [...spec.conditions],
        pendingNote('受理条件'),
      ),
      timeLimits: {
        statutory: pendable(spec.statutoryLimit, pendingNote('法定办理时限')),
        committed: pending(pendingNote('承诺办理时限')),
      },
      fee: pendable(spec.fee, pendingNote('是否收费')),
      venues: pending(pendingNote('办理窗口的地址和办公时间')),
      onlineChannels: pending(pendingNote('在线办理入口')),
    }),
    legalBasis: pendable(spec.legalBasis && [...spec.legalBasis], pendingNote('办理依据')),
    materials: pendable(spec.materials && [...spec.materials], pendingNote('申请材料')),
    specialProcedures: pending(pendingNote('是否有特殊环节')),
    process: pendable(spec.process && [...spec.process], pendingNote('办理流程')),
    rating: known(GOOD_BAD_RATING),
    result: known({
      description: pendable(spec.result, pendingNote('办理结果')),
      documentName: pending(pendingNote('结果文书的名称')),
      delivery: pending(pendingNote('结果的领取或送达方式')),
    }),
    faq: [...(spec.faq ?? [])],
  }
}
