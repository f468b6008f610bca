import { known, pending, type GuideInput } from '@zhengmin/shared'
import { CONTENT_REVIEWED_ON, confirmWith, GOOD_BAD_RATING, NATIONAL_HOTLINE } from '../common'
import { FREE_RECORD_SERVICE, identityDocument, SOCIAL_INSURANCE_FAQ } from '../sourced-guide'
import { HANDLING, LAW } from '../sources'

const ASK = confirmWith('市社保局')

/** Item 70: 出具市本级企业职工基本养老保险参保证明. */
export const pensionInsuranceCertificate: GuideInput = {
  slug: 'pension-insurance-certificate',
  seedItem: 70,
  officialName: '出具市本级企业职工基本养老保险参保证明',
  shortName: '养老保险参保证明',
  theme: 'social-insurance',
  unit: 'social-insurance',
  version: 1,
  lastReviewedOn: CONTENT_REVIEWED_ON,
  lastChangedOn: CONTENT_REVIEWED_ON,
  changeEffectiveOn: pending('首次编写，对应政策或流程的生效日期待办公室确认'),
  contact: {
    hotline: NATIONAL_HOTLINE,
    consultationLines: pending(`市社保局的咨询电话${ASK}`),
    complaintLines: pending(`监督投诉电话${ASK}`),
  },
  basicInfo: known({
    summary: known(
      '为在市本级参加企业职工基本养老保险的人员出具参保证明。参保人员的缴费和待遇情况由社会保险经办机构记录在案，本人查询、核对这些记录不需要付费。',
    ),
    acceptanceConditions: pending(`受理条件${ASK}`),
    timeLimits: {
      statutory: pending(`法定办理时限${ASK}`),
      committed: pending(`承诺办理时限${ASK}`),
    },
    fee: known(FREE_RECORD_SERVICE),
    venues: pending(`市本级办理窗口的地址和办公时间${ASK}`),
    onlineChannels: known([
      { name: '国家社会保险公共服务平台' },
      { name: '掌上12333' },
      { name: '12333 小程序' },
      { name: '电子社保卡' },
    ]),
  }),
  legalBasis: known([
    LAW.art74,
    HANDLING.art31,
    HANDLING.art32,
    {
      // Its 文号 is given differently by different copies; cited by title until checked.
      title: '《社会保险个人权益记录管理办法》',
      effectiveOn: '2011-07-01',
      summary: '规定个人权益记录怎样查询、怎样使用。',
    },
  ]),
  materials: known([
    identityDocument({
      name: '申请人的有效身份证件',
      notes:
        '本人办理或委托他人办理都需要。除身份证件外，经办机构要求提供其他证明材料的，须有法律、法规或国务院决定作为依据。',
    }),
    identityDocument({
      name: '申请人签名的授权委托书',
      required: false,
      notes: '委托他人代办时提供。',
      basis: [HANDLING.art30],
    }),
    identityDocument({
      name: '代办人的有效身份证件',
      required: false,
      notes: '委托他人代办时提供。',
      basis: [HANDLING.art30],
    }),
  ]),
  specialProcedures: pending(`是否有特殊环节${ASK}`),
  process: known([
    {
      title: '提出申请',
      description:
        '本人带上有效身份证件到窗口申请；请人代办的，代办人带上申请人签名的授权委托书和双方的有效身份证件。也可以先看看“在线办理入口”中列出的线上渠道能否办理。',
    },
    {
      title: '出具证明',
      description: '经办机构根据记录的个人权益信息出具参保证明。',
    },
  ]),
  rating: known(GOOD_BAD_RATING),
  result: known({
    description: known('取得本人在市本级参加企业职工基本养老保险的参保证明。'),
    documentName: pending(`证明文书的具体名称${ASK}`),
    delivery: pending(`证明的领取或送达方式${ASK}`),
  }),
  faq: [
    {
      question: '开参保证明要交钱吗？',
      answer:
        '不用。按照《中华人民共和国社会保险法》第七十四条和《社会保险经办条例》第三十二条，个人向社会保险经办机构查询、核对本人的缴费和待遇记录是免费的。',
    },
    {
      question: '本人去不了，可以请别人代办吗？',
      answer: '可以。代办人需要带上申请人签名的授权委托书，以及申请人和代办人双方的有效身份证件。',
    },
    {
      question: '能不能不跑窗口？',
      answer:
        '实践中，国家社会保险公共服务平台、掌上12333、12333 小程序和电子社保卡等线上渠道也可以办理这类业务；能否在线取得本证明，以各渠道实际显示为准，也可以拨打12333咨询。',
    },
    ...SOCIAL_INSURANCE_FAQ.slice(1),
  ],
}
