/**
 * Neutral openings and closings for replies: wording only, never facts about a policy (the
 * handler writes those). Openings go before the text, closings after it.
 */
export const REPLY_TEMPLATES: { label: string; text: string; position: 'start' | 'end' }[] = [
  { label: '开头：已收悉', text: '您好！您反映的问题已收悉，现答复如下：', position: 'start' },
  {
    label: '开头：经了解',
    text: '您好！感谢您的留言。经了解，现将有关情况答复如下：',
    position: 'start',
  },
  { label: '结尾：欢迎留言', text: '如有其他问题，欢迎继续留言。', position: 'end' },
  { label: '结尾：致谢', text: '感谢您的关注与支持。', position: 'end' },
]

/** Adds a template to the reply: an opening before it, a closing after it (each once). */
export function applyTemplate(content: string, template: (typeof REPLY_TEMPLATES)[number]): string {
  if (content.includes(template.text)) return content
  const trimmed = content.trim()
  if (!trimmed) return template.text
  return template.position === 'start'
    ? `${template.text}\n${trimmed}`
    : `${trimmed}\n${template.text}`
}

/** Shown with the decline form: the usual grounds, phrased as a reminder, not a rule. */
export const DECLINE_HINT =
  '不予受理通常适用于：已进入诉讼、仲裁、行政复议或信访程序的事项；涉及国家秘密、商业秘密或他人隐私的事项；不属于本局职责范围的事项等。请写明具体理由，理由将告知留言人。'
