import { Button, Text, View } from '@tarojs/components'
import {
  formatLookupCode,
  MESSAGE_STATUS_LABELS,
  type MergeOverview,
  type MergeRow,
  type StaffMessageDetail,
} from '@zhengmin/shared'
import { useEffect, useState } from 'react'
import { pressable } from '../../a11y/pressable'
import { SubmitButton } from '../../components/SubmitButton'
import { failureText, isApiError } from '../../services/api'
import { getMergeOverview, mergeInto, unmerge } from '../../services/staff-merge'
import { openStaffPage } from '../navigation'
import { MergeChooser } from './MergeChooser'
import { useStaffSubmit } from './useStaffSubmit'

interface MergePanelProps {
  message: StaffMessageDetail
  /** A merge or a separation changed the message: the page reloads it. */
  onChanged: () => void
  onSignedOut: () => void
}

const detailUrl = (id: string) => `/staff/detail/index?id=${encodeURIComponent(id)}`

/**
 * 并单 (office only; the page shows it by policy): merge this message into a lead chosen from
 * similar open messages or by its 查询码, after a confirmation; separate it again while the lead
 * is unanswered; on a lead, the messages merged into it.
 */
export function MergePanel({ message, onChanged, onSignedOut }: MergePanelProps) {
  const [overview, setOverview] = useState<MergeOverview | null>(null)
  const [code, setCode] = useState('')
  const [chosen, setChosen] = useState<MergeRow | null>(null)
  // No onConflict: a 409 here (the lead changed meanwhile) is shown as the server words it.
  const { busy, problem, setProblem, submit } = useStaffSubmit({ onSignedOut })

  async function load(search?: string) {
    setProblem(null)
    try {
      setOverview(await getMergeOverview(message.id, search))
    } catch (error) {
      if (isApiError(error) && error.status === 401) return onSignedOut()
      setProblem(failureText(error, '加载失败'))
    }
  }

  useEffect(() => {
    setChosen(null)
    load()
    // Reloaded whenever the message changes (after an action, a merge or a separation).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [message.id, message.status, message.duplicateOf?.id, message.isLead])

  function act(work: () => Promise<MergeOverview>) {
    return submit(work, (changed) => {
      setOverview(changed)
      setChosen(null)
      onChanged()
    })
  }

  function search() {
    const typed = code.trim()
    if (!typed) return setProblem('请填写主办留言的查询码')
    setChosen(null)
    load(typed)
  }

  const duplicates = overview?.duplicates ?? []
  return (
    <View className="zm-card merge-panel" data-testid="merge-panel">
      <Text className="zm-heading">并单</Text>
      {problem ? (
        <View className="zm-problem merge-panel__problem" role="alert" data-testid="merge-problem">
          <Text>{problem}</Text>
        </View>
      ) : null}

      {duplicates.length > 0 ? (
        <View data-testid="merge-duplicates">
          <Text className="zm-muted">以下留言已并入本留言，本留言答复后将一并答复：</Text>
          {duplicates.map((row) => (
            <View
              key={row.id}
              className="zm-link merge-panel__row"
              {...pressable(() => openStaffPage(detailUrl(row.id)))}
              data-testid="merge-duplicate"
            >
              {formatLookupCode(row.code)} · {row.title}（{MESSAGE_STATUS_LABELS[row.status]}）
            </View>
          ))}
        </View>
      ) : null}

      {overview?.unmergeable ? (
        <Button
          className="zm-button zm-button--secondary"
          data-testid="merge-undo"
          disabled={busy || undefined}
          {...pressable(() => act(() => unmerge(message.id)))}
        >
          取消合并，单独办理
        </Button>
      ) : null}

      {overview?.mergeable && !chosen ? (
        <MergeChooser
          candidates={overview.candidates}
          code={code}
          onCode={setCode}
          onSearch={search}
          onPick={setChosen}
        />
      ) : null}

      {chosen ? (
        <View className="zm-notice" data-testid="merge-confirm">
          <Text>
            确认将本留言并入“{chosen.title}”（查询码 {formatLookupCode(chosen.code)}
            ）吗？并入后本留言不再单独办理，主办留言答复时将一并答复本留言的留言人；主办留言答复前可以取消合并。
          </Text>
          <SubmitButton
            testId="merge-confirm-button"
            busy={busy}
            label="确认并入"
            busyLabel="正在并入…"
            onSubmit={() => act(() => mergeInto(message.id, { leadCode: chosen.code }))}
          />
          <View
            className="zm-link"
            {...pressable(() => setChosen(null))}
            data-testid="merge-cancel"
          >
            取消
          </View>
        </View>
      ) : null}
    </View>
  )
}
