import { Input, ScrollView, Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import {
  DISCLOSURE_STATE_LABELS,
  guidePendingChangeBodySchema,
  guideSchema,
  toFieldErrors,
  type Guide,
} from '@zhengmin/shared'
import { useMemo, useState } from 'react'
import { FormField } from '../../components/FormField'
import { SubmitButton } from '../../components/SubmitButton'
import { GuideParts } from '../../pages/guides/GuideParts'
import { failureText } from '../../services/api'
import {
  getStaffGuide,
  publishGuide,
  recordGuideChange,
  type StaffGuideDetail,
} from '../../services/staff-guides'
import { useElderModeClass } from '../../stores/elder-mode'
import { formatBeijingDateTime, formatChineseDate } from '../../utils/dates'
import { StaffShell } from '../desk/StaffShell'
import { LoadState } from '../LoadState'
import { useStaffData } from '../useStaffData'
import { FieldErrorsContext } from './form/controls'
import {
  errorSummary,
  fieldErrorMap,
  FORM_SECTIONS,
  sectionOf,
  type FormSection,
} from './form/errors'
import { SectionEditor } from './form/SectionEditor'
import '../../pages/guides/index.scss'
import './editor.scss'
import { pressable } from '../../a11y/pressable'

const NOTHING_TICKED: ReadonlySet<string> = new Set()

/**
 * 编辑办事指南 (office, H5 first, usable on a phone): each part as form fields — materials,
 * steps, phone lines and legal basis as rows that can be added, removed and reordered, a 待确认
 * toggle per field — with the errors next to their fields, a preview drawn by the citizen's own
 * component, and publishing as a new version whose history says what changed.
 */
export default function GuideEditor() {
  const loaded = useStaffData<StaffGuideDetail>()
  const { session, data: detail, setData: setDetail, handleSignedOut } = loaded
  const elderClass = useElderModeClass()
  const [draft, setDraft] = useState<Guide | null>(null)
  const [section, setSection] = useState<FormSection>('basicInfo')
  const [previewing, setPreviewing] = useState(false)
  const [showErrors, setShowErrors] = useState(false)
  const [summary, setSummary] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<'publish' | 'change' | null>(null)
  const [change, setChange] = useState({ effectiveOn: '', note: '' })

  function show(loaded: StaffGuideDetail) {
    setDetail(loaded)
    setDraft(loaded.guide)
    setShowErrors(false)
  }

  useLoad((params: Record<string, string | undefined>) => {
    const slug = params.slug ? decodeURIComponent(params.slug) : ''
    void loaded.load(async () => {
      const guide = await getStaffGuide(slug)
      setDraft(guide.guide)
      setShowErrors(false)
      return guide
    })
  })

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
      setChange({ effectiveOn: '', note: '' })
      setErrors([])
    } catch (error) {
      if (handleSignedOut(error)) return
      setProblem(failureText(error, '保存未成功'))
    } finally {
      setBusy(null)
    }
  }

  if (!session) return <View className="zm-page" data-testid="guide-editor" />
  if (!detail || !draft) {
    return (
      <StaffShell current="guides" session={session}>
        <View className="zm-page" data-testid="guide-editor">
          <LoadState state={loaded} testId="guide-editor-load" />
        </View>
      </StaffShell>
    )
  }

  return (
    <StaffShell current="guides" session={session}>
      <View className={`zm-page guide-editor ${elderClass}`} data-testid="guide-editor">
        <View className="zm-card">
          <Text className="guide-editor__heading">
            {detail.seedItem}. {detail.shortName}（第 {detail.version} 版）
          </Text>
          <Text className="zm-muted" data-testid="guide-editor-disclosure">
            {DISCLOSURE_STATE_LABELS[detail.disclosure.state]}
            {detail.pendingChange
              ? `：${formatChineseDate(detail.pendingChange.effectiveOn)}生效的变化（${detail.pendingChange.note}）须在${formatChineseDate(detail.disclosure.dueDate ?? '')}前公开`
              : ''}
          </Text>
        </View>

        <View className="zm-card">
          <Text className="guide-editor__heading">登记已生效的变化</Text>
          <Text className="zm-muted">政策或流程变化生效后，须在 20 个工作日内更新指南。</Text>
          <Input
            className="zm-input guide-editor__field"
            placeholder="生效日期，如 2026-12-01"
            value={change.effectiveOn}
            data-testid="guide-change-date"
            onInput={(event) => setChange({ ...change, effectiveOn: event.detail.value.trim() })}
          />
          <Input
            className="zm-input guide-editor__field"
            placeholder="发生了什么变化"
            value={change.note}
            data-testid="guide-change-note"
            onInput={(event) => setChange({ ...change, note: event.detail.value })}
          />
          <SubmitButton
            testId="guide-change-submit"
            busy={busy === 'change'}
            label="登记变化"
            busyLabel="正在保存…"
            onSubmit={recordChange}
          />
        </View>

        <View className="zm-card guide-form" data-testid="guide-form">
          <View className="guide-form__top">
            <Text className="guide-editor__heading">编辑内容</Text>
            <View
              role="button"
              className="guide-form__preview-toggle"
              aria-pressed={previewing ? 'true' : 'false'}
              data-testid="guide-preview-toggle"
              onClick={() => setPreviewing(!previewing)}
            >
              {previewing ? '返回编辑' : '预览（公众看到的样子）'}
            </View>
          </View>
          {previewing ? (
            <View className="guide-form__preview" data-testid="guide-preview">
              <GuideParts guide={draft} ticked={NOTHING_TICKED} onToggle={() => undefined} />
            </View>
          ) : (
            <FieldErrorsContext.Provider value={fieldErrors}>
              <ScrollView scrollX className="guide-form__tabs">
                {FORM_SECTIONS.map(([key, label]) => {
                  const count = issues.filter((issue) => sectionOf(issue.path) === key).length
                  return (
                    <View
                      key={key}
                      role="tab"
                      aria-selected={key === section ? 'true' : 'false'}
                      className={
                        key === section ? 'guide-form__tab guide-form__tab--on' : 'guide-form__tab'
                      }
                      data-testid={`guide-form-tab-${key}`}
                      onClick={() => setSection(key)}
                    >
                      {label}
                      {showErrors && count > 0 ? (
                        <Text className="guide-form__tab-errors">（{count}处待改）</Text>
                      ) : null}
                    </View>
                  )
                })}
              </ScrollView>
              <View className="guide-form__section" data-testid={`guide-form-section-${section}`}>
                <SectionEditor section={section} draft={draft} onChange={setDraft} />
              </View>
            </FieldErrorsContext.Provider>
          )}
          <FormField name="guide-summary" label="修改说明（记入历史）">
            <Input
              className="zm-input"
              value={summary}
              placeholder="如：申请材料调整为只需身份证"
              data-testid="guide-summary"
              onInput={(event) => setSummary(event.detail.value)}
            />
          </FormField>
        </View>

        {problems.length > 0 ? (
          <View className="zm-problem" role="alert" data-testid="guide-editor-errors">
            {problems.map((error) => (
              <Text key={error} className="guide-editor__error">
                {error}
              </Text>
            ))}
          </View>
        ) : null}
        {problem ? (
          <View className="zm-problem" role="alert" data-testid="guide-editor-error">
            <Text>{problem}</Text>
            <View className="zm-link" {...pressable(loaded.retry)}>
              重新加载
            </View>
          </View>
        ) : null}

        <SubmitButton
          testId="guide-publish"
          busy={busy === 'publish'}
          label="发布新版本"
          busyLabel="正在发布…"
          onSubmit={publish}
        />

        <View className="zm-card guide-editor__history" data-testid="guide-history">
          <Text className="guide-editor__heading">修改历史</Text>
          {detail.history.length === 0 ? (
            <Text className="zm-muted">第 1 版为随系统发布的内容，尚无修改。</Text>
          ) : (
            detail.history.map((revision) => (
              <View
                key={revision.version}
                className="guide-editor__revision"
                data-testid="guide-revision"
              >
                <Text className="guide-editor__label">
                  第 {revision.version} 版 · {revision.by} · {formatBeijingDateTime(revision.at)}
                </Text>
                <Text className="guide-editor__line">{revision.summary}</Text>
                {revision.changes && revision.changes.length > 0 ? (
                  revision.changes.map((line) => (
                    <Text
                      key={line}
                      className="guide-editor__line"
                      data-testid="guide-revision-change"
                    >
                      · {line}
                    </Text>
                  ))
                ) : (
                  <Text className="zm-muted guide-editor__line">
                    修改部分：{revision.changedParts.join('、')}
                  </Text>
                )}
                {revision.disclosedOnTime === undefined ? null : (
                  <Text className="zm-muted guide-editor__line">
                    {revision.disclosedOnTime ? '在20个工作日内公开' : '超过20个工作日才公开'}
                  </Text>
                )}
              </View>
            ))
          )}
        </View>
      </View>
    </StaffShell>
  )
}
