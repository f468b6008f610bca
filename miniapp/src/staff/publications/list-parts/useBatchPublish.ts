import Taro from '@tarojs/taro'
import { PERSONAL_DATA_KIND_LABELS, type PublicationInput } from '@zhengmin/shared'
import { useState } from 'react'
import { isApiError } from '../../../services/api'
import { publishBatch } from '../../../services/publications'
import { batchDrafts, clearBatch, removeFromBatch } from '../../../stores/publication-batch'
import type { ListActionDeps } from './list-action'

/** Why a batch was refused, naming the draft that still holds personal data when that is why. */
function batchFailureText(error: unknown, drafts: readonly PublicationInput[]): string {
  if (isApiError(error) && error.findings?.length) {
    const first = error.findings[0]
    const title = drafts.find((d) => d.messageId === first?.messageId)?.title ?? ''
    return `“${title}”中仍有疑似${first ? PERSONAL_DATA_KIND_LABELS[first.kind] : '个人信息'}，请重新编辑后再发布（本批均未发布）`
  }
  return isApiError(error)
    ? `${error.fields?.[0]?.message ?? error.message}（本批均未发布）`
    : '发布未成功，请稍后重试'
}

/**
 * 批量发布: the drafts the office set aside in the editor, taken out one by one or published
 * together after a confirmation. All or none are published; what went wrong goes to `setProblem`.
 */
export function useBatchPublish({ reload, setProblem, handleSignedOut }: ListActionDeps) {
  const [batch, setBatch] = useState(batchDrafts)
  const [busy, setBusy] = useState(false)

  /** Shows the drafts as the store holds them now (the editor may have added some). */
  function refresh() {
    setBatch(batchDrafts())
  }

  function remove(messageId: string) {
    removeFromBatch(messageId)
    refresh()
  }

  async function publishAll() {
    const drafts = batchDrafts()
    if (drafts.length === 0 || busy) return
    const { confirm } = await Taro.showModal({
      title: '确认批量发布',
      content: `将 ${drafts.length} 条已审阅的内容公开发布，公众即可查看。确定发布吗？`,
      confirmText: '发布',
      cancelText: '取消',
    })
    if (!confirm) return
    setBusy(true)
    setProblem(null)
    try {
      const result = await publishBatch(drafts)
      clearBatch()
      setBatch([])
      Taro.showToast({ title: `已发布 ${result.items.length} 条`, icon: 'none' })
      reload()
    } catch (error) {
      if (handleSignedOut(error)) return
      setProblem(batchFailureText(error, drafts))
    } finally {
      setBusy(false)
    }
  }

  return { drafts: batch, busy, refresh, remove, publishAll }
}
