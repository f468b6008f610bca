import type { GuidePart, GuideTheme } from '@zhengmin/shared'

/** One public service of the bureau's 2024 disclosure standard (items 69–96). */
export interface GuideCatalogueEntry {
  /** Item number (序号) in the standard. */
  seedItem: number
  /** Official name, exactly as the standard lists it. */
  officialName: string
  /** Short name for lists and titles (the project's own abbreviation). */
  shortName: string
  /** Stable English identifier used in URLs. */
  slug: string
  /** Theme the guide is listed under. */
  theme: GuideTheme
  /** Code of the responsible unit (保障单位). */
  unit: string
  /** The unit as the standard words it, where that differs from the unit's name. */
  unitAsListed?: string
  /** Parts the standard lists for this item, where it lists fewer than all seven. */
  prescribedParts?: readonly GuidePart[]
}

/** The 28 public services (事项办理（公共服务）) of the standard, in its order. */
export const GUIDE_CATALOGUE: readonly GuideCatalogueEntry[] = [
  {
    seedItem: 69,
    officialName: '市本级参保单位及人员社会保险政策咨询',
    shortName: '社保政策咨询',
    slug: 'social-insurance-policy-consultation',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 70,
    officialName: '出具市本级企业职工基本养老保险参保证明',
    shortName: '养老保险参保证明',
    slug: 'pension-insurance-certificate',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 71,
    officialName: '提供市本级企业职工基本养老保险个人缴费明细',
    shortName: '养老保险个人缴费明细',
    slug: 'pension-contribution-details',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 72,
    officialName: '查询市本级企业职工基本养老保险参保人员因病或非因工死亡一次性丧葬补助费发放情况',
    shortName: '丧葬补助费发放查询',
    slug: 'funeral-grant-payment-inquiry',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 73,
    officialName: '市本级参保人员办理失业保险金申领',
    shortName: '失业保险金申领',
    slug: 'unemployment-benefit-claim',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 74,
    officialName: '查询/提供市本级机关事业单位养老保险在职参保人员个人账户情况',
    shortName: '机关事业养老个人账户',
    slug: 'public-sector-pension-account-inquiry',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 75,
    officialName: '出具市本级参保企业离退休人员基本养老金证明',
    shortName: '企业退休人员养老金证明',
    slug: 'retiree-pension-certificate',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 76,
    officialName: '查询/提供市本级机关事业单位养老保险退休参保人员个人权益记录',
    shortName: '机关事业退休人员权益记录',
    slug: 'public-sector-retiree-rights-record',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 77,
    officialName: '市本级领取失业金人员申请停发失业金',
    shortName: '申请停发失业金',
    slug: 'unemployment-benefit-stop',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 78,
    officialName: '查询/提供市本级机关事业单位养老保险参保人员缴费明细',
    shortName: '机关事业养老缴费明细',
    slug: 'public-sector-pension-contribution-details',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 79,
    officialName: '查询市本级企业职工基本养老保险个人账户',
    shortName: '养老保险个人账户查询',
    slug: 'pension-account-inquiry',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 80,
    officialName: '出具市本级机关事业单位养老保险退休参保人员养老金证明',
    shortName: '机关事业退休人员养老金证明',
    slug: 'public-sector-retiree-pension-certificate',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 81,
    officialName:
      '查询市本级企业职工基本养老保险参保人员因病或非因工死亡供养直系亲属生活补助费发放情况',
    shortName: '供养亲属生活补助费查询',
    slug: 'dependant-allowance-payment-inquiry',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 82,
    officialName: '查询市本级领取失业金人员领取失业金情况',
    shortName: '失业金领取情况查询',
    slug: 'unemployment-benefit-payment-inquiry',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 83,
    officialName: '就业见习服务',
    shortName: '就业见习服务',
    slug: 'employment-traineeship',
    theme: 'employment',
    unit: 'employment',
    unitAsListed: '市驻政务中心窗口市就业局',
  },
  {
    seedItem: 84,
    officialName: '市本级养老保险参保企业职工退休人员死亡待遇停发',
    shortName: '退休人员死亡待遇停发',
    slug: 'retiree-death-benefit-stop',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 85,
    officialName: '市本级机关事业单位退休人员养老保险待遇暂停申报审核',
    shortName: '机关事业退休待遇暂停',
    slug: 'public-sector-retiree-benefit-suspension',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 86,
    officialName: '市本级参保企业职工养老失业保险续保管理审核',
    shortName: '企业职工养老失业保险续保',
    slug: 'enterprise-insurance-resumption',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 87,
    officialName: '市本级机关事业单位在职人员养老保险新增申报审核',
    shortName: '机关事业养老保险新增申报',
    slug: 'public-sector-pension-enrolment',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 88,
    officialName: '市本级参保企业职工养老失业保险参保管理审核',
    shortName: '企业职工养老失业保险参保',
    slug: 'enterprise-insurance-enrolment',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 89,
    officialName: '市本级机关事业单位退休人员养老保险重要信息申报审核',
    shortName: '机关事业退休人员信息申报',
    slug: 'public-sector-retiree-key-information',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 90,
    officialName: '市本级机关事业单位在职人员养老保险重要信息申报审核',
    shortName: '机关事业在职人员信息申报',
    slug: 'public-sector-employee-key-information',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 91,
    officialName: '市本级企业职工养老失业保险参保职工停保管理审核',
    shortName: '企业职工养老失业保险停保',
    slug: 'enterprise-insurance-suspension',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 92,
    officialName: '流动人员人事档案接收和传递',
    shortName: '流动人员人事档案接转',
    slug: 'personnel-file-transfer',
    theme: 'hr-market',
    unit: 'hr-market',
    prescribedParts: ['legalBasis', 'materials', 'specialProcedures', 'process'],
  },
  {
    seedItem: 93,
    officialName: '依据档案记载出具相关证明',
    shortName: '依据档案出具证明',
    slug: 'personnel-file-certificate',
    theme: 'hr-market',
    unit: 'hr-market',
    prescribedParts: ['legalBasis', 'materials', 'specialProcedures', 'process'],
  },
  {
    seedItem: 94,
    officialName: '贵州省高层次人才服务绿卡办理',
    shortName: '高层次人才服务绿卡',
    slug: 'talent-green-card',
    theme: 'talent',
    unit: 'talent',
  },
  {
    seedItem: 95,
    officialName: '查询市本级参保企业离退休人员基本养老金发放情况',
    shortName: '养老金发放情况查询',
    slug: 'retiree-pension-payment-inquiry',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
  {
    seedItem: 96,
    officialName: '出具市本级机关事业单位养老保险在职参保人员参保证明',
    shortName: '机关事业养老参保证明',
    slug: 'public-sector-pension-certificate',
    theme: 'social-insurance',
    unit: 'social-insurance',
  },
]

/** The catalogue entry of a seed item, or undefined. */
export function findCatalogueEntry(seedItem: number): GuideCatalogueEntry | undefined {
  return GUIDE_CATALOGUE.find((entry) => entry.seedItem === seedItem)
}
