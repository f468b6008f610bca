import { z } from 'zod'
import { countCharacters } from '../text'

/** Limits of the 欠薪 form, shared by the form (hints) and the server (validation). */
export const WAGE_ARREARS_LIMITS = {
  employerMax: 100,
  siteAddressMax: 100,
  workersMax: 100_000,
  amountMax: 1_000_000_000,
} as const

/** A month as the form's month picker gives it: `YYYY-MM`. */
const monthSchema = z
  .string({ error: '请选择正确的月份' })
  .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, '请选择正确的月份')

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}格式不正确` })
    .transform((v) => v.trim())
    .refine((v) => countCharacters(v) <= max, `${label}不能超过${max}个字`)
    // An empty box means not given.
    .transform((v) => (v ? v : undefined))
    .optional()

/**
 * The structured part of a 欠薪 (unpaid wages) report: what a labour inspector asks first. Only
 * the employer is required; the site address names a workplace, not a person's home, but it
 * still goes through the personal-data check before anything is published.
 */
export const wageArrearsSchema = z
  .object({
    /** The employer, contractor or boss who owes the wages (用人单位或老板). */
    employer: z
      .string({ error: '请填写欠薪的用人单位或老板名称' })
      .transform((v) => v.trim())
      .refine((v) => v.length > 0, '请填写欠薪的用人单位或老板名称')
      .refine(
        (v) => countCharacters(v) <= WAGE_ARREARS_LIMITS.employerMax,
        `用人单位名称不能超过${WAGE_ARREARS_LIMITS.employerMax}个字`,
      ),
    /** The project's name or the site's address (项目名称或工地地址). */
    siteAddress: optionalText('项目或工地地址', WAGE_ARREARS_LIMITS.siteAddressMax),
    /** How many workers are owed wages. */
    workers: z
      .number({ error: '欠薪人数须为整数' })
      .int('欠薪人数须为整数')
      .min(1, '欠薪人数至少为1人')
      .max(WAGE_ARREARS_LIMITS.workersMax, `欠薪人数不能超过${WAGE_ARREARS_LIMITS.workersMax}人`)
      .optional(),
    /** The amount owed in yuan, at most two decimals. */
    amountYuan: z
      .number({ error: '拖欠金额须为数字（单位：元）' })
      .positive('拖欠金额须大于0')
      .max(WAGE_ARREARS_LIMITS.amountMax, '拖欠金额过大，请核对')
      .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, '拖欠金额最多保留两位小数')
      .optional(),
    /** First month of the unpaid period (`YYYY-MM`). */
    periodFrom: monthSchema.optional(),
    /** Last month of the unpaid period (`YYYY-MM`). */
    periodTo: monthSchema.optional(),
  })
  .refine((v) => !v.periodFrom || !v.periodTo || v.periodFrom <= v.periodTo, {
    path: ['periodTo'],
    message: '拖欠期间的结束月份不能早于开始月份',
  })

/** A validated 欠薪 report. */
export type WageArrears = z.infer<typeof wageArrearsSchema>
/** What the 欠薪 form sends before validation. */
export type WageArrearsInput = z.input<typeof wageArrearsSchema>
