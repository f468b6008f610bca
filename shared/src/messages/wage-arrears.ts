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

/** One item of a 欠薪 report as people read it; `value` is undefined when not given. */
export interface WageArrearsItem {
  label: string
  value: string | undefined
}

/**
 * The 欠薪 details item by item, in the form's order and with its labels: one wording for the
 * message text and the staff detail.
 */
export function wageArrearsItems(details: WageArrears): WageArrearsItem[] {
  return [
    { label: '欠薪单位或老板', value: details.employer },
    { label: '项目名称或工地地址', value: details.siteAddress },
    {
      label: '欠薪人数',
      value: details.workers !== undefined ? `${details.workers}人` : undefined,
    },
    {
      label: '拖欠金额',
      value: details.amountYuan !== undefined ? amountText(details.amountYuan) : undefined,
    },
    { label: '拖欠期间', value: periodText(details.periodFrom, details.periodTo) },
  ]
}

/** The heading of the 欠薪 block in a message's text. */
export const WAGE_ARREARS_HEADING = '【欠薪情况】'

/** The 欠薪 details as the lines staff read, one per item given, under a heading. */
export function wageArrearsText(details: WageArrears): string {
  const lines = wageArrearsItems(details).flatMap(({ label, value }) =>
    value === undefined ? [] : [`${label}：${value}`],
  )
  return [WAGE_ARREARS_HEADING, ...lines].join('\n')
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
