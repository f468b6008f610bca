import { known, pending, type GuideInput } from '@zhengmin/shared'
import { CONTENT_REVIEWED_ON, confirmWith, GOOD_BAD_RATING, NATIONAL_HOTLINE } from '../common'

const ASK = confirmWith('市社保局')

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》'
const UNEMPLOYMENT_REGULATIONS = '《失业保险条例》'
const CLAIM_RULES = '《失业保险金申领发放办法》'
const STREAMLINED_CLAIMS = '人社部发〔2019〕18号'

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
  changeEffectiveOn: pending('首次编写，对应政策或办理流程的生效日期待办公室确认'),
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
        description: '经办机构受理申请后，在10日内审核申领资格。',
        basis: [{ title: CLAIM_RULES }],
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
    {
      title: SOCIAL_INSURANCE_LAW,
      article: '第四十五条',
      summary:
        '领取失业保险金须同时具备三项条件：失业前单位和本人缴费满一年，非本人意愿中断就业，已办理失业登记且有求职要求。',
    },
    {
      title: SOCIAL_INSURANCE_LAW,
      article: '第四十六条',
      summary:
        '最长领取期限按失业前累计缴费时间确定：满一年不足五年的最长12个月，满五年不足十年的最长18个月，十年以上的最长24个月。',
    },
    {
      title: SOCIAL_INSURANCE_LAW,
      article: '第四十七条',
      summary: '失业保险金标准由省一级确定，不得低于当地城市居民最低生活保障标准。',
    },
    {
      title: SOCIAL_INSURANCE_LAW,
      article: '第四十八条',
      summary: '领取失业保险金期间应缴的职工基本医疗保险费，从失业保险基金中支付。',
    },
    {
      title: UNEMPLOYMENT_REGULATIONS,
      article: '第十四条',
      summary: '规定领取失业保险金须具备的条件（见“受理条件”）。',
    },
    {
      title: UNEMPLOYMENT_REGULATIONS,
      article: '第十八条',
      summary: '失业保险金标准应当低于当地最低工资标准。',
    },
    {
      title: CLAIM_RULES,
      summary: '经办机构自受理申领之日起10日内审核申领资格。',
    },
    {
      documentNumber: STREAMLINED_CLAIMS,
      summary:
        '“畅通领、安全办”：凭社会保障卡或居民身份证即可申领，不得要求提供解除或终止劳动关系证明、失业登记证明；可在公共就业服务机构或社会保险经办机构现场申领，也可网上申领。',
    },
  ]),
  materials: known([
    {
      name: '社会保障卡或居民身份证（任选其一）',
      originals: pending(),
      copies: pending(),
      form: pending(),
      required: true,
      notes: `不需要提供解除或终止劳动关系证明、失业登记证明。原件、复印件份数和材料形式${ASK}。`,
    },
  ]),
  specialProcedures: pending(`是否有特殊环节${ASK}`),
  process: known([
    {
      title: '提出申请',
      description:
        '带上社会保障卡或居民身份证，到公共就业服务机构或社会保险经办机构的窗口申请；也可以通过“在线办理入口”中列出的渠道在网上申请。',
    },
    {
      title: '资格审核',
      description: '经办机构受理申请后，在10日内审核是否符合领取条件。',
    },
    {
      title: '按月领取',
      description: '审核通过的，失业保险金按月发放到本人的社会保障卡或银行账户。',
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
      question: '申领时要带离职证明或失业登记证明吗？',
      answer: `不用。按照${STREAMLINED_CLAIMS}文件，申领失业保险金只需社会保障卡或居民身份证，经办机构不能要求提供解除或终止劳动关系证明、失业登记证明。`,
    },
    {
      question: '最长能领多久？',
      answer: `看失业前累计缴费的时间：满一年不足五年的，最长领12个月；满五年不足十年的，最长领18个月；满十年的，最长领24个月（${SOCIAL_INSURANCE_LAW}第四十六条）。`,
    },
    {
      question: '每个月能领多少？',
      answer: `标准由省里确定，不低于当地城市居民最低生活保障标准（${SOCIAL_INSURANCE_LAW}第四十七条），并低于当地最低工资标准（${UNEMPLOYMENT_REGULATIONS}第十八条）。贵州省的具体标准${ASK}。`,
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
