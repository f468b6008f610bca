import { Text, View } from '@tarojs/components'
import type { StaffMessageDetail, StaffPrincipal } from '@zhengmin/shared'
import { useState } from 'react'
import { pressable } from '../../a11y/pressable'
import { ProblemNotice } from '../../components/ProblemNotice'
import type { UnitOption } from '../../services/staff'
import { AnswerForm } from './actions/AnswerForm'
import { AssignForm, TransferForm } from './actions/DispatchForms'
import {
  availableEditors,
  EDITOR_LABELS,
  type ActionFormProps,
  type Editor,
} from './actions/editors'
import { ExtensionRequestForm, ExtensionReviewForm } from './actions/ExtensionForms'
import { NoteForm } from './actions/NoteForm'
import { useMessageAction } from './useMessageAction'

interface ActionPanelProps {
  message: StaffMessageDetail
  staff: StaffPrincipal
  units: UnitOption[]
  onUpdated: (message: StaffMessageDetail) => void
  /** Someone else acted first (409): the page reloads the message. */
  onConflict: () => void
  onSignedOut: () => void
}

/** The form of one editor; each keeps its own fields, so switching editors starts afresh. */
function ActionForm({ editor, ...form }: ActionFormProps & { editor: Editor }) {
  switch (editor) {
    case 'assign':
      return <AssignForm {...form} />
    case 'transfer':
      return <TransferForm {...form} />
    case 'reply':
    case 'decline':
      return <AnswerForm kind={editor} {...form} />
    case 'note':
      return <NoteForm {...form} />
    case 'extension':
      return <ExtensionRequestForm {...form} />
    case 'review':
      return <ExtensionReviewForm {...form} />
  }
}

/**
 * Role- and state-dependent actions on a message: a tab per action this staff member may take
 * now (by the shared policy), the chosen tab's form, and what went wrong with the last attempt.
 */
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
  const { busy, problem, setProblem, run } = useMessageAction(message.id, {
    onUpdated: (updated) => {
      setEditor(null)
      onUpdated(updated)
    },
    onConflict,
    onSignedOut,
  })
  // An editor the message no longer allows (after an update) closes by itself.
  const active = editor && editors.includes(editor) ? editor : null

  function choose(next: Editor) {
    // Tapping the open tab closes it.
    setEditor(next === active ? null : next)
    setProblem(null)
  }

  if (editors.length === 0) return null

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
          <ActionForm
            key={active}
            editor={active}
            message={message}
            staff={staff}
            units={units}
            busy={busy}
            run={run}
          />
        </View>
      ) : null}

      <ProblemNotice testId="action-error" message={problem} />
    </View>
  )
}
