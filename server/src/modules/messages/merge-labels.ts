import { formatLookupCode } from '@zhengmin/shared'

const code = (value: unknown) => formatLookupCode(String(value))

/** Chinese history lines of 并单 as staff read them (see staff-messages.presenter.ts). */

/** A reply or 不予受理; a merged duplicate's names the lead whose answer it took. */
export function answerLabel(type: 'replied' | 'declined', data: Record<string, unknown>): string {
  const label = type === 'replied' ? '已答复' : '不予受理'
  const late = data.onTime === false ? '（超期）' : ''
  if (typeof data.withLead === 'string')
    return `随主办留言（查询码 ${code(data.withLead)}）一并${label}${late}`
  return `${label}${late}`
}

/** A dispatch; a merged duplicate's names the lead it went with to the lead's unit. */
export function dispatchLabel(data: Record<string, unknown>, unitLabel: string): string {
  if (typeof data.withLead === 'string')
    return `随主办留言（查询码 ${code(data.withLead)}）分派至${unitLabel}`
  return `分派至${unitLabel}`
}

/** Merging into a lead and separating again, on the duplicate and on the lead. */
export function mergeLabel(
  type: 'merged' | 'unmerged' | 'duplicate_merged' | 'duplicate_unmerged',
  data: Record<string, unknown>,
): string {
  switch (type) {
    case 'merged':
      return `并单：与主办留言（查询码 ${code(data.leadCode)}）合并办理`
    case 'unmerged':
      return `取消并单：不再与留言（查询码 ${code(data.leadCode)}）合并办理`
    case 'duplicate_merged':
      return `并单：留言（查询码 ${code(data.duplicateCode)}）并入本留言`
    case 'duplicate_unmerged':
      return `取消并单：留言（查询码 ${code(data.duplicateCode)}）不再并入本留言`
  }
}
