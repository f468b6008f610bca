import type { TimeLimit } from '@zhengmin/shared'
import {
  FREE_RECORD_SERVICE,
  identityDocument,
  SOCIAL_INSURANCE_FAQ,
  type GuideSpec,
} from '../sourced-guide'
import { CONTRIBUTION, EMPLOYMENT, HANDLING, HR_MARKET, LAW, UNEMPLOYMENT } from '../sources'

/*
 * Items 69–96 other than 70, 73 and 94 (written in their own files): what the national laws
 * and regulations say about each, with the article for every statement. Materials are given
 * only where 《社会保险经办条例》第三十一条 settles them (an identity document; nothing more
 * without a law, a regulation or a State Council decision); items whose materials other rules
 * may add (new enrolments, key-information changes, suspensions) stay pending.
 */

/** Registering a person: 10 working days from the application (条例第六条第二款). */
const REGISTRATION_LIMIT: TimeLimit = {
  days: 10,
  dayKind: 'working-day',
  description: '经办机构自收到申请之日起10个工作日内办理完毕。',
  basis: [HANDLING.art6p2],
}

/** Changing a registration: 10 working days from the application (条例第十条). */
const CHANGE_LIMIT: TimeLimit = {
  days: 10,
  dayKind: 'working-day',
  description: '申请变更社会保险登记的，经办机构自收到申请之日起10个工作日内办理完毕。',
  basis: [HANDLING.art10],
}

export const SOURCED_SPECS: readonly GuideSpec[] = [
  {
    seedItem: 69,
    summary:
      '为在市本级参加社会保险的单位和个人解答社会保险政策问题。依法缴费的单位和个人有权要求经办机构提供社会保险咨询，咨询不收费。',
    legalBasis: [LAW.art4, LAW.art74p4, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [
      identityDocument({
        required: false,
        notes:
          '需要结合本人记录解答时，经办机构可以核对身份证件；要求提供身份证件以外的其他证明材料，须有法律、法规或国务院决定作为依据。',
      }),
    ],
    result: '获得社会保险政策解答。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 71,
    summary:
      '为在市本级参加企业职工基本养老保险的人员提供本人的个人缴费明细。单位应当每月把缴费明细告知职工本人，职工也可以向经办机构免费查询、核对。',
    legalBasis: [
      LAW.art12,
      LAW.art60,
      LAW.art74p3,
      LAW.art74p4,
      LAW.art4,
      HANDLING.art11,
      HANDLING.art32,
    ],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '取得本人企业职工基本养老保险的个人缴费明细。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 72,
    summary:
      '查询市本级企业职工基本养老保险参保人员因病或非因工死亡后，一次性丧葬补助费的发放情况。按照现行法律，这类情形下遗属可以领取丧葬补助金和抚恤金。',
    legalBasis: [LAW.art17, HANDLING.art19, LAW.art74p4, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解丧葬补助费的发放情况。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 74,
    summary: '为市本级机关事业单位养老保险在职参保人员查询或提供本人个人账户情况，不收费。',
    legalBasis: [LAW.art10p3, LAW.art74p3, LAW.art74p4, LAW.art4, HANDLING.art11, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解或取得本人机关事业单位养老保险个人账户情况。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 75,
    summary: '为市本级参保企业的离退休人员出具基本养老金证明，不收费。',
    legalBasis: [LAW.art16, LAW.art73p2, LAW.art74p4, HANDLING.art11, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '取得本人的基本养老金证明。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 76,
    summary:
      '为市本级机关事业单位养老保险退休参保人员查询或提供个人权益记录。参保人员有权查询本人的个人权益记录，不收费。',
    legalBasis: [LAW.art4, LAW.art74p3, LAW.art74p4, LAW.art10p3, HANDLING.art11, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解或取得本人的个人权益记录。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 77,
    summary: '在市本级领取失业保险金期间，出现重新就业等停止领取的情形时，申请停发失业保险金。',
    legalBasis: [LAW.art51, UNEMPLOYMENT.art15, HANDLING.art25, HANDLING.art46],
    conditions: [
      '正在领取失业保险金。',
      '出现法定的停止领取情形，例如重新就业、应征服兵役、移居境外、开始享受基本养老保险待遇。',
    ],
    materials: [identityDocument()],
    process: [
      {
        title: '告知经办机构',
        description:
          '出现停止领取的情形后，本人、用人单位或亲属应当自情形发生之日起20个工作日内告知经办机构。',
        basis: [HANDLING.art25],
      },
      {
        title: '核实停发',
        description: '经办机构核实后，停止发放失业保险金。',
        basis: [HANDLING.art25],
      },
    ],
    result: '停止发放失业保险金及其他失业保险待遇。',
    faq: [
      {
        question: '停发前多领的失业保险金怎么办？',
        answer:
          '多领的待遇应当退回；一次退回有困难的，可以签订还款协议分期退回，也可以从以后享受的社会保险待遇中抵扣（《社会保险经办条例》第四十六条）。',
      },
      ...SOCIAL_INSURANCE_FAQ,
    ],
  },
  {
    seedItem: 78,
    summary: '为市本级机关事业单位养老保险参保人员查询或提供本人的缴费明细，不收费。',
    legalBasis: [LAW.art10p3, LAW.art60, LAW.art74p3, LAW.art74p4, HANDLING.art11, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解或取得本人机关事业单位养老保险的缴费明细。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 79,
    summary:
      '查询本人在市本级企业职工基本养老保险的个人账户。职工个人缴纳的养老保险费记入个人账户，查询不收费。',
    legalBasis: [LAW.art12, LAW.art14, LAW.art74p4, LAW.art4, HANDLING.art11, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解本人企业职工基本养老保险个人账户的情况。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 80,
    summary: '为市本级机关事业单位养老保险退休参保人员出具养老金证明，不收费。',
    legalBasis: [LAW.art10p3, LAW.art73p2, LAW.art74p4, HANDLING.art11, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '取得本人的养老金证明。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 81,
    summary:
      '查询市本级企业职工基本养老保险参保人员因病或非因工死亡后，供养直系亲属生活补助费的发放情况，不收费。',
    legalBasis: [LAW.art17, HANDLING.art19, LAW.art74p4, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解供养直系亲属生活补助费的发放情况。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 82,
    summary: '查询在市本级领取失业保险金的情况。失业保险金由经办机构按月发放，查询不收费。',
    legalBasis: [
      LAW.art74p3,
      LAW.art74p4,
      UNEMPLOYMENT.art16p3,
      UNEMPLOYMENT.art25i3,
      HANDLING.art11,
      HANDLING.art32,
    ],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解本人领取失业保险金的情况。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 83,
    summary:
      '市就业局在市政务服务中心窗口提供就业见习服务。就业见习属于公共就业服务；见习对象、期限和补贴等具体政策正在核实。',
    legalBasis: [EMPLOYMENT.art35, HR_MARKET.art15i2],
    result: '参加就业见习。',
  },
  {
    seedItem: 84,
    summary: '市本级企业职工基本养老保险的退休人员去世后，停止发放其养老保险待遇。',
    legalBasis: [
      HANDLING.art25,
      HANDLING.art8,
      LAW.art57p3,
      HANDLING.art26,
      HANDLING.art46,
      LAW.art14,
      LAW.art17,
      HANDLING.art19,
    ],
    materials: [identityDocument({ name: '办理人的有效身份证件' })],
    process: [
      {
        title: '告知经办机构',
        description: '退休人员去世后，用人单位或亲属应当自去世之日起20个工作日内告知经办机构。',
        basis: [HANDLING.art25],
      },
      {
        title: '核实停发',
        description: '经办机构核实后停止发放养老保险待遇；去世后多发的待遇应当退回。',
        basis: [HANDLING.art25, HANDLING.art46],
      },
    ],
    result: '停止发放去世退休人员的养老保险待遇。',
    faq: [
      {
        question: '个人账户里的钱怎么办？',
        answer: '个人账户余额可以依法继承（《中华人民共和国社会保险法》第十四条）。',
      },
      {
        question: '遗属可以领取哪些待遇？',
        answer:
          '参保人员因病或非因工死亡的，遗属可以依法申领丧葬补助金和抚恤金（《中华人民共和国社会保险法》第十七条、《社会保险经办条例》第十九条）。具体标准正在核实，可拨打12333咨询。',
      },
      ...SOCIAL_INSURANCE_FAQ,
    ],
  },
  {
    seedItem: 85,
    summary:
      '市本级机关事业单位退休人员出现国家规定暂停领取养老保险待遇的情形时，申报暂停发放，由经办机构审核。',
    legalBasis: [HANDLING.art25, HANDLING.art26, LAW.art10p3],
    result: '经审核后暂停发放养老保险待遇。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 86,
    summary: '市本级参保企业为职工办理企业职工养老保险、失业保险续保，由经办机构审核。',
    legalBasis: [LAW.art10p1, LAW.art44, LAW.art58, LAW.art60, HANDLING.art9, HANDLING.art10],
    materials: [identityDocument({ name: '有效身份证件' })],
    result: '完成企业职工养老保险、失业保险续保审核。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 87,
    summary:
      '市本级机关事业单位为新增在职人员申报参加养老保险，由经办机构审核。用人单位应当自用工之日起三十日内申请办理社会保险登记。',
    legalBasis: [LAW.art10p3, LAW.art58, HANDLING.art6p2],
    statutoryLimit: REGISTRATION_LIMIT,
    result: '经审核后参加机关事业单位养老保险。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 88,
    summary:
      '市本级参保企业为职工办理企业职工养老保险、失业保险参保，由经办机构审核。用人单位应当自用工之日起三十日内为职工申请办理社会保险登记。',
    legalBasis: [
      LAW.art10p1,
      LAW.art44,
      LAW.art58,
      LAW.art60,
      HANDLING.art6p1,
      HANDLING.art6p2,
      HANDLING.art9,
      CONTRIBUTION.art7,
      CONTRIBUTION.art8,
    ],
    statutoryLimit: REGISTRATION_LIMIT,
    materials: [identityDocument({ name: '有效身份证件' })],
    result: '经审核后参加企业职工养老保险、失业保险。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 89,
    summary:
      '市本级机关事业单位退休人员的养老保险重要信息发生变化时，向经办机构申报，由经办机构比对核实。',
    legalBasis: [HANDLING.art9, HANDLING.art10, HANDLING.art26, LAW.art10p3],
    statutoryLimit: CHANGE_LIMIT,
    result: '经审核后更新养老保险信息。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 90,
    summary:
      '市本级机关事业单位在职人员的养老保险重要信息发生变化时，向经办机构申报，由经办机构比对核实。',
    legalBasis: [HANDLING.art9, HANDLING.art10, HANDLING.art11, LAW.art10p3],
    statutoryLimit: CHANGE_LIMIT,
    result: '经审核后更新养老保险信息。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 91,
    summary: '市本级参保企业为职工办理企业职工养老保险、失业保险停保，由经办机构审核。',
    legalBasis: [HANDLING.art10, HANDLING.art9, LAW.art58, LAW.art60],
    materials: [identityDocument({ name: '有效身份证件' })],
    result: '完成企业职工养老保险、失业保险停保审核。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 92,
    summary:
      '公共就业和人才服务机构接收和转递流动人员人事档案。流动人员人事档案管理是公共人力资源服务机构的免费服务。',
    legalBasis: [HR_MARKET.art15i7, HR_MARKET.art14p2],
    fee: { charged: false, description: '不收费。', basis: [HR_MARKET.art15i7] },
    result: '人事档案被接收存放，或转递到新的存档机构。',
  },
  {
    seedItem: 93,
    summary: '依据流动人员人事档案的记载，出具相关证明。',
    legalBasis: [HR_MARKET.art15i7],
    result: '取得依据档案记载出具的证明。',
  },
  {
    seedItem: 95,
    summary: '查询在市本级参保企业离退休人员的基本养老金发放情况，不收费。',
    legalBasis: [LAW.art16, LAW.art73p2, LAW.art74p3, LAW.art74p4, HANDLING.art11, HANDLING.art32],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '了解本人基本养老金的发放情况。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
  {
    seedItem: 96,
    summary: '为市本级机关事业单位养老保险在职参保人员出具参保证明，不收费。',
    legalBasis: [
      LAW.art10p3,
      LAW.art4,
      LAW.art74p3,
      LAW.art74p4,
      HANDLING.art11,
      HANDLING.art31,
      HANDLING.art32,
    ],
    fee: FREE_RECORD_SERVICE,
    materials: [identityDocument()],
    result: '取得本人机关事业单位养老保险的参保证明。',
    faq: SOCIAL_INSURANCE_FAQ,
  },
]
