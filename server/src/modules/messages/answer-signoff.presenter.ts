import {
  SIGNOFF_LEVEL_LABELS,
  signoffLevelOf,
  type SignoffRules,
  toBeijingIsoString,
  type DispatchNoteView,
  type PendingAnswerView,
  type SignoffLevel,
} from '@zhengmin/shared'
import { pendingAnswerOf as currentPending, type Message } from './message.model'
import type { MessageEvent } from './message-event.model'

/** The row badge: 待签发 or 退回修改. */
export function presentSignoffBadge(message: Pick<Message, 'pendingAnswer' | 'unit'>) {
  const pending = currentPending(message)
  return pending ? { signoff: pending.status } : {}
}

/** The detail's pending answer and 分办意见 (staff only; the citizen's view never has them). */
export function presentSignoffParts(
  message: Pick<Message, 'pendingAnswer' | 'unit' | 'dispatchNote'>,
  rules: SignoffRules,
): {
  signoffLevel?: SignoffLevel
  pendingAnswer?: PendingAnswerView
  dispatchNote?: DispatchNoteView
} {
  const pending = currentPending(message)
  const note = message.dispatchNote
  const level = signoffLevelOf(rules, message.unit)
  return {
    ...(level === 'none' ? {} : { signoffLevel: level }),
    ...(pending
      ? {
          pendingAnswer: {
            status: pending.status,
            kind: pending.kind,
            content: pending.content,
            level: pending.level,
            submittedAt: toBeijingIsoString(pending.submittedAt),
            authorName: pending.staffName,
            ...(pending.returned
              ? {
                  returned: {
                    comment: pending.returned.comment,
                    at: toBeijingIsoString(pending.returned.at),
                    byName: pending.returned.staffName,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(note
      ? {
          dispatchNote: {
            text: note.text,
            at: toBeijingIsoString(note.at),
            byName: note.staffName,
          },
        }
      : {}),
  }
}

/** Chinese line of a sign-off or 分办意见 event in the staff history; undefined for others. */
export function signoffHistoryLabel(event: MessageEvent): string | undefined {
  const data = event.data ?? {}
  const level = SIGNOFF_LEVEL_LABELS[data.level as SignoffLevel] as string | undefined
  switch (event.type) {
    case 'answer_submitted':
      return `${data.resubmitted === true ? '修改后重新提交答复' : '提交答复'}，待${level ?? '签发'}`
    case 'answer_returned':
      return `答复退回修改（撰写人：${String(data.authorName)}）`
    case 'answer_signed_off':
      return `答复已签发（撰写人：${String(data.authorName)}）`
    case 'dispatch_noted':
      return '分办意见'
    default:
      return undefined
  }
}
