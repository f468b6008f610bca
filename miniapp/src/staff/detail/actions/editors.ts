import {
  awaitsReply,
  canActOnMessage,
  heldBySignoff,
  nextStatus,
  type StaffMessageAction,
  type StaffMessageDetail,
  type StaffPrincipal,
} from '@zhengmin/shared'
import type { UnitOption } from '../../../services/staff'
import type { StaffAction, StaffActionBodies } from '../../../services/staff-messages'
import type { Confirmation } from '../useStaffSubmit'

/** The action forms of the 办理 card, one tab each. */
export type Editor = 'assign' | 'reply' | 'decline' | 'transfer' | 'note' | 'extension' | 'review'

export const EDITOR_LABELS: Record<Editor, string> = {
  assign: '分办',
  reply: '答复',
  decline: '不予受理',
  transfer: '转办',
  note: '内部备注',
  extension: '申请延期',
  review: '审批延期',
}

/** The editors this staff member may use on the message in its current state. */
export function availableEditors(message: StaffMessageDetail, staff: StaffPrincipal): Editor[] {
  const scope = { status: message.status, ...(message.unit ? { unit: message.unit } : {}) }
  // Nothing goes past an answer waiting for sign-off: it is approved or sent back first.
  const may = (action: StaffMessageAction) =>
    canActOnMessage(staff, scope, action) && !heldBySignoff(message.pendingAnswer, action)
  const editors: Editor[] = []
  if (may('assign') && nextStatus(message.status, 'assign')) editors.push('assign')
  if (may('reply') && nextStatus(message.status, 'reply')) editors.push('reply')
  if (may('transfer') && nextStatus(message.status, 'transfer')) editors.push('transfer')
  if (may('decline') && nextStatus(message.status, 'decline')) editors.push('decline')
  const pending = message.extension?.status === 'requested'
  if (may('requestExtension') && awaitsReply(message.status) && message.unit && !pending) {
    editors.push('extension')
  }
  if (may('approveExtension') && pending) editors.push('review')
  if (may('note')) editors.push('note')
  return editors
}

const DONE_TEXT: Record<StaffAction, string> = {
  assign: '已分办',
  transfer: '已转办',
  notes: '备注已保存',
  reply: '答复已发送',
  decline: '已不予受理',
  extension: '延期申请已提交',
  'extension/approve': '已同意延期',
  'extension/refuse': '已不同意延期',
  'signoff/approve': '已签发，答复已发送',
  'signoff/return': '已退回修改',
}

/** The toast after an action: an answer held for sign-off has not been sent. */
export function doneText(action: StaffAction, updated: StaffMessageDetail): string {
  const held = (action === 'reply' || action === 'decline') && updated.pendingAnswer
  return held ? '答复已提交，等待签发' : DONE_TEXT[action]
}

/** Sends one action on the message (after the confirmation, if any); the panel handles the outcome. */
export type RunAction = <A extends StaffAction>(
  action: A,
  body: StaffActionBodies[A],
  confirmation?: Confirmation,
) => Promise<void>

/** What every action form gets from the panel. */
export interface ActionFormProps {
  message: StaffMessageDetail
  staff: StaffPrincipal
  units: UnitOption[]
  busy: boolean
  run: RunAction
}
