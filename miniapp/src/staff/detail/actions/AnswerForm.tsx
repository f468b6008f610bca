import { Text, View } from '@tarojs/components'
import { answerNeedsSignoff } from '@zhengmin/shared'
import { useState } from 'react'
import { pressable } from '../../../a11y/pressable'
import type { Confirmation } from '../useStaffSubmit'
import { applyTemplate, DECLINE_HINT, REPLY_TEMPLATES } from '../templates'
import { ActionSubmit, ActionTextField } from './ActionFields'
import type { ActionFormProps } from './editors'
import { useActionError } from './useActionError'

type AnswerKind = 'reply' | 'decline'

/** The question before an answer goes out, or (held) before it goes to sign-off. */
const CONFIRMATIONS: Record<AnswerKind, { sent: Confirmation; held: Confirmation }> = {
  reply: {
    sent: {
      title: '确认发送答复',
      content: '答复发送后留言人即可查看，不能撤回或修改。确定发送吗？',
    },
    held: {
      title: '确认提交签发',
      content: '答复将先提交签发，签发后才发送给留言人。确定提交吗？',
    },
  },
  decline: {
    sent: {
      title: '确认不予受理',
      content: '不予受理的理由将告知留言人，操作不能撤回。确定吗？',
    },
    held: {
      title: '确认提交签发',
      content: '不予受理的理由将先提交签发，签发后才告知留言人。确定提交吗？',
    },
  },
}

const TEXT_LABELS: Record<AnswerKind, string> = { reply: '答复内容', decline: '不予受理的理由' }
const EMPTY_TEXT: Record<AnswerKind, string> = {
  reply: '请填写答复内容',
  decline: '请填写不予受理的理由',
}

interface AnswerFormProps extends ActionFormProps {
  kind: AnswerKind
}

/**
 * 答复 or 不予受理: the text the citizen will read (with phrase templates for an answer), sent
 * after a confirmation, or submitted for sign-off when the unit's rule holds this staff's answers.
 */
export function AnswerForm({ kind, message, staff, busy, run }: AnswerFormProps) {
  // An answer sent back for changes opens in its editor, to be corrected and resubmitted.
  const [text, setText] = useState(() => {
    const returned = message.pendingAnswer?.status === 'returned' ? message.pendingAnswer : null
    return returned && returned.kind === kind ? returned.content : ''
  })
  const { error, setError, clearing } = useActionError()
  // Whether this staff member's answer waits for sign-off (the unit's rule, shared policy).
  const held = message.signoffLevel
    ? answerNeedsSignoff(staff, message, message.signoffLevel)
    : false

  function submit() {
    setError(undefined)
    const content = text.trim()
    if (!content) return setError(EMPTY_TEXT[kind])
    const confirmation = CONFIRMATIONS[kind][held ? 'held' : 'sent']
    return kind === 'reply'
      ? run('reply', { content }, confirmation)
      : run('decline', { reason: content }, confirmation)
  }

  return (
    <>
      {kind === 'reply' ? (
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
      ) : (
        <View className="zm-notice" data-testid="decline-hint">
          <Text>{DECLINE_HINT}</Text>
        </View>
      )}
      {kind === 'reply' && held ? (
        <View className="zm-notice" data-testid="signoff-hint">
          <Text>本科室答复须经签发：提交后由签发人审核，签发后才发送给留言人。</Text>
        </View>
      ) : null}
      <ActionTextField
        editor={kind}
        label={TEXT_LABELS[kind]}
        value={text}
        onChange={clearing(setText)}
      />
      <ActionSubmit editor={kind} error={error} busy={busy} onSubmit={submit} />
    </>
  )
}
