import { known, pending, type GuideInput } from '@zhengmin/shared'
import { CONTENT_REVIEWED_ON, confirmWith, NATIONAL_HOTLINE } from '../common'

const ASK = confirmWith('人才管理科')

/**
 * Item 94: 贵州省高层次人才服务绿卡办理. No public source beyond the bureau's own catalogue
 * (the item's name and its unit) was found: not even the provincial rule that sets up the
 * card, so 办理依据 too stays pending until 人才管理科 fills it in.
 */
export const talentGreenCard: GuideInput = {
  slug: 'talent-green-card',
  seedItem: 94,
  officialName: '贵州省高层次人才服务绿卡办理',
  shortName: '高层次人才服务绿卡',
  theme: 'talent',
  unit: 'talent',
  version: 1,
  lastReviewedOn: CONTENT_REVIEWED_ON,
  lastChangedOn: CONTENT_REVIEWED_ON,
  changeEffectiveOn: pending('首次编写，对应政策或流程的生效日期待办公室确认'),
  contact: {
    hotline: NATIONAL_HOTLINE,
    consultationLines: pending(`人才管理科的咨询电话${ASK}`),
    complaintLines: pending(`监督投诉电话${ASK}`),
  },
  basicInfo: known({
    summary: known('本事项由毕节市人力资源和社会保障局人才管理科负责办理。'),
    acceptanceConditions: pending(`申请条件${ASK}`),
    timeLimits: {
      statutory: pending(`法定办理时限${ASK}`),
      committed: pending(`承诺办理时限${ASK}`),
    },
    fee: pending(`收费标准（包括是否收费）${ASK}`),
    venues: pending(`办理地点和时间${ASK}`),
    onlineChannels: pending(`在线办理入口${ASK}`),
  }),
  legalBasis: pending(`办理依据${ASK}`),
  materials: pending(`申请材料${ASK}`),
  specialProcedures: pending(`是否有特殊环节${ASK}`),
  process: pending(`办理流程${ASK}`),
  rating: pending(`评价方式${ASK}`),
  result: pending(`办理结果及领取方式${ASK}`),
  faq: [],
}
