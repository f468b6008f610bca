import type { Citation } from '@zhengmin/shared'

/*
 * The legal sources the shipped guides cite, each article once: document, article as the
 * source numbers it, the date of the text, and its gist in the project's own words (never a
 * quotation). Only texts that were read are here; documents known only from second-hand
 * copies (e.g. 国发〔2015〕2号, the 2021 personnel-file rules, the 2020 traineeship notice)
 * are not cited until the office has checked them, and what they would say stays pending.
 */

/** 《中华人民共和国社会保险法》, as amended on 2018-12-29. */
const SOCIAL_INSURANCE_LAW = { title: '《中华人民共和国社会保险法》', issuedOn: '2018-12-29' }
/** 《社会保险经办条例》, in force from 2023-12-01 (its 第六十三条). */
const HANDLING_REGULATION = { title: '《社会保险经办条例》', effectiveOn: '2023-12-01' }
/** 《失业保险条例》, 国务院令第258号 of 1999-01-22. */
const UNEMPLOYMENT_REGULATION = {
  title: '《失业保险条例》',
  documentNumber: '国务院令第258号',
  issuedOn: '1999-01-22',
}
/** 《人力资源市场暂行条例》, 国务院令第700号 of 2018-06-29, in force from 2018-10-01. */
const HR_MARKET_REGULATION = {
  title: '《人力资源市场暂行条例》',
  documentNumber: '国务院令第700号',
  issuedOn: '2018-06-29',
  effectiveOn: '2018-10-01',
}
/** 《中华人民共和国就业促进法》, as amended on 2015-04-24. */
const EMPLOYMENT_PROMOTION_LAW = { title: '《中华人民共和国就业促进法》', issuedOn: '2015-04-24' }
/** 《社会保险费征缴暂行条例》, 国务院令第259号. */
const CONTRIBUTION_REGULATION = {
  title: '《社会保险费征缴暂行条例》',
  documentNumber: '国务院令第259号',
}

type Source = Omit<Citation, 'article' | 'summary'>

function article(source: Source, number: string, summary: string): Citation {
  return { ...source, article: number, summary }
}

/** 《中华人民共和国社会保险法》 */
export const LAW = {
  art4: article(
    SOCIAL_INSURANCE_LAW,
    '第四条',
    '依法缴费的单位和个人，有权查询缴费记录和个人权益记录，并可要求经办机构提供社会保险咨询等服务。',
  ),
  art10p1: article(
    SOCIAL_INSURANCE_LAW,
    '第十条第一款',
    '职工应当参加基本养老保险，保险费由单位和职工共同缴纳。',
  ),
  art10p3: article(
    SOCIAL_INSURANCE_LAW,
    '第十条第三款',
    '公务员和参照公务员法管理的工作人员的养老保险办法，由国务院规定。',
  ),
  art12: article(
    SOCIAL_INSURANCE_LAW,
    '第十二条',
    '单位缴纳的养老保险费记入统筹基金，职工本人缴纳的部分记入个人账户。',
  ),
  art14: article(
    SOCIAL_INSURANCE_LAW,
    '第十四条',
    '个人账户不得提前支取，记账利率不低于银行定期存款利率；本人去世后，账户余额可以继承。',
  ),
  art16: article(
    SOCIAL_INSURANCE_LAW,
    '第十六条第一款',
    '达到法定退休年龄、累计缴费满十五年的，按月领取基本养老金。',
  ),
  art17: article(
    SOCIAL_INSURANCE_LAW,
    '第十七条',
    '参保人员因病或非因工死亡的，遗属可以领取丧葬补助金和抚恤金，从基本养老保险基金中支付。',
  ),
  art44: article(
    SOCIAL_INSURANCE_LAW,
    '第四十四条',
    '职工应当参加失业保险，保险费由单位和职工共同缴纳。',
  ),
  art45: article(
    SOCIAL_INSURANCE_LAW,
    '第四十五条',
    '领取失业保险金须同时具备三项条件：失业前单位和本人缴费满一年，非本人意愿中断就业，已办理失业登记且有求职要求。',
  ),
  art46: article(
    SOCIAL_INSURANCE_LAW,
    '第四十六条',
    '最长领取期限按失业前累计缴费时间确定：满一年不足五年的最长12个月，满五年不足十年的最长18个月，十年以上的最长24个月。',
  ),
  art47: article(
    SOCIAL_INSURANCE_LAW,
    '第四十七条',
    '失业保险金标准由省一级确定，不得低于当地城市居民最低生活保障标准。',
  ),
  art48: article(
    SOCIAL_INSURANCE_LAW,
    '第四十八条',
    '领取失业保险金期间应缴的职工基本医疗保险费，从失业保险基金中支付。',
  ),
  art51: article(
    SOCIAL_INSURANCE_LAW,
    '第五十一条',
    '领取期间重新就业、应征服兵役、移居境外、开始领取基本养老金，或无正当理由拒不接受介绍的工作或培训的，停止领取失业保险金。',
  ),
  art57p3: article(
    SOCIAL_INSURANCE_LAW,
    '第五十七条第三款',
    '公安机关等部门应当及时把个人死亡、户口注销等情况通报经办机构。',
  ),
  art58: article(
    SOCIAL_INSURANCE_LAW,
    '第五十八条第一款',
    '用人单位应当自用工之日起三十日内，为职工申请办理社会保险登记。',
  ),
  art60: article(
    SOCIAL_INSURANCE_LAW,
    '第六十条第一款',
    '单位自行申报、按时足额缴费，代扣职工个人应缴部分，并每月把缴费明细告知职工本人。',
  ),
  art73p2: article(
    SOCIAL_INSURANCE_LAW,
    '第七十三条第二款',
    '经办机构应当按时足额支付社会保险待遇。',
  ),
  art74: article(
    SOCIAL_INSURANCE_LAW,
    '第七十四条',
    '经办机构记录个人缴费和享受待遇等个人权益记录；单位和个人可以免费查询、核对这些记录。',
  ),
  art74p3: article(
    SOCIAL_INSURANCE_LAW,
    '第七十四条第三款',
    '经办机构应当完整准确记录个人缴费和享受待遇等权益记录，并定期免费寄送个人权益记录单。',
  ),
  art74p4: article(
    SOCIAL_INSURANCE_LAW,
    '第七十四条第四款',
    '单位和个人可以免费查询、核对缴费和享受待遇的记录，并可要求经办机构提供咨询等服务。',
  ),
} as const

/** 《社会保险经办条例》 */
export const HANDLING = {
  art6p1: article(
    HANDLING_REGULATION,
    '第六条第一款',
    '用人单位在登记管理机关办理登记时，同步办理社会保险登记。',
  ),
  art6p2: article(
    HANDLING_REGULATION,
    '第六条第二款',
    '个人办理社会保险登记，以公民身份号码作为社会保障号码；经办机构自收到申请之日起10个工作日内办完。',
  ),
  art8: article(
    HANDLING_REGULATION,
    '第八条',
    '公安、民政等部门把个人出生、死亡、户口注销等信息与经办机构共享。',
  ),
  art9: article(
    HANDLING_REGULATION,
    '第九条',
    '单位或个人的参保信息发生变化，应当及时告知经办机构，经办机构与共享信息比对核实。',
  ),
  art10: article(
    HANDLING_REGULATION,
    '第十条',
    '申请变更、注销社会保险登记的，经办机构自收到申请之日起10个工作日内办完；单位注销前须结清欠费。',
  ),
  art11: article(
    HANDLING_REGULATION,
    '第十一条',
    '经办机构应当完整准确记录参保登记、缴费、待遇享受和个人账户等情况。',
  ),
  art19: article(
    HANDLING_REGULATION,
    '第十九条',
    '参保人员或领取失业保险金期间的失业人员死亡的，遗属可以申领丧葬补助金和抚恤金，经办机构核实后核定发放。',
  ),
  art24: article(
    HANDLING_REGULATION,
    '第二十四条',
    '个人申领失业保险金，经办机构自收到申请之日起10个工作日内办完；领取期间的基本医疗保险（含生育保险）费从失业保险基金中支付。',
  ),
  art25: article(
    HANDLING_REGULATION,
    '第二十五条',
    '出现停止享受待遇的情形，单位、本人或亲属应自发生之日起20个工作日内告知经办机构，经办机构核实后停发。',
  ),
  art26: article(
    HANDLING_REGULATION,
    '第二十六条',
    '经办机构通过信息比对、自助认证等方式核验待遇领取资格，确认不符合的停止发放。',
  ),
  art30: article(
    HANDLING_REGULATION,
    '第三十条',
    '经办机构为老年人、残疾人等提供授权代办、上门服务等便利。',
  ),
  art31: article(
    HANDLING_REGULATION,
    '第三十一条',
    '除身份证件外，经办机构要求提供其他证明材料的，须有法律、法规或国务院决定作为依据。',
  ),
  art32: article(
    HANDLING_REGULATION,
    '第三十二条',
    '经办机构免费提供缴费和待遇记录的查询核对、社会保险咨询等服务。',
  ),
  art46: article(
    HANDLING_REGULATION,
    '第四十六条',
    '多领的待遇应当退回，可以分期退回，或从以后的待遇、个人账户余额中抵扣。',
  ),
} as const

/** 《失业保险条例》 */
export const UNEMPLOYMENT = {
  art14: article(
    UNEMPLOYMENT_REGULATION,
    '第十四条',
    '规定领取失业保险金须具备的条件（见“受理条件”）。',
  ),
  art15: article(
    UNEMPLOYMENT_REGULATION,
    '第十五条',
    '重新就业、应征服兵役、移居境外、享受基本养老保险待遇、被判刑收监执行等情形下，停止领取失业保险金。',
  ),
  art16p3: article(UNEMPLOYMENT_REGULATION, '第十六条第三款', '失业保险金由经办机构按月发放。'),
  art18: article(UNEMPLOYMENT_REGULATION, '第十八条', '失业保险金标准应当低于当地最低工资标准。'),
  art25i3: article(
    UNEMPLOYMENT_REGULATION,
    '第二十五条第三项',
    '经办机构按照规定核定失业保险待遇。',
  ),
} as const

/** 《人力资源市场暂行条例》 */
export const HR_MARKET = {
  art14p2: article(
    HR_MARKET_REGULATION,
    '第十四条第二款',
    '公共人力资源服务机构，是县级以上人民政府设立的公共就业和人才服务机构。',
  ),
  art15i2: article(
    HR_MARKET_REGULATION,
    '第十五条第二项',
    '公共人力资源服务机构提供职业介绍、职业指导和创业开业指导，不收费。',
  ),
  art15i7: article(
    HR_MARKET_REGULATION,
    '第十五条第七项',
    '公共人力资源服务机构管理流动人员人事档案，不收费。',
  ),
} as const

/** 《中华人民共和国就业促进法》 */
export const EMPLOYMENT = {
  art35: article(
    EMPLOYMENT_PROMOTION_LAW,
    '第三十五条',
    '公共就业服务机构为劳动者免费提供政策咨询、职业指导、职业介绍等公共就业服务。',
  ),
} as const

/** 《社会保险费征缴暂行条例》 */
export const CONTRIBUTION = {
  art7: article(
    CONTRIBUTION_REGULATION,
    '第七条',
    '缴费单位必须向当地社会保险经办机构办理社会保险登记，参加社会保险。',
  ),
  art8: article(CONTRIBUTION_REGULATION, '第八条', '企业在办理登记注册时，同步办理社会保险登记。'),
} as const

/** 人社部发〔2019〕18号 ("畅通领、安全办"), 2019-02-18. */
export const STREAMLINED_CLAIMS: Citation = {
  documentNumber: '人社部发〔2019〕18号',
  issuedOn: '2019-02-18',
  summary:
    '“畅通领、安全办”：凭社会保障卡或居民身份证即可申领失业保险金，不得要求提供解除或终止劳动关系证明、失业登记证明；可现场申领，也可网上申领。',
}
