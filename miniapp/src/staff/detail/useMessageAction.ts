import Taro from '@tarojs/taro'
import type { StaffMessageDetail } from '@zhengmin/shared'
import {
  actOnStaffMessage,
  type StaffAction,
  type StaffActionBodies,
} from '../../services/staff-messages'
import { useStaffSubmit, type Confirmation } from './useStaffSubmit'

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

/** Sends one action on the message, after the confirmation if one is given. */
export type RunAction = <A extends StaffAction>(
  action: A,
  body: StaffActionBodies[A],
  confirmation?: Confirmation,
) => Promise<void>

interface MessageActionOptions {
  /** After the toast: the panel closes its form and hands the page the updated message. */
  onUpdated: (message: StaffMessageDetail) => void
  /** Someone else acted first (409): the page reloads the message. */
  onConflict: () => void
  onSignedOut: () => void
}

/**
 * Staff actions on one message (办理 and 签发 alike): sent one at a time through
 * useStaffSubmit, each success told in a toast.
 */
export function useMessageAction(
  messageId: string,
  { onUpdated, onConflict, onSignedOut }: MessageActionOptions,
) {
  const { busy, problem, setProblem, submit } = useStaffSubmit({ onSignedOut, onConflict })

  const run: RunAction = (action, body, confirmation) =>
    submit(
      () => actOnStaffMessage(messageId, action, body),
      (updated) => {
        Taro.showToast({ title: doneText(action, updated), icon: 'none' })
        onUpdated(updated)
      },
      confirmation,
    )

  return { busy, problem, setProblem, run }
}
