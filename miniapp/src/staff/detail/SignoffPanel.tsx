import { Button, Text, Textarea, View } from '@tarojs/components'
import {
  canSignOffAnswer,
  SIGNOFF_LIMITS,
  type StaffMessageDetail,
  type StaffPrincipal,
} from '@zhengmin/shared'
import { useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { ProblemNotice } from '../../components/ProblemNotice'
import { pressable } from '../../a11y/pressable'
import { KIND_LABELS, PendingAnswerSummary } from './PendingAnswerSummary'
import { useMessageAction } from './useMessageAction'

interface SignoffPanelProps {
  message: StaffMessageDetail
  staff: StaffPrincipal
  onUpdated: (message: StaffMessageDetail) => void
  /** Someone else acted first (409): the page reloads the message. */
  onConflict: () => void
  onSignedOut: () => void
}

/**
 * The answer held for sign-off: what it says, who wrote it, and for an approver 签发 (after a
 * confirmation) or 退回修改 (with a required comment). Its author sees a returned answer's
 * comment here and corrects it in the 答复 editor.
 */
export function SignoffPanel({
  message,
  staff,
  onUpdated,
  onConflict,
  onSignedOut,
}: SignoffPanelProps) {
  const [returning, setReturning] = useState(false)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | undefined>()
  const { busy, problem, run } = useMessageAction(message.id, {
    onUpdated: (updated) => {
      setReturning(false)
      setComment('')
      onUpdated(updated)
    },
    onConflict,
    onSignedOut,
  })
  const pending = message.pendingAnswer
  if (!pending) return null
  const waiting = pending.status === 'pending'
  const approver = waiting && canSignOffAnswer(staff, message, pending.level)

  const kindLabel = KIND_LABELS[pending.kind]

  function approve() {
    return run(
      'signoff/approve',
      {},
      {
        title: '确认签发',
        content: `签发后${kindLabel}将立即发送给留言人，不能撤回。确定签发吗？`,
        confirmText: '签发',
      },
    )
  }

  function sendBack() {
    const text = comment.trim()
    if (text.length < SIGNOFF_LIMITS.returnCommentMin) {
      setError('请填写退回意见，说明需要修改的地方')
      return
    }
    return run('signoff/return', { comment: text })
  }

  return (
    <View className="zm-card" data-testid="pending-answer" data-status={pending.status}>
      <PendingAnswerSummary pending={pending} approver={approver} />

      {approver ? (
        <View>
          {returning ? (
            <View>
              <Text className="zm-label">退回意见（撰写人可见）</Text>
              <Textarea
                className="zm-textarea"
                data-testid="signoff-return-comment"
                value={comment}
                maxlength={SIGNOFF_LIMITS.returnCommentMax}
                placeholder="请说明需要修改的地方"
                placeholderClass="zm-placeholder"
                onInput={(event) => {
                  setComment(event.detail.value)
                  setError(undefined)
                }}
              />
              <FieldError field="signoff-comment" message={error} />
              <Button
                className="zm-button zm-button--danger"
                data-testid="signoff-return-submit"
                disabled={busy || undefined}
                {...pressable(sendBack)}
              >
                确认退回修改
              </Button>
              <View className="zm-link" {...pressable(() => setReturning(false))}>
                取消
              </View>
            </View>
          ) : (
            <View>
              <Button
                className="zm-button"
                data-testid="signoff-approve"
                disabled={busy || undefined}
                {...pressable(approve)}
              >
                签发
              </Button>
              <Button
                className="zm-button zm-button--secondary"
                data-testid="signoff-return"
                disabled={busy || undefined}
                {...pressable(() => setReturning(true))}
              >
                退回修改
              </Button>
            </View>
          )}
        </View>
      ) : null}

      <ProblemNotice testId="signoff-error" message={problem} />
    </View>
  )
}
