import { presentAnswerParts, unitName } from './message-parts.presenter'
import { toBeijingIsoString, type WorkingCalendar } from '@zhengmin/shared'
import type { Message } from './message.model'
import type { MessageEvent } from './message-event.model'

/** Working days from today to the due date; negative once overdue, 0 on the due date. */
function workingDaysLeft(calendar: WorkingCalendar, today: string, dueDate: string): number {
  return calendar.workingDaysBetween(today, dueDate)
}

/** One inbox row. */
export function presentStaffSummary(message: Message, calendar: WorkingCalendar, today: string) {
  return {
    id: String(message._id),
    code: message.code,
    category: message.category,
    title: message.title,
    status: message.status,
    ...(message.unit ? { unit: message.unit, unitName: unitName(message.unit) } : {}),
    receivedAt: toBeijingIsoString(message.receivedAt),
    dueDate: message.dueDate,
    dueAt: toBeijingIsoString(message.dueAt),
    provisional: message.provisional,
    workingDaysLeft: workingDaysLeft(calendar, today, message.dueDate),
    ...(message.answeredOnTime !== undefined ? { answeredOnTime: message.answeredOnTime } : {}),
  }
}

/** Chinese line of the history as staff read it. */
function staffLabel(event: MessageEvent): string {
  const data = event.data ?? {}
  switch (event.type) {
    case 'submitted':
      return '留言已提交'
    case 'assigned':
      return `分派至${unitName(data.unit) ?? '科室'}`
    case 'transferred':
      return `由${unitName(data.fromUnit) ?? '原科室'}转交${unitName(data.toUnit) ?? '其他科室'}`
    case 'replied':
      return data.onTime === false ? '已答复（超期）' : '已答复'
    case 'declined':
      return '不予受理'
    case 'note':
      return '内部备注'
    case 'deadline_recomputed':
      return `答复期限调整为 ${String(data.toDueDate)}`
    case 'followed_up':
      return '留言人追问，重新计时'
    case 'rated':
      return `留言人评价：${String(data.level)} 星`
    default:
      return event.type
  }
}

/** The full record staff work from: contact details, answer and the whole history. */
export function presentStaffDetail(
  message: Message,
  history: MessageEvent[],
  calendar: WorkingCalendar,
  today: string,
) {
  return {
    ...presentStaffSummary(message, calendar, today),
    content: message.content,
    ...(message.name ? { name: message.name } : {}),
    phone: message.phone,
    ...(message.suggestedUnit ? { suggestedUnit: message.suggestedUnit } : {}),
    allowPublish: message.allowPublish,
    ...presentAnswerParts(message),
    history: history.map((event) => {
      const data = event.data ?? {}
      const text = data.text ?? data.reason
      return {
        id: String(event._id),
        type: event.type,
        at: toBeijingIsoString(event.at),
        label: staffLabel(event),
        internal: !event.visibleToCitizen,
        ...(typeof text === 'string' ? { text } : {}),
        ...(typeof data.actorName === 'string' ? { actorName: data.actorName } : {}),
      }
    }),
  }
}
