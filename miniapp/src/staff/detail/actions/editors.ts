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
import type { RunAction } from '../useMessageAction'

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

/** What every action form gets from the panel. */
export interface ActionFormProps {
  message: StaffMessageDetail
  staff: StaffPrincipal
  units: UnitOption[]
  busy: boolean
  run: RunAction
}
