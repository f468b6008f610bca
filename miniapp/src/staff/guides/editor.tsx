import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import {
  DISCLOSURE_STATE_LABELS,
  GUIDE_PART_LABELS,
  GUIDE_PARTS,
  guidePendingChangeBodySchema,
  guideSchema,
  toFieldErrors,
  type Guide,
} from '@zhengmin/shared'
import { useState } from 'react'
import { SubmitButton } from '../../components/SubmitButton'
import { failureText, isApiError } from '../../services/api'
import { isSignedOut } from '../../services/staff'
import {
  getStaffGuide,
  publishGuide,
  recordGuideChange,
  type StaffGuideDetail,
} from '../../services/staff-guides'
import { useElderModeClass } from '../../stores/elder-mode'
import { staffSession } from '../../stores/staff-session'
import { formatBeijingDateTime, formatChineseDate } from '../../utils/dates'
import { toStaffLogin } from '../navigation'
import './editor.scss'
import { pressable } from '../../a11y/pressable'

/** The parts edited as structured text (JSON), each with its Chinese name. */
const SECTIONS = [
  ...GUIDE_PARTS.map((part) => [part, GUIDE_PART_LABELS[part]] as const),
  ['contact', '咨询及监督电话'] as const,
  ['faq', '常见问题'] as const,
]
type Section = (typeof SECTIONS)[number][0]

const sectionTexts = (guide: Guide) =>
  Object.fromEntries(SECTIONS.map(([key]) => [key, JSON.stringify(guide[key], null, 2)])) as Record<
    Section,
    string
  >

/**
 * 编辑办事指南 (office, H5 first): names as fields, each part as structured text checked
 * against the same rules as the server; publishing makes a new version with a history entry.
 */
export default function GuideEditor() {
  const [session] = useState(() => staffSession())
  const elderClass = useElderModeClass()
  const [detail, setDetail] = useState<StaffGuideDetail | null>(null)
  const [names, setNames] = useState({ officialName: '', shortName: '' })
  const [texts, setTexts] = useState<Record<Section, string> | null>(null)
  const [summary, setSummary] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<'publish' | 'change' | null>(null)
  const [change, setChange] = useState({ effectiveOn: '', note: '' })

  function show(loaded: StaffGuideDetail) {
    setDetail(loaded)
    setNames({ officialName: loaded.guide.officialName, shortName: loaded.guide.shortName })
    setTexts(sectionTexts(loaded.guide))
  }

  async function load(slug: string) {
    setProblem(null)
    try {
      show(await getStaffGuide(slug))
    } catch (error) {
      if (isSignedOut(error)) return toStaffLogin(true)
      setProblem(isApiError(error) ? error.message : '加载失败，请稍后重试')
    }
  }

  useLoad((params: Record<string, string | undefined>) => {
    if (!session) return toStaffLogin(false)
    load(params.slug ? decodeURIComponent(params.slug) : '')
  })

  /** The edited guide, or the list of what is wrong (in Chinese, by part). */
  function edited(): Guide | undefined {
    if (!detail || !texts) return undefined
    const problems: string[] = []
    const parts: Record<string, unknown> = {}
    for (const [key, label] of SECTIONS) {
      try {
        parts[key] = JSON.parse(texts[key])
      } catch {
        problems.push(`${label}：格式有误（须为有效的 JSON）`)
      }
    }
    if (problems.length === 0) {
      const parsed = guideSchema.safeParse({ ...detail.guide, ...names, ...parts })
      if (parsed.success) {
        setErrors([])
        return parsed.data
      }
      for (const error of toFieldErrors(parsed.error)) {
        const top = error.field.split('.')[0] ?? ''
        const label = SECTIONS.find(([key]) => key === top)?.[1] ?? top
        problems.push(`${label}（${error.field}）：${error.message}`)
      }
    }
    setErrors(problems)
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
      if (isSignedOut(error)) return toStaffLogin(true)
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
      if (isSignedOut(error)) return toStaffLogin(true)
      setProblem(failureText(error, '保存未成功'))
    } finally {
      setBusy(null)
    }
  }

  if (!session) return <View className="zm-page" data-testid="guide-editor" />
  if (!detail || !texts) {
    return (
      <View className="zm-page" data-testid="guide-editor">
        {problem ? (
          <View className="zm-problem" role="alert" data-testid="guide-editor-error">
            <Text>{problem}</Text>
          </View>
        ) : (
          <Text className="zm-muted">正在加载…</Text>
        )}
      </View>
    )
  }

  return (
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

      <View className="zm-card">
        <Text className="guide-editor__heading">编辑内容</Text>
        <Text className="guide-editor__label">事项名称</Text>
        <Input
          className="zm-input"
          value={names.officialName}
          data-testid="guide-official-name"
          onInput={(event) => setNames({ ...names, officialName: event.detail.value })}
        />
        <Text className="guide-editor__label">简称</Text>
        <Input
          className="zm-input"
          value={names.shortName}
          data-testid="guide-short-name"
          onInput={(event) => setNames({ ...names, shortName: event.detail.value })}
        />
        <Text className="zm-muted guide-editor__hint">
          以下各部分为结构化文本：尚未确认的内容写作 {'{"status":"pending"}'}，确认后写作{' '}
          {'{"status":"known","value":…}'}。
        </Text>
        {SECTIONS.map(([key, label]) => (
          <View key={key} className="guide-editor__section">
            <Text className="guide-editor__label">{label}</Text>
            <Textarea
              className="zm-textarea guide-editor__json"
              value={texts[key]}
              maxlength={-1}
              autoHeight
              data-testid={`guide-section-${key}`}
              onInput={(event) => setTexts({ ...texts, [key]: event.detail.value })}
            />
          </View>
        ))}
        <Text className="guide-editor__label">修改说明（记入历史）</Text>
        <Input
          className="zm-input"
          value={summary}
          placeholder="如：申请材料调整为只需身份证"
          data-testid="guide-summary"
          onInput={(event) => setSummary(event.detail.value)}
        />
      </View>

      {errors.length > 0 ? (
        <View className="zm-problem" role="alert" data-testid="guide-editor-errors">
          {errors.map((error) => (
            <Text key={error} className="guide-editor__error">
              {error}
            </Text>
          ))}
        </View>
      ) : null}
      {problem ? (
        <View className="zm-problem" role="alert" data-testid="guide-editor-error">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(() => load(detail.slug))}>
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
              <Text className="zm-muted guide-editor__line">
                修改部分：{revision.changedParts.join('、')}
              </Text>
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
  )
}
