import { suggestUnit, unitName, type RoutingRule } from '@zhengmin/config'
import { presentAnswerParts, presentConversation } from './message-parts.presenter'
import {
  presentSignoffBadge,
  presentSignoffParts,
  signoffHistoryLabel,
} from './answer-signoff.presenter'
import {
  channelOf,
  toBeijingIsoString,
  type MessageStatus,
  type SignoffRules,
  type StaffHistoryEntry,
  type StaffMessageDetail,
  type StaffMessageListItem,
  urgencyOf,
  type WageArrears,
  type WorkingCalendar,
} from '@zhengmin/shared'
import type { Message } from './message.model'
import type { MessageEvent } from './message-event.model'
import { answerLabel, dispatchLabel, mergeLabel } from './merge-labels'

/** What the urgency of a row depends on besides the message: the calendar and the moment. */
export interface UrgencyContext {
  calendar: WorkingCalendar
  /** Beijing date of `now`. */
  today: string
  now: Date
}

/** One inbox row. */
export function presentStaffSummary(
  message: Message,
  context: UrgencyContext,
): StaffMessageListItem {
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
    // 0 on the due date, negative once overdue.
    workingDaysLeft: context.calendar.workingDaysBetween(context.today, message.dueDate),
    urgency: urgencyOf(message, context.calendar, context.now),
    extended: (message.extensionWorkingDays ?? 0) > 0,
    ...(message.extension ? { extensionStatus: message.extension.status } : {}),
    ...presentSignoffBadge(message),
    ...(message.duplicateOf ? { mergedIntoCode: message.duplicateOf.code } : {}),
    channel: channelOf(message),
    ...(message.hotlineTicketId ? { hotlineTicketId: message.hotlineTicketId } : {}),
  }
}

/** Chinese line of the history as staff read it. */
function staffLabel(event: MessageEvent): string {
  const data = event.data ?? {}
  switch (event.type) {
    case 'submitted':
      // Messages from other channels name theirs (modules/intake): 代录入（电话）, 12345工单.
      if (typeof data.ticketId === 'string' && event.actor.kind === 'system')
        return `收到12345工单 ${data.ticketId}`
      return typeof data.channelLabel === 'string' ? `代录入（${data.channelLabel}）` : '留言已提交'
    case 'assigned':
      return dispatchLabel(data, unitName(data.unit) ?? '科室')
    case 'transferred':
      return `由${unitName(data.fromUnit) ?? '原科室'}转交${unitName(data.toUnit) ?? '其他科室'}`
    case 'replied':
    case 'declined':
      return answerLabel(event.type, data)
    case 'note':
      return '内部备注'
    case 'deadline_recomputed':
      return `答复期限调整为 ${String(data.toDueDate)}`
    case 'extension_requested':
      return `申请延期 ${String(data.workingDays)} 个工作日`
    case 'extension_approved':
      return `延期获批，答复期限延至 ${String(data.toDueDate)}`
    case 'extension_refused':
      return '延期申请未获批准'
    case 'followed_up':
      return '留言人追问，重新计时'
    case 'rated':
      return `留言人评价：${String(data.level)} 星`
    case 'closed':
      return '答复后超过期限未评价，自动办结'
    case 'published':
      return data.overrideReason ? '回复选登（未处理疑似个人信息，已说明理由）' : '回复选登'
    case 'unpublished':
      return '撤下回复选登'
    case 'merged':
    case 'unmerged':
    case 'duplicate_merged':
    case 'duplicate_unmerged':
      return mergeLabel(event.type, data)
    default:
      return signoffHistoryLabel(event) ?? event.type
  }
}

function presentHistoryEntry(event: MessageEvent): StaffHistoryEntry {
  const data = event.data ?? {}
  const text = data.text ?? data.reason ?? data.overrideReason
  return {
    id: String(event._id),
    type: event.type,
    at: toBeijingIsoString(event.at),
    ...(typeof data.actorName === 'string' ? { actorName: data.actorName } : {}),
    actorKind: event.actor.kind,
    ...(event.fromStatus ? { fromStatus: event.fromStatus as MessageStatus } : {}),
    ...(event.toStatus ? { toStatus: event.toStatus as MessageStatus } : {}),
    label: staffLabel(event),
    internal: !event.visibleToCitizen,
    ...(typeof text === 'string' ? { text } : {}),
  }
}

/** The 欠薪 details field by field (the message may be a document, its parts not plain). */
function presentWageArrears(details: WageArrears): WageArrears {
  return {
    employer: details.employer,
    ...(details.siteAddress ? { siteAddress: details.siteAddress } : {}),
    ...(details.workers !== undefined ? { workers: details.workers } : {}),
    ...(details.amountYuan !== undefined ? { amountYuan: details.amountYuan } : {}),
    ...(details.periodFrom ? { periodFrom: details.periodFrom } : {}),
    ...(details.periodTo ? { periodTo: details.periodTo } : {}),
  }
}

/** The full record staff work from: contact details, answer, extension and the whole history. */
export function presentStaffDetail(
  message: Message,
  history: MessageEvent[],
  context: UrgencyContext,
  routingRules: readonly RoutingRule[] = [],
  signoffRules: SignoffRules = {},
): StaffMessageDetail {
  const extension = message.extension
  // Only while the office still has to choose a unit.
  const suggestion = message.status === 'submitted' ? suggestUnit(message, routingRules) : undefined
  const suggestedName = suggestion ? unitName(suggestion.unit) : undefined
  return {
    ...presentStaffSummary(message, context),
    content: message.content,
    ...(message.name ? { name: message.name } : {}),
    phone: message.phone,
    ...(message.suggestedUnit ? { suggestedUnit: message.suggestedUnit } : {}),
    ...(suggestion && suggestedName
      ? { routingSuggestion: { ...suggestion, unitName: suggestedName } }
      : {}),
    allowPublish: message.allowPublish,
    ...(message.wageArrears ? { wageArrears: presentWageArrears(message.wageArrears) } : {}),
    ...(extension
      ? {
          extension: {
            workingDays: extension.workingDays,
            reason: extension.reason,
            status: extension.status,
            requestedAt: toBeijingIsoString(extension.requestedAt),
            originalDueDate: extension.originalDueDate,
          },
        }
      : {}),
    ...presentAnswerParts(message),
    conversation: presentConversation(message, 'staff'),
    ...(message.answeredOnTime !== undefined ? { onTime: message.answeredOnTime } : {}),
    ...presentSignoffParts(message, signoffRules),
    history: history.map(presentHistoryEntry),
  }
}
