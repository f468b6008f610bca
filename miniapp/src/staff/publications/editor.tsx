import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import {
  beijingDate,
  MESSAGE_CATEGORY_LABELS,
  maskPublicationText,
  PERSONAL_DATA_KIND_LABELS,
  PUBLICATION_FIELDS,
  PUBLICATION_LIMITS,
  publicationBodySchema,
  publicationFieldsOf,
  scanPublicationText,
  toFieldErrors,
  type PublicationDraft,
  type PublicationField,
  type PublicationFinding,
  type PublicationText,
} from '@zhengmin/shared'
import { useMemo, useRef, useState } from 'react'
import { CharCounter } from '../../components/CharCounter'
import { CheckRow } from '../../components/CheckRow'
import { FieldError } from '../../components/FieldError'
import { HighlightedText } from '../../components/HighlightedText'
import { PublicationView } from '../../components/PublicationView'
import { SubmitButton } from '../../components/SubmitButton'
import { failureText, isApiError } from '../../services/api'
import { isSignedOut } from '../../services/staff'
import { checkPublication, getPublicationDraft, publish } from '../../services/publications'
import { useElderModeClass } from '../../stores/elder-mode'
import { addToBatch, isInBatch } from '../../stores/publication-batch'
import { staffSession } from '../../stores/staff-session'
import { toStaffLogin } from '../navigation'
import { ContentCheckNotice } from './ContentCheckNotice'
import './editor.scss'
import { pressable } from '../../a11y/pressable'

const FIELD_LABELS: Record<PublicationField, string> = {
  title: '公开标题',
  question: '公开的留言内容',
  answer: '公开的答复内容',
  followUp: '公开的追问内容',
  followUpAnswer: '公开的再次答复内容',
}
const ORIGINAL_LABELS: Record<PublicationField, string> = {
  title: '标题',
  question: '留言',
  answer: '答复',
  followUp: '追问',
  followUpAnswer: '再次答复',
}
const FIELD_MAX: Record<PublicationField, number> = {
  title: PUBLICATION_LIMITS.titleMax,
  question: PUBLICATION_LIMITS.questionMax,
  answer: PUBLICATION_LIMITS.answerMax,
  followUp: PUBLICATION_LIMITS.followUpMax,
  followUpAnswer: PUBLICATION_LIMITS.answerMax,
}

/** The text without the 追问 and its answer, when the office leaves them out. */
function withoutFollowUp(text: PublicationText): PublicationText {
  const { followUp: _followUp, followUpAnswer: _answer, ...rest } = text
  return rest
}

/** Findings of both scans (the app's own and the server's, which knows the author), deduplicated. */
function merge(...lists: readonly PublicationFinding[][]): PublicationFinding[] {
  const seen = new Map<string, PublicationFinding>()
  for (const finding of lists.flat()) {
    seen.set(`${finding.field}:${finding.start}:${finding.end}`, finding)
  }
  return [...seen.values()].sort((a, b) =>
    a.field === b.field
      ? a.start - b.start
      : PUBLICATION_FIELDS.indexOf(a.field) - PUBLICATION_FIELDS.indexOf(b.field),
  )
}

/**
 * 编辑选登内容: the citizen's original beside the publishable text, personal data highlighted
 * with a one-click mask, a preview exactly as the public sees it, then publish (or set aside
 * for a batch). The server checks again and refuses while findings remain, unless overridden.
 */
export default function PublicationEditor() {
  const [session] = useState(() => staffSession())
  const elderClass = useElderModeClass()
  const [draft, setDraft] = useState<PublicationDraft | null>(null)
  // Everything the office edited, the 追问 part included even while it is left out.
  const [edited, setEdited] = useState<PublicationText>({ title: '', question: '', answer: '' })
  /** Whether the 追问 and the answer to it are published too (offered when the message has one). */
  const [includeFollowUp, setIncludeFollowUp] = useState(true)
  const text = useMemo(
    () => (includeFollowUp ? edited : withoutFollowUp(edited)),
    [edited, includeFollowUp],
  )
  // The server's findings for exactly this text; cleared by any edit.
  const [serverFindings, setServerFindings] = useState<PublicationFinding[]>([])
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [busy, setBusy] = useState<'publish' | 'check' | 'batch' | null>(null)
  const [preview, setPreview] = useState(false)
  const [overriding, setOverriding] = useState(false)
  const [overrideReason, setOverrideReason] = useState('')
  /** The server refused because of WeChat's content check: the override is offered. */
  const [contentRisk, setContentRisk] = useState(false)
  const inFlight = useRef(false)

  const publicContacts = draft?.publicContacts
  const localFindings = useMemo(
    () =>
      scanPublicationText(text, {
        publicNumbers: publicContacts?.phoneNumbers ?? [],
        publicAddresses: publicContacts?.addresses ?? [],
      }),
    [text, publicContacts],
  )
  const findings = useMemo(
    () => merge(localFindings, serverFindings),
    [localFindings, serverFindings],
  )

  useLoad(async (options: Record<string, string | undefined>) => {
    if (!session) return toStaffLogin(false)
    const messageId = options.messageId ? decodeURIComponent(options.messageId) : ''
    try {
      const loaded = await getPublicationDraft(messageId)
      setDraft(loaded)
      setEdited(loaded.proposal)
    } catch (error) {
      if (isSignedOut(error)) return toStaffLogin(true)
      setProblem(isApiError(error) ? error.message : '加载失败，请稍后重试')
    } finally {
      setLoading(false)
    }
  })

  function edit(field: PublicationField, value: string) {
    setEdited((previous) => ({ ...previous, [field]: value }))
    setServerFindings([])
    setOverriding(false)
    setErrors((previous) => ({ ...previous, [field]: undefined }))
  }

  function toggleFollowUp(include: boolean) {
    setIncludeFollowUp(include)
    setServerFindings([])
    setOverriding(false)
  }

  function maskAll() {
    setEdited({ ...edited, ...maskPublicationText(text, findings) })
    setServerFindings([])
    setOverriding(false)
  }

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

  async function guarded(kind: 'publish' | 'check' | 'batch', run: () => Promise<void>) {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(kind)
    setProblem(null)
    try {
      await run()
    } catch (error) {
      if (isSignedOut(error)) return toStaffLogin(true)
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

  if (!session) return <View className="zm-page" data-testid="publication-editor" />

  if (loading || !draft) {
    return (
      <View className="zm-page" data-testid="publication-editor">
        {problem ? (
          <View className="zm-problem" role="alert" data-testid="editor-error">
            <Text>{problem}</Text>
          </View>
        ) : (
          <Text className="zm-muted editor__state">正在加载…</Text>
        )}
      </View>
    )
  }

  const today = beijingDate(new Date())
  const originalFindings = (field: PublicationField) =>
    draft.originalFindings.filter((finding) => finding.field === field)

  return (
    <View className={`zm-page editor ${elderClass}`} data-testid="publication-editor">
      <View className="zm-card">
        <Text className="editor__heading">留言原文（仅内部可见）</Text>
        <View className="editor__meta">
          <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[draft.category]}</Text>
          <Text className="zm-muted">
            {draft.unitName ?? '—'} · 答复于 {draft.answeredDate}
          </Text>
        </View>
        {publicationFieldsOf(draft.original).map((field) => (
          <View key={field} className="editor__original">
            <Text className="editor__label">{ORIGINAL_LABELS[field]}</Text>
            <HighlightedText
              text={draft.original[field] ?? ''}
              findings={originalFindings(field)}
              testId={`original-${field}`}
            />
          </View>
        ))}
        {draft.originalFindings.length > 0 ? (
          <Text className="zm-muted">
            原文中标出的 {draft.originalFindings.length} 处个人信息已在下方建议文本中打码。
          </Text>
        ) : null}
        <ContentCheckNotice check={draft.contentCheck} />
      </View>

      <View className="zm-card">
        <Text className="editor__heading">公开文本</Text>
        {draft.original.followUp !== undefined ? (
          <CheckRow
            checked={includeFollowUp}
            onChange={toggleFollowUp}
            testId="editor-include-followup"
          >
            <Text>
              同时公开追问及再次答复
              {draft.followUpAnsweredDate ? `（答复于 ${draft.followUpAnsweredDate}）` : ''}
            </Text>
          </CheckRow>
        ) : null}
        {publicationFieldsOf(text).map((field) => (
          <View key={field} className="editor__field" data-testid={`field-${field}`}>
            <View className="editor__label-row">
              <Text className="editor__label">{FIELD_LABELS[field]}</Text>
              <CharCounter value={text[field] ?? ''} max={FIELD_MAX[field]} field={field} />
            </View>
            {field === 'title' ? (
              <Input
                className="zm-input"
                value={text.title}
                maxlength={-1}
                data-testid="editor-title"
                onInput={(event) => edit('title', event.detail.value)}
              />
            ) : (
              <Textarea
                className="zm-textarea editor__textarea"
                value={text[field] ?? ''}
                maxlength={-1}
                autoHeight
                data-testid={`editor-${field}`}
                onInput={(event) => edit(field, event.detail.value)}
              />
            )}
            <FieldError field={field} message={errors[field]} />
          </View>
        ))}
      </View>

      <View
        className={
          findings.length > 0
            ? 'zm-card editor__findings editor__findings--open'
            : 'zm-card editor__findings'
        }
        role="status"
        data-testid="editor-findings"
      >
        {findings.length === 0 ? (
          <Text className="editor__clean" data-testid="editor-clean">
            未发现个人信息
            {serverFindings.length === 0 ? '（发布时服务器会再次检查留言人姓名和电话）' : ''}
          </Text>
        ) : (
          <>
            <Text className="editor__heading">发现 {findings.length} 处疑似个人信息</Text>
            {PUBLICATION_FIELDS.filter((field) => findings.some((f) => f.field === field)).map(
              (field) => (
                <View key={field} className="editor__original">
                  <Text className="editor__label">{FIELD_LABELS[field]}</Text>
                  <HighlightedText
                    text={text[field] ?? ''}
                    findings={findings.filter((f) => f.field === field)}
                    testId={`marked-${field}`}
                  />
                </View>
              ),
            )}
            {findings.map((finding) => (
              <Text
                key={`${finding.field}:${finding.start}`}
                className="editor__finding"
                data-testid="finding-row"
              >
                {PERSONAL_DATA_KIND_LABELS[finding.kind]}：{finding.text} → {finding.suggestion}
              </Text>
            ))}
            <View
              className="zm-button zm-button--secondary"
              {...pressable(maskAll)}
              data-testid="editor-mask"
            >
              一键打码
            </View>
          </>
        )}
      </View>

      {problem ? (
        <View className="zm-problem" role="alert" data-testid="editor-error">
          <Text>{problem}</Text>
        </View>
      ) : null}

      <View className="editor__actions">
        <View className="zm-link" role="button" data-testid="editor-check" onClick={check}>
          {busy === 'check' ? '正在检查…' : '检查个人信息'}
        </View>
        <View
          className="zm-link"
          {...pressable(() => setPreview(!preview))}
          data-testid="editor-preview"
        >
          {preview ? '收起预览' : '预览公开效果'}
        </View>
      </View>

      {preview ? (
        <View className="editor__preview" data-testid="editor-preview-view">
          <Text className="zm-muted">以下为公众看到的样子（选登日期以发布当天为准）：</Text>
          <PublicationView
            publication={{
              ...text,
              category: draft.category,
              ...(draft.unit ? { unit: draft.unit } : {}),
              ...(draft.unitName ? { unitName: draft.unitName } : {}),
              answeredDate: draft.answeredDate,
              ...(text.followUp !== undefined && draft.followUpAnsweredDate
                ? { followUpAnsweredDate: draft.followUpAnsweredDate }
                : {}),
              publishedDate: today,
            }}
          />
        </View>
      ) : null}

      <SubmitButton
        testId="editor-publish"
        busy={busy === 'publish'}
        label="发布"
        busyLabel="正在发布…"
        onSubmit={() => submit(false)}
      />
      {isInBatch(draft.messageId) ? null : (
        <View
          className="zm-button zm-button--secondary editor__batch"
          {...pressable(setAside)}
          data-testid="editor-batch"
        >
          {busy === 'batch' ? '正在检查…' : '审阅完毕，加入批量发布'}
        </View>
      )}

      {serverFindings.length > 0 || contentRisk ? (
        overriding ? (
          <View className="zm-card editor__override" data-testid="editor-override">
            <Text className="editor__label">仍要发布的理由（将被记录）</Text>
            <Textarea
              className="zm-textarea"
              value={overrideReason}
              maxlength={500}
              placeholder="例如：该号码为单位公开的咨询电话，不是个人信息"
              data-testid="editor-override-reason"
              onInput={(event) => setOverrideReason(event.detail.value)}
            />
            <FieldError field="override.reason" message={errors['override.reason']} />
            <SubmitButton
              testId="editor-override-publish"
              busy={busy === 'publish'}
              label="仍要发布"
              busyLabel="正在发布…"
              onSubmit={() => submit(true)}
            />
          </View>
        ) : (
          <View
            className="zm-link editor__override-link"
            {...pressable(() => setOverriding(true))}
            data-testid="editor-override-open"
          >
            {serverFindings.length > 0
              ? '确认不是个人信息？填写理由后仍要发布'
              : '已人工审核内容？填写理由后仍要发布'}
          </View>
        )
      ) : null}
    </View>
  )
}
