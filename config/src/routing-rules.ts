import { z } from 'zod'
import { UNITS } from './units'

/**
 * Routing rules: keywords in a message (and optionally its category) that suggest which unit
 * should answer it, so the office's dispatch form opens with a choice made. A suggestion only:
 * the office decides. Ordered; the first rule that matches wins. The keywords follow the units'
 * duties as their names state them; a deployment may replace the list (ROUTING_RULES_FILE).
 */
export interface RoutingRule {
  unit: string
  keywords: string[]
  /** Only for these categories (consult, complaint, report, suggestion); any when absent. */
  categories?: string[]
}

export const ROUTING_RULES: readonly RoutingRule[] = [
  { unit: 'labor-inspection', keywords: ['拖欠工资', '欠薪', '讨薪', '拖欠', '克扣工资'] },
  { unit: 'legal', keywords: ['劳动仲裁', '仲裁', '劳动争议', '劳动合同', '行政复议'] },
  { unit: 'talent', keywords: ['人才', '职称', '绿卡', '引进', '专家'] },
  { unit: 'hr-market', keywords: ['人力资源市场', '职业介绍', '劳务派遣', '人力资源服务'] },
  { unit: 'employment', keywords: ['失业', '就业', '创业', '招聘', '职业培训'] },
  {
    unit: 'social-insurance',
    keywords: ['社保', '养老保险', '医疗保险', '工伤保险', '参保', '缴费', '社会保障卡', '退休'],
  },
  { unit: 'it-service', keywords: ['小程序', '网站', '系统', '无法登录', '网上办'] },
]

const answeringUnits = new Set(UNITS.filter((unit) => unit.answersMessages).map((u) => u.code))

export const routingRulesSchema = z
  .array(
    z.object({
      unit: z
        .string()
        .refine(
          (code) => answeringUnits.has(code),
          'unknown unit, or one that does not answer messages',
        ),
      keywords: z.array(z.string().trim().min(1).max(50)).min(1).max(100),
      categories: z
        .array(z.enum(['consult', 'complaint', 'report', 'suggestion']))
        .min(1)
        .optional(),
    }),
  )
  .max(200)

/** Why a unit is suggested: the citizen chose it, or a rule's keyword matched. */
export type RoutingSuggestion =
  { unit: string; reason: 'citizen' } | { unit: string; reason: 'rule'; keyword: string }

/** The unit to pre-select for dispatch, if any. */
export function suggestUnit(
  message: { category: string; title: string; content: string; suggestedUnit?: string | undefined },
  rules: readonly RoutingRule[],
): RoutingSuggestion | undefined {
  if (message.suggestedUnit && answeringUnits.has(message.suggestedUnit)) {
    return { unit: message.suggestedUnit, reason: 'citizen' }
  }
  const text = `${message.title}\n${message.content}`.toLowerCase()
  for (const rule of rules) {
    if (rule.categories && !rule.categories.includes(message.category)) continue
    const keyword = rule.keywords.find((word) => text.includes(word.trim().toLowerCase()))
    if (keyword) return { unit: rule.unit, reason: 'rule', keyword }
  }
  return undefined
}
