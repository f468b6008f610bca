import type { WageArrearsInput } from '@zhengmin/shared'

/** The 欠薪 part of 我要留言 as typed (every box a string until it is sent). */
export interface WageArrearsFormValues {
  /** The citizen chose the topic 反映欠薪; the details are sent only then. */
  enabled: boolean
  employer: string
  siteAddress: string
  workers: string
  amount: string
  periodFrom: string
  periodTo: string
}

export const EMPTY_WAGE_ARREARS: WageArrearsFormValues = {
  enabled: false,
  employer: '',
  siteAddress: '',
  workers: '',
  amount: '',
  periodFrom: '',
  periodTo: '',
}

/** Error keys of the 欠薪 boxes, as the schema and the server name them. */
export const WAGE_ARREARS_FIELDS = [
  'wageArrears.employer',
  'wageArrears.siteAddress',
  'wageArrears.workers',
  'wageArrears.amountYuan',
  'wageArrears.periodFrom',
  'wageArrears.periodTo',
] as const
export type WageArrearsField = (typeof WAGE_ARREARS_FIELDS)[number]

/** A number box: its number, or the text as typed so the schema says what is wrong with it. */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim().replace(/[,，]/g, '')
  if (!trimmed) return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : trimmed
}

/** A month box: "2024-3", "2024.03", "2024年3月" all become "2024-03". */
export function normalizeMonth(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  const match = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$/.exec(trimmed)
  return match ? `${match[1]}-${(match[2] ?? '').padStart(2, '0')}` : trimmed
}

/** The `wageArrears` of the request body, or undefined when the topic is not chosen. */
export function toWageArrearsInput(values: WageArrearsFormValues): WageArrearsInput | undefined {
  if (!values.enabled) return undefined
  const workers = numberOrText(values.workers)
  const amount = numberOrText(values.amount)
  const from = normalizeMonth(values.periodFrom)
  const to = normalizeMonth(values.periodTo)
  // Wrong types are passed on as typed: the shared schema names the box and the problem.
  return {
    employer: values.employer,
    ...(values.siteAddress.trim() ? { siteAddress: values.siteAddress } : {}),
    ...(workers !== undefined ? { workers: workers as number } : {}),
    ...(amount !== undefined ? { amountYuan: amount as number } : {}),
    ...(from ? { periodFrom: from } : {}),
    ...(to ? { periodTo: to } : {}),
  }
}

/** The error key of a 欠薪 box (the amount is `amountYuan` in the request). */
export const WAGE_ERROR_KEYS: Record<
  Exclude<keyof WageArrearsFormValues, 'enabled'>,
  WageArrearsField
> = {
  employer: 'wageArrears.employer',
  siteAddress: 'wageArrears.siteAddress',
  workers: 'wageArrears.workers',
  amount: 'wageArrears.amountYuan',
  periodFrom: 'wageArrears.periodFrom',
  periodTo: 'wageArrears.periodTo',
}
