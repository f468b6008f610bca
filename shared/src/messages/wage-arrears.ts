import type { WageArrears } from '../schemas/wage-arrears'

/** "2024-03" → "2024年3月". */
function monthText(month: string): string {
  const [year, m] = month.split('-')
  return `${year}年${Number(m)}月`
}

function periodText(from: string | undefined, to: string | undefined): string | undefined {
  if (from && to) return from === to ? monthText(from) : `${monthText(from)}至${monthText(to)}`
  if (from) return `${monthText(from)}起`
  if (to) return `截至${monthText(to)}`
  return undefined
}

/** 35000 → "35000元", 1234.5 → "1234.50元". */
function amountText(yuan: number): string {
  return `${Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2)}元`
}

/** The heading of the 欠薪 block in a message's text. */
export const WAGE_ARREARS_HEADING = '【欠薪情况】'

/** The 欠薪 details as the lines staff read, one per item given, under a heading. */
export function wageArrearsText(details: WageArrears): string {
  const period = periodText(details.periodFrom, details.periodTo)
  const lines = [
    WAGE_ARREARS_HEADING,
    `用人单位：${details.employer}`,
    details.siteAddress ? `项目或工地地址：${details.siteAddress}` : undefined,
    details.workers !== undefined ? `欠薪人数：${details.workers}人` : undefined,
    details.amountYuan !== undefined ? `拖欠金额：${amountText(details.amountYuan)}` : undefined,
    period ? `拖欠期间：${period}` : undefined,
  ]
  return lines.filter((line): line is string => line !== undefined).join('\n')
}

/**
 * The text of a message as stored: the citizen's words, then the 欠薪 block when there is one.
 * Stored this way so that every reader of the text (staff inbox search, the publication draft
 * and its personal-data check, WeChat's content check) sees the details too.
 */
export function messageTextWithWageArrears(
  content: string,
  details: WageArrears | undefined,
): string {
  return details ? `${content}\n\n${wageArrearsText(details)}` : content
}
