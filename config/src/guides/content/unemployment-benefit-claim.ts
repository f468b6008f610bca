import { known, pending, type GuideInput } from '@zhengmin/shared'
import { CONTENT_REVIEWED_ON, confirmWith, GOOD_BAD_RATING, NATIONAL_HOTLINE } from '../common'
import { identityDocument } from '../sourced-guide'
import { HANDLING, LAW, STREAMLINED_CLAIMS, UNEMPLOYMENT } from '../sources'

const ASK = confirmWith('市社保局')

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》'
const UNEMPLOYMENT_REGULATIONS = '《失业保险条例》'

/** Item 73: 市本级参保人员办理失业保险金申领. */
export const unemploymentBenefitClaim: GuideInput = {
  slug: 'unemployment-benefit-claim',
  seedItem: 73,
  officialName: '市本级参保人员办理失业保险金申领',
  shortName: '失业保险金申领',
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
      '在市本级参加失业保险的人员，失业后符合条件的，可以申请领取失业保险金。申请只需社会保障卡或居民身份证，到窗口或在网上都可以办理。',
    ),
    acceptanceConditions: known([
      '失业之前，所在单位和本人按规定缴纳失业保险费已满一年。',
      '失去工作不是出于本人意愿。',
      '已经办理失业登记，并且有求职的意愿。',
    ]),
    timeLimits: {
      statutory: known({
        days: 10,
        dayKind: 'working-day',
        description: '经办机构自收到申请之日起10个工作日内办理完毕。',
        basis: [HANDLING.art24],
      }),
      committed: pending(`承诺办理时限${ASK}`),
    },
    fee: known({ charged: false, description: '不收费。' }),
    venues: pending(`市本级受理窗口的地址和办公时间${ASK}`),
    onlineChannels: known([
      { name: '国家社会保险公共服务平台', description: '设有失业保险金网上申领服务。' },
      { name: '掌上12333' },
      { name: '12333 小程序' },
      { name: '电子社保卡' },
      { name: '国家政务服务平台' },
    ]),
  }),
  legalBasis: known([
    LAW.art45,
    LAW.art46,
    LAW.art47,
    LAW.art48,
    HANDLING.art24,
    HANDLING.art31,
    UNEMPLOYMENT.art14,
    UNEMPLOYMENT.art16p3,
    UNEMPLOYMENT.art18,
    STREAMLINED_CLAIMS,
  ]),
  materials: known([
    identityDocument({
      name: '社会保障卡或居民身份证（任选其一）',
      notes: '不需要提供解除或终止劳动关系证明、失业登记证明。',
      basis: [STREAMLINED_CLAIMS, HANDLING.art31],
    }),
  ]),
  specialProcedures: pending(`是否有特殊环节${ASK}`),
  process: known([
    {
      title: '提出申请',
      description:
        '带上社会保障卡或居民身份证，到公共就业服务机构或社会保险经办机构的窗口申请；也可以通过“在线办理入口”中列出的渠道在网上申请。',
      basis: [STREAMLINED_CLAIMS],
    },
    {
      title: '审核办理',
      description: '经办机构自收到申请之日起10个工作日内办理完毕。',
      basis: [HANDLING.art24],
    },
    {
      title: '按月领取',
      description: '审核通过的，失业保险金按月发放到本人的社会保障卡或银行账户。',
      basis: [UNEMPLOYMENT.art16p3],
    },
  ]),
  rating: known(GOOD_BAD_RATING),
  result: known({
    description: known(
      '符合条件的，按月领取失业保险金；领取期间应缴的职工基本医疗保险费由失业保险基金支付。',
    ),
    documentName: pending(`是否出具书面结果以及结果名称${ASK}`),
    delivery: known('失业保险金按月发放到本人的社会保障卡或银行账户。'),
  }),
  faq: [
    {
      question: '申请后多久能办好？',
      answer: '按照《社会保险经办条例》第二十四条，经办机构自收到申请之日起10个工作日内办理完毕。',
    },
    {
      question: '申领时要带离职证明或失业登记证明吗？',
      answer: `不用。按照${STREAMLINED_CLAIMS.documentNumber}文件，申领失业保险金只需社会保障卡或居民身份证，经办机构不能要求提供解除或终止劳动关系证明、失业登记证明。`,
    },
    {
      question: '最长能领多久？',
      answer: `看失业前累计缴费的时间：满一年不足五年的，最长领12个月；满五年不足十年的，最长领18个月；满十年的，最长领24个月（${SOCIAL_INSURANCE_LAW}第四十六条）。`,
    },
    {
      question: '每个月能领多少？',
      answer: `标准由省里确定，不低于当地城市居民最低生活保障标准（${SOCIAL_INSURANCE_LAW}第四十七条），并低于当地最低工资标准（${UNEMPLOYMENT_REGULATIONS}第十八条）。贵州省的具体标准正在核实，可拨打12333咨询。`,
    },
    {
      question: '领失业保险金期间，医疗保险怎么办？',
      answer: `领取期间应缴的职工基本医疗保险费，从失业保险基金中支付（${SOCIAL_INSURANCE_LAW}第四十八条）。`,
    },
    {
      question: '可以在网上申请吗？',
      answer:
        '可以。国家社会保险公共服务平台设有失业保险金网上申领，也可以使用掌上12333、12333 小程序、电子社保卡或国家政务服务平台。',
    },
  ],
}
