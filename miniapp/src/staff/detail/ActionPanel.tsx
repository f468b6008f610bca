import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  answerNeedsSignoff,
  awaitsReply,
  canActOnMessage,
  canGiveDispatchNote,
  heldBySignoff,
  nextStatus,
  type StaffMessageAction,
  type StaffMessageDetail,
  type StaffPrincipal,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { SubmitButton } from '../../components/SubmitButton'
import { isApiError } from '../../services/api'
import type { UnitOption } from '../../services/staff'
import {
  actOnStaffMessage,
  type StaffAction,
  type StaffActionBodies,
} from '../../services/staff-messages'
import { applyTemplate, DECLINE_HINT, REPLY_TEMPLATES } from './templates'
import { pressable } from '../../a11y/pressable'

type Editor = 'assign' | 'reply' | 'decline' | 'transfer' | 'note' | 'extension' | 'review'

const EDITOR_LABELS: Record<Editor, string> = {
  assign: '分办',
  reply: '答复',
  decline: '不予受理',
  transfer: '转办',
  note: '内部备注',
  extension: '申请延期',
  review: '审批延期',
}

interface ActionPanelProps {
  message: StaffMessageDetail
  staff: StaffPrincipal
  units: UnitOption[]
  onUpdated: (message: StaffMessageDetail) => void
  /** Someone else acted first (409): the page reloads the message. */
  onConflict: () => void
  onSignedOut: () => void
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
function doneText(action: StaffAction, updated: StaffMessageDetail): string {
  const held = (action === 'reply' || action === 'decline') && updated.pendingAnswer
  return held ? '答复已提交，等待签发' : DONE_TEXT[action]
}

/** Role- and state-dependent actions on a message, each with its own small form. */
export function ActionPanel({
  message,
  staff,
  units,
  onUpdated,
  onConflict,
  onSignedOut,
}: ActionPanelProps) {
  const editors = availableEditors(message, staff)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [unit, setUnit] = useState('')
  const [text, setText] = useState('')
  // 分办意见 of an office re-dispatching (transfer); assign uses `text`.
  const [note, setNote] = useState('')
  const [days, setDays] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)

  const active = editor && editors.includes(editor) ? editor : null

  function choose(next: Editor) {
    setEditor(next === active ? null : next)
    // Dispatch opens with the suggested unit chosen; the office may pick another.
    setUnit(next === 'assign' ? (message.routingSuggestion?.unit ?? '') : '')
    // An answer sent back for changes opens in its editor, to be corrected and resubmitted.
    const returned = message.pendingAnswer?.status === 'returned' ? message.pendingAnswer : null
    setText(returned && returned.kind === next ? returned.content : '')
    setNote('')
    setDays('')
    setError(undefined)
    setProblem(null)
  }

  async function run<A extends StaffAction>(
    action: A,
    body: StaffActionBodies[A],
    confirmation?: { title: string; content: string },
  ) {
    if (inFlight.current) return
    inFlight.current = true
    setProblem(null)
    try {
      if (confirmation) {
        const { confirm } = await Taro.showModal({
          ...confirmation,
          confirmText: '确定',
          cancelText: '取消',
        })
        if (!confirm) return
      }
      setBusy(true)
      const updated = await actOnStaffMessage(message.id, action, body)
      Taro.showToast({ title: doneText(action, updated), icon: 'none' })
      setEditor(null)
      setText('')
      onUpdated(updated)
    } catch (failure) {
      if (isApiError(failure) && failure.status === 401) {
        onSignedOut()
      } else if (isApiError(failure) && failure.status === 409) {
        setProblem(`${failure.message}（已刷新为最新状态，请查看后再操作）`)
        onConflict()
      } else if (isApiError(failure)) {
        setProblem(failure.fields?.[0]?.message ?? failure.message)
      } else {
        setProblem('操作未成功，请稍后重试')
      }
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  function required(value: string, message: string): string | null {
    if (value.trim()) return value.trim()
    setError(message)
    return null
  }

  function unitName(code: string) {
    return units.find((option) => option.code === code)?.name ?? code
  }

  function submit() {
    setError(undefined)
    switch (active) {
      case 'assign': {
        if (!unit) return setError('请选择经办科室')
        const dispatchNote = text.trim()
        return run('assign', { unit, ...(dispatchNote ? { dispatchNote } : {}) })
      }
      case 'transfer': {
        if (!unit) return setError('请选择转办的科室')
        if (unit === message.unit) return setError('请选择其他科室')
        const reason = required(text, '请填写转办理由')
        if (reason === null) return
        const dispatchNote = note.trim()
        return run(
          'transfer',
          { unit, reason, ...(dispatchNote ? { dispatchNote } : {}) },
          {
            title: '确认转办',
            content: `确定将此留言转交“${unitName(unit)}”办理吗？转办后本科室不能再处理。`,
          },
        )
      }
      case 'reply': {
        const content = required(text, '请填写答复内容')
        if (content === null) return
        return run(
          'reply',
          { content },
          held
            ? {
                title: '确认提交签发',
                content: '答复将先提交签发，签发后才发送给留言人。确定提交吗？',
              }
            : {
                title: '确认发送答复',
                content: '答复发送后留言人即可查看，不能撤回或修改。确定发送吗？',
              },
        )
      }
      case 'decline': {
        const reason = required(text, '请填写不予受理的理由')
        if (reason === null) return
        return run(
          'decline',
          { reason },
          held
            ? {
                title: '确认提交签发',
                content: '不予受理的理由将先提交签发，签发后才告知留言人。确定提交吗？',
              }
            : {
                title: '确认不予受理',
                content: '不予受理的理由将告知留言人，操作不能撤回。确定吗？',
              },
        )
      }
      case 'note': {
        const note = required(text, '请填写备注内容')
        if (note === null) return
        return run('notes', { text: note })
      }
      case 'extension': {
        const workingDays = Number(days)
        if (!/^\d+$/.test(days.trim()) || workingDays < 1) {
          return setError('请填写延期的工作日数（正整数）')
        }
        const reason = required(text, '请填写延期理由')
        if (reason === null) return
        return run('extension', { workingDays, reason })
      }
      case 'review':
      case null:
        return
    }
  }

  function refuse() {
    setError(undefined)
    const reason = required(text, '请填写不同意延期的理由')
    if (reason === null) return
    run('extension/refuse', { reason })
  }

  if (editors.length === 0) return null

  // Whether this staff member's answer waits for sign-off (the unit's rule, shared policy).
  const held = message.signoffLevel
    ? answerNeedsSignoff(staff, message, message.signoffLevel)
    : false

  const needsUnit = active === 'assign' || active === 'transfer'
  const textLabel: Partial<Record<Editor, string>> = {
    reply: '答复内容',
    decline: '不予受理的理由',
    transfer: '转办理由',
    assign: '分办意见（选填，仅经办科室可见，不向留言人公开）',
    note: '备注（仅工作人员可见）',
    extension: '延期理由',
    review: '不同意时请填写理由',
  }

  return (
    <View className="zm-card" data-testid="staff-actions">
      <Text className="zm-heading">办理</Text>
      <View className="zm-segmented">
        {editors.map((key) => (
          <View
            key={key}
            className={
              key === active
                ? 'zm-segmented__item zm-segmented__item--selected'
                : 'zm-segmented__item'
            }
            {...pressable(() => choose(key))}
            data-testid={`action-${key}`}
          >
            {EDITOR_LABELS[key]}
          </View>
        ))}
      </View>

      {active ? (
        <View className="action-editor" data-testid={`editor-${active}`}>
          {needsUnit ? (
            <View>
              <Text className="zm-label">{active === 'assign' ? '经办科室' : '转交科室'}</Text>
              {active === 'assign' && message.routingSuggestion ? (
                <Text className="zm-muted" data-testid="routing-suggestion">
                  系统建议：{message.routingSuggestion.unitName}
                  {message.routingSuggestion.reason === 'citizen'
                    ? '（留言人选择）'
                    : `（关键词“${message.routingSuggestion.keyword ?? ''}”）`}
                </Text>
              ) : null}
              {units.length === 0 ? (
                <Text className="zm-muted">正在加载科室列表…</Text>
              ) : (
                <View className="zm-segmented" role="radiogroup">
                  {units.map((option) => (
                    <View
                      key={option.code}
                      className={
                        option.code === unit
                          ? 'zm-segmented__item zm-segmented__item--selected'
                          : 'zm-segmented__item'
                      }
                      {...pressable(() => {
                        setUnit(option.code)
                        setError(undefined)
                      }, 'radio')}
                      aria-checked={option.code === unit ? 'true' : 'false'}
                      data-testid={`unit-option-${option.code}`}
                    >
                      {option.name}
                    </View>
                  ))}
                </View>
              )}
            </View>
          ) : null}

          {active === 'reply' ? (
            <View className="action-editor__templates">
              {REPLY_TEMPLATES.map((template, index) => (
                <View
                  key={template.label}
                  className="zm-link action-editor__template"
                  {...pressable(() => setText((previous) => applyTemplate(previous, template)))}
                  data-testid={`reply-template-${index}`}
                >
                  + {template.label}
                </View>
              ))}
            </View>
          ) : null}

          {active === 'decline' ? (
            <View className="zm-notice" data-testid="decline-hint">
              <Text>{DECLINE_HINT}</Text>
            </View>
          ) : null}

          {active === 'review' && message.extension ? (
            <View className="zm-notice" data-testid="extension-request">
              <Text>
                申请延期 {message.extension.workingDays} 个工作日：{message.extension.reason}
              </Text>
            </View>
          ) : null}

          {active === 'extension' ? (
            <View>
              <Text className="zm-label">延期工作日数</Text>
              <Input
                className="zm-input"
                data-testid="extension-days"
                type="number"
                value={days}
                maxlength={2}
                placeholder="例如 5"
                placeholderClass="zm-placeholder"
                onInput={(event) => {
                  setDays(event.detail.value)
                  setError(undefined)
                }}
              />
            </View>
          ) : null}

          {active === 'reply' && held ? (
            <View className="zm-notice" data-testid="signoff-hint">
              <Text>本科室答复须经签发：提交后由签发人审核，签发后才发送给留言人。</Text>
            </View>
          ) : null}

          {active ? (
            <View>
              <Text className="zm-label">{textLabel[active]}</Text>
              <Textarea
                className={active === 'reply' ? 'zm-textarea action-editor__reply' : 'zm-textarea'}
                data-testid={`${active}-text`}
                value={text}
                maxlength={-1}
                placeholder="请输入"
                placeholderClass="zm-placeholder"
                onInput={(event) => {
                  setText(event.detail.value)
                  setError(undefined)
                }}
              />
            </View>
          ) : null}

          {active === 'transfer' && canGiveDispatchNote(staff) ? (
            <View>
              <Text className="zm-label">分办意见（选填，仅经办科室可见，不向留言人公开）</Text>
              <Textarea
                className="zm-textarea"
                data-testid="transfer-dispatch-note"
                value={note}
                maxlength={500}
                placeholder="请输入"
                placeholderClass="zm-placeholder"
                onInput={(event) => setNote(event.detail.value)}
              />
            </View>
          ) : null}

          <FieldError field="action" message={error} />

          {active === 'review' ? (
            <View>
              <Button
                className="zm-button"
                data-testid="extension-approve"
                disabled={busy || undefined}
                {...pressable(() => run('extension/approve', {}))}
              >
                同意延期
              </Button>
              <Button
                className="zm-button zm-button--danger"
                data-testid="extension-refuse"
                disabled={busy || undefined}
                {...pressable(refuse)}
              >
                不同意延期
              </Button>
            </View>
          ) : (
            <SubmitButton
              testId={`${active}-submit`}
              busy={busy}
              label={`确认${EDITOR_LABELS[active]}`}
              busyLabel="正在提交…"
              onSubmit={submit}
            />
          )}
        </View>
      ) : null}

      {problem ? (
        <View className="zm-problem" role="alert" data-testid="action-error">
          <Text>{problem}</Text>
        </View>
      ) : null}
    </View>
  )
}
