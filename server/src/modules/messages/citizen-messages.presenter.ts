import { unitName } from '@zhengmin/config'
import { presentAnswerParts, presentConversation } from './message-parts.presenter'
import {
  nextStatus,
  toBeijingIsoString,
  type CitizenMessageView,
  type MyMessageListItem,
  MAX_FOLLOW_UPS,
} from '@zhengmin/shared'
import type { Message } from './message.model'
import type { CitizenMessageRecord } from './citizen-messages.service'
import type { MessageEvent } from './message-event.model'

/** Chinese line of the public history for one event; internal events never reach here. */
function historyLabel(event: MessageEvent): string {
  const data = event.data ?? {}
  switch (event.type) {
    case 'submitted':
      return '留言已提交'
    case 'assigned':
      return `已分派至${unitName(data.unit) ?? '经办科室'}办理`
    case 'transferred':
      return `已转交${unitName(data.toUnit ?? data.unit) ?? '其他科室'}办理`
    case 'replied':
      return '已答复'
    case 'declined':
      return '不予受理，已说明理由'
    case 'deadline_recomputed':
      return `答复期限按节假日安排调整为 ${String(data.toDueDate)}`
    case 'extension_approved':
      return `答复期限经批准延长至 ${String(data.toDueDate ?? data.dueDate)}`
    case 'followed_up':
      return '已追问，重新计算答复期限'
    case 'rated':
      return '已评价，留言办结'
    case 'closed':
      return '留言已办结'
    case 'published':
      return '留言及答复已隐去个人信息后选登公开'
    case 'unpublished':
      return '选登公开的内容已撤下'
    default:
      return '办理进度已更新'
  }
}

/** What a citizen sees of their own message: their own words, the answer, the public history. */
export function presentCitizenMessage({
  message,
  history,
}: CitizenMessageRecord): CitizenMessageView {
  return {
    id: String(message._id),
    code: message.code,
    category: message.category,
    title: message.title,
    content: message.content,
    ...(message.name ? { name: message.name } : {}),
    status: message.status,
    receivedAt: toBeijingIsoString(message.receivedAt),
    dueDate: message.dueDate,
    dueAt: toBeijingIsoString(message.dueAt),
    provisional: message.provisional,
    ...(unitName(message.unit) ? { unitName: unitName(message.unit) } : {}),
    ...presentAnswerParts(message),
    conversation: presentConversation(message, 'citizen'),
    canRate: nextStatus(message.status, 'rate') !== undefined,
    canFollowUp:
      nextStatus(message.status, 'followUp') !== undefined && message.followUps < MAX_FOLLOW_UPS,
    history: history.map((event) => ({
      type: event.type,
      at: toBeijingIsoString(event.at),
      label: historyLabel(event),
    })),
  }
}

/** One row of 我的留言. */
export function presentMyMessageRow(message: Message): MyMessageListItem {
  return {
    code: message.code,
    category: message.category,
    title: message.title,
    status: message.status,
    receivedAt: toBeijingIsoString(message.receivedAt),
    dueDate: message.dueDate,
    provisional: message.provisional,
  }
}
