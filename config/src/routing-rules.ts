import { MESSAGE_CATEGORIES, type MessageCategory } from '@zhengmin/shared'
import { z } from 'zod'
import { UNITS } from './units'

const answeringUnits = new Set(UNITS.filter((unit) => unit.answersMessages).map((u) => u.code))

/** One routing rule: a message mentioning one of the keywords is suggested for the unit. */
export const routingRuleSchema = z.object({
  /** The unit to suggest; one that answers messages. */
  unit: z
    .string()
    .refine(
      (code) => answeringUnits.has(code),
      'unknown unit, or one that does not answer messages',
    ),
  /** Matched against the title and the text, ignoring case. */
  keywords: z.array(z.string().trim().min(1).max(50)).min(1).max(100),
  /** Only for these categories; any category when absent. */
  categories: z.array(z.enum(MESSAGE_CATEGORIES)).min(1).optional(),
})

/** An ordered list of rules, as shipped or as read from ROUTING_RULES_FILE. */
export const routingRulesSchema = z.array(routingRuleSchema).max(200)

/** One routing rule (see routingRuleSchema). */
export type RoutingRule = z.infer<typeof routingRuleSchema>

/**
 * The shipped routing rules. A suggestion only: the office decides. Ordered, the first rule that
 * matches wins, so narrower duties come before broad words (职称…缴费 is talent, 劳动合同 is
 * legal before anything else). Keywords follow the units' duties as their names state them and
 * stay unambiguous: plain 工资 also appears in pension and contribution questions, so it routes
 * only reports (举报). A deployment may replace the list (ROUTING_RULES_FILE).
 */
export const ROUTING_RULES: readonly RoutingRule[] = [
  { unit: 'labor-inspection', keywords: ['工资'], categories: ['report'] },
  { unit: 'labor-inspection', keywords: ['拖欠工资', '欠薪', '讨薪', '拖欠', '克扣工资'] },
  { unit: 'legal', keywords: ['劳动仲裁', '仲裁', '劳动争议', '争议', '劳动合同', '行政复议'] },
  { unit: 'talent', keywords: ['人才', '职称', '绿卡', '引进', '专家'] },
  { unit: 'hr-market', keywords: ['人力资源市场', '职业介绍', '劳务派遣', '人力资源服务'] },
  { unit: 'employment', keywords: ['失业', '就业', '创业', '招聘', '职业培训'] },
  {
    unit: 'social-insurance',
    keywords: ['社保', '养老保险', '医疗保险', '工伤保险', '参保', '缴费', '社会保障卡', '退休'],
  },
  { unit: 'it-service', keywords: ['小程序', '网站', '无法登录', '网上办'] },
]

/** Why a unit is suggested: the citizen chose it, or a rule's keyword matched. */
export type RoutingSuggestion =
  { unit: string; reason: 'citizen' } | { unit: string; reason: 'rule'; keyword: string }

/** The unit to pre-select for dispatch: the citizen's valid choice, else the first matching rule. */
export function suggestUnit(
  message: {
    category: MessageCategory
    title: string
    content: string
    suggestedUnit?: string | undefined
  },
  rules: readonly RoutingRule[],
): RoutingSuggestion | undefined {
  if (message.suggestedUnit && answeringUnits.has(message.suggestedUnit)) {
    return { unit: message.suggestedUnit, reason: 'citizen' }
  }
  const text = `${message.title}\n${message.content}`.toLowerCase()
  for (const rule of rules) {
    if (rule.categories && !rule.categories.includes(message.category)) continue
    for (const word of rule.keywords) {
      const keyword = word.trim()
      // A blank keyword would match every message.
      if (keyword && text.includes(keyword.toLowerCase())) {
        return { unit: rule.unit, reason: 'rule', keyword }
      }
    }
  }
  return undefined
}
