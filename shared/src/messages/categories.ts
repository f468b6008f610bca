/** The four kinds of 网民留言 the bureau accepts (seed item 13: 咨询、投诉、举报、建议). */
export const MESSAGE_CATEGORIES = ['consult', 'complaint', 'report', 'suggestion'] as const

export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number]

/** Chinese names shown to citizens and staff. */
export const MESSAGE_CATEGORY_LABELS: Record<MessageCategory, string> = {
  consult: '咨询',
  complaint: '投诉',
  report: '举报',
  suggestion: '建议',
}
