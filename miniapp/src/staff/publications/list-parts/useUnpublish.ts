import Taro from '@tarojs/taro'
import { useState } from 'react'
import { failureText } from '../../../services/api'
import { unpublish } from '../../../services/publications'
import type { ListActionDeps } from './list-action'

/**
 * 撤下: one publication at a time is taken down, with a reason kept internally, after a
 * confirmation. What went wrong goes to `setProblem`.
 */
export function useUnpublish({ reload, setProblem, handleSignedOut }: ListActionDeps) {
  /** The publication whose reason is being written, or null. */
  const [hiding, setHiding] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  /** Opens the reason form under publication `id`, empty. */
  function start(id: string) {
    setHiding(id)
    setReason('')
  }

  async function hide(id: string) {
    const text = reason.trim()
    if (text.length < 5) {
      setProblem('请填写撤下理由（至少5个字）')
      return
    }
    const { confirm } = await Taro.showModal({
      title: '确认撤下',
      content: '撤下后公众将立即看不到该内容（记录会保留）。确定撤下吗？',
      confirmText: '撤下',
      cancelText: '取消',
    })
    if (!confirm) return
    setBusy(true)
    setProblem(null)
    try {
      await unpublish(id, text)
      Taro.showToast({ title: '已撤下', icon: 'none' })
      setHiding(null)
      setReason('')
      reload()
    } catch (error) {
      if (handleSignedOut(error)) return
      setProblem(failureText(error, '撤下未成功，请稍后重试'))
    } finally {
      setBusy(false)
    }
  }

  return { hiding, reason, setReason, busy, start, cancel: () => setHiding(null), hide }
}

/** The 撤下 state and actions a publication row works with. */
export type Unpublishing = ReturnType<typeof useUnpublish>
