import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { failureText, isApiError } from '../../services/api'

/** The question asked before an action that cannot be undone. */
export interface Confirmation {
  title: string
  content: string
  /** The confirm button's text; 确定 unless the action names itself (e.g. 签发). */
  confirmText?: string
}

interface StaffSubmitOptions {
  onSignedOut: () => void
  /**
   * Someone else acted first (409): the user is told the page was refreshed and the page
   * reloads the message. Without it a 409 reads like any other refusal.
   */
  onConflict?: () => void
}

/**
 * One staff action at a time on the detail page: an optional confirmation, then the call, with
 * `busy` for the buttons and `problem` for what went wrong (signed out, conflict, the server's
 * refusal or a network failure). A second tap while a call is under way is ignored.
 */
export function useStaffSubmit({ onSignedOut, onConflict }: StaffSubmitOptions) {
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // A ref, not `busy`: two taps within one render must not both send.
  const inFlight = useRef(false)

  async function submit<T>(
    work: () => Promise<T>,
    onDone: (result: T) => void,
    confirmation?: Confirmation,
  ): Promise<void> {
    if (inFlight.current) return
    inFlight.current = true
    setProblem(null)
    try {
      if (confirmation) {
        const { confirmText = '确定', ...question } = confirmation
        const { confirm } = await Taro.showModal({ ...question, confirmText, cancelText: '取消' })
        if (!confirm) return
      }
      setBusy(true)
      onDone(await work())
    } catch (failure) {
      if (isApiError(failure) && failure.status === 401) {
        onSignedOut()
      } else if (onConflict && isApiError(failure) && failure.status === 409) {
        setProblem(`${failure.message}（已刷新为最新状态，请查看后再操作）`)
        onConflict()
      } else {
        setProblem(failureText(failure, '操作未成功，请稍后重试'))
      }
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  return { busy, problem, setProblem, submit }
}
