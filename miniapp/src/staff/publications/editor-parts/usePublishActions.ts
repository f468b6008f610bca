import Taro from '@tarojs/taro'
import {
  publicationBodySchema,
  toFieldErrors,
  type PublicationDraft,
  type PublicationFinding,
  type PublicationText,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { failureText, isApiError } from '../../../services/api'
import { checkPublication, publish } from '../../../services/publications'
import { addToBatch } from '../../../stores/publication-batch'

type Busy = 'publish' | 'check' | 'batch'

/**
 * The editor's actions on the text: ask the server to check it, set it aside for a batch,
 * publish (with an override reason when the office publishes over findings). One at a time;
 * the server's findings and refusals come back through the setters.
 */
export function usePublishActions({
  draft,
  text,
  overrideReason,
  setServerFindings,
  handleSignedOut,
}: {
  draft: PublicationDraft | null
  text: PublicationText
  overrideReason: string
  setServerFindings: (findings: PublicationFinding[]) => void
  handleSignedOut: (error: unknown) => boolean
}) {
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<Busy | null>(null)
  /** The server refused because of WeChat's content check: the override is offered. */
  const [contentRisk, setContentRisk] = useState(false)
  const inFlight = useRef(false)

  /** Validates the form as the server will; returns the body or undefined (errors shown). */
  function body(withOverride: boolean) {
    if (!draft) return undefined
    const parsed = publicationBodySchema.safeParse({
      messageId: draft.messageId,
      ...text,
      ...(withOverride ? { override: { reason: overrideReason } } : {}),
    })
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {}
      for (const error of toFieldErrors(parsed.error)) fieldErrors[error.field] ??= error.message
      setErrors(fieldErrors)
      return undefined
    }
    setErrors({})
    return parsed.data
  }

  async function guarded(kind: Busy, run: () => Promise<void>) {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(kind)
    setProblem(null)
    try {
      await run()
    } catch (error) {
      if (handleSignedOut(error)) return
      if (isApiError(error) && error.code === 'personal_data_found') {
        setServerFindings(error.findings ?? [])
        setProblem(error.message)
      } else if (isApiError(error) && error.code === 'content_risk') {
        // WeChat's content check: publishing takes the same recorded override reason.
        setContentRisk(true)
        setProblem(error.message)
      } else {
        setProblem(failureText(error, '操作未成功，请稍后重试'))
      }
    } finally {
      inFlight.current = false
      setBusy(null)
    }
  }

  /** Asks the server (which knows the author's name and phone) for findings in this text. */
  function check() {
    const request = body(false)
    if (!request) return
    return guarded('check', async () => {
      const result = await checkPublication(request)
      setServerFindings(result.findings)
      Taro.showToast({
        title:
          result.findings.length === 0
            ? '未发现个人信息'
            : `发现 ${result.findings.length} 处疑似个人信息`,
        icon: 'none',
      })
    })
  }

  function setAside() {
    const request = body(false)
    if (!request) return
    return guarded('batch', async () => {
      const result = await checkPublication(request)
      if (result.findings.length > 0) {
        setServerFindings(result.findings)
        setProblem('仍有疑似个人信息，处理后才能加入批量发布')
        return
      }
      addToBatch(request)
      Taro.showToast({ title: '已加入批量发布', icon: 'none' })
      Taro.navigateBack().catch(() => {})
    })
  }

  function submit(withOverride: boolean) {
    const request = body(withOverride)
    if (!request) return
    return guarded('publish', async () => {
      const { confirm } = await Taro.showModal({
        title: withOverride ? '确认仍要发布' : '确认发布',
        content: withOverride
          ? '内容中仍有疑似个人信息，将连同您填写的理由一并记录。确定公开发布吗？'
          : '发布后公众即可在“回复选登”中看到该内容。确定发布吗？',
        confirmText: '发布',
        cancelText: '取消',
      })
      if (!confirm) return
      await publish(request)
      Taro.showToast({ title: '已发布', icon: 'none' })
      Taro.navigateBack().catch(() => {})
    })
  }

  /** Forgets a field's error once the office edits it. */
  function clearError(field: string) {
    setErrors((previous) => ({ ...previous, [field]: undefined }))
  }

  return { errors, problem, busy, contentRisk, check, setAside, submit, clearError }
}
