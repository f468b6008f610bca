import { z } from 'zod'

/**
 * WeChat's content-security check (msgSecCheck v2) of a citizen's message, as staff see it:
 * - off: WeChat is not configured on this server, nothing is checked;
 * - not_applicable: the message was not sent from the mini-program signed in (the check needs
 *   the author's openid), so WeChat could not check it;
 * - pending: not checked yet (WeChat unreachable: it is tried again);
 * - failed: WeChat could not check it after every attempt;
 * - pass / review / risky: WeChat's suggestion, with its label.
 */
export const CONTENT_CHECK_STATES = [
  'off',
  'not_applicable',
  'pending',
  'failed',
  'pass',
  'review',
  'risky',
] as const
export type ContentCheckState = (typeof CONTENT_CHECK_STATES)[number]

/** WeChat's labels of msgSecCheck v2 (100 is 正常). */
export const WECHAT_CONTENT_LABELS: Readonly<Record<number, string>> = {
  100: '正常',
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
}

export function contentLabelText(label: number | undefined): string | undefined {
  if (label === undefined) return undefined
  return WECHAT_CONTENT_LABELS[label] ?? `其他（${label}）`
}

export const contentCheckViewSchema = z.object({
  state: z.enum(CONTENT_CHECK_STATES),
  label: z.number().int().optional(),
  labelText: z.string().optional(),
})
export type ContentCheckView = z.infer<typeof contentCheckViewSchema>

/**
 * Why publishing this message needs the office's override reason, or undefined when it does
 * not: WeChat found it risky, or the check is on but has no verdict yet.
 */
export function contentCheckOverrideReason(view: ContentCheckView): string | undefined {
  switch (view.state) {
    case 'risky':
      return `微信内容安全检测认为该留言存在风险（${view.labelText ?? '其他'}）`
    case 'pending':
      return '微信内容安全检测尚未完成（系统会自动重试）'
    case 'failed':
      return '微信内容安全检测未能完成'
    default:
      return undefined
  }
}
