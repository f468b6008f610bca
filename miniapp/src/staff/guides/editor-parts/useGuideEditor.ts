import Taro from '@tarojs/taro'
import {
  guidePendingChangeBodySchema,
  guideSchema,
  toFieldErrors,
  type Guide,
} from '@zhengmin/shared'
import { useMemo, useState } from 'react'
import { failureText } from '../../../services/api'
import {
  getStaffGuide,
  publishGuide,
  recordGuideChange,
  type StaffGuideDetail,
} from '../../../services/staff-guides'
import type { StaffData } from '../../useStaffData'
import { errorSummary, fieldErrorMap, sectionOf, type FormSection } from '../form/errors'

/** A change that took effect, as the office records it (登记已生效的变化). */
export interface PendingChangeInput {
  effectiveOn: string
  note: string
}

const NO_CHANGE: PendingChangeInput = { effectiveOn: '', note: '' }

/**
 * The guide editor's state and actions: the draft being edited and its checks, the section
 * and preview shown, publishing it as a new version, and recording a change that took effect.
 * Errors show next to their fields only once publishing was tried.
 */
export function useGuideEditor(loaded: StaffData<StaffGuideDetail>) {
  const { data: detail, setData: setDetail, handleSignedOut } = loaded
  const [draft, setDraft] = useState<Guide | null>(null)
  const [section, setSection] = useState<FormSection>('basicInfo')
  const [previewing, setPreviewing] = useState(false)
  const [showErrors, setShowErrors] = useState(false)
  const [summary, setSummary] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<'publish' | 'change' | null>(null)
  const [change, setChange] = useState<PendingChangeInput>(NO_CHANGE)

  function show(next: StaffGuideDetail) {
    setDetail(next)
    setDraft(next.guide)
    setShowErrors(false)
  }

  /** Loads the guide named `slug` and starts editing it. */
  function open(slug: string) {
    void loaded.load(async () => {
      const guide = await getStaffGuide(slug)
      setDraft(guide.guide)
      setShowErrors(false)
      return guide
    })
  }

  const issues = useMemo(() => {
    if (!draft) return []
    const parsed = guideSchema.safeParse(draft)
    return parsed.success ? [] : parsed.error.issues
  }, [draft])
  const fieldErrors = useMemo(
    () => (showErrors ? fieldErrorMap(issues) : new Map<string, string>()),
    [issues, showErrors],
  )
  // Once publishing was tried, the summary follows the form as the clerk fixes it.
  const problems = [...(showErrors ? errorSummary(issues) : []), ...errors]

  /** The edited guide, or undefined after showing what is wrong next to each field. */
  function edited(): Guide | undefined {
    if (!draft) return undefined
    const parsed = guideSchema.safeParse(draft)
    if (parsed.success) {
      setErrors([])
      return parsed.data
    }
    setShowErrors(true)
    setPreviewing(false)
    setErrors([])
    const first = parsed.error.issues[0]
    const firstSection = first ? sectionOf(first.path) : undefined
    if (firstSection) setSection(firstSection)
    return undefined
  }

  async function publish() {
    const guide = edited()
    if (!guide || !detail) return
    if (summary.trim().length < 2) {
      setErrors(['请简要说明本次修改（至少2个字）'])
      return
    }
    const { confirm } = await Taro.showModal({
      title: '确认发布新版本',
      content: `发布后公众立即看到第 ${detail.version + 1} 版。确定发布吗？`,
      confirmText: '发布',
      cancelText: '取消',
    })
    if (!confirm) return
    setBusy('publish')
    setProblem(null)
    try {
      show(await publishGuide(detail.slug, { baseVersion: detail.version, guide, summary }))
      setSummary('')
      Taro.showToast({ title: '已发布新版本', icon: 'none' })
    } catch (error) {
      if (handleSignedOut(error)) return
      setProblem(failureText(error, '发布未成功，请稍后重试'))
    } finally {
      setBusy(null)
    }
  }

  async function recordChange() {
    if (!detail) return
    const parsed = guidePendingChangeBodySchema.safeParse(change)
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error).map((e) => e.message))
      return
    }
    setBusy('change')
    setProblem(null)
    try {
      show(await recordGuideChange(detail.slug, parsed.data))
      setChange(NO_CHANGE)
      setErrors([])
    } catch (error) {
      if (handleSignedOut(error)) return
      setProblem(failureText(error, '保存未成功'))
    } finally {
      setBusy(null)
    }
  }

  return {
    detail,
    draft,
    setDraft,
    section,
    setSection,
    previewing,
    togglePreview: () => setPreviewing(!previewing),
    showErrors,
    issues,
    fieldErrors,
    /** What stops publishing or recording, in words (shown together above the button). */
    problems,
    /** Why the last request to the server failed, or null. */
    problem,
    summary,
    setSummary,
    change,
    setChange,
    busy,
    open,
    publish,
    recordChange,
  }
}
