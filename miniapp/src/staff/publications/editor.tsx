import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import {
  maskPublicationText,
  scanPublicationText,
  type PublicationDraft,
  type PublicationField,
  type PublicationFinding,
  type PublicationText,
} from '@zhengmin/shared'
import { useMemo, useState } from 'react'
import { getPublicationDraft } from '../../services/publications'
import { useElderModeClass } from '../../stores/elder-mode'
import { StaffShell } from '../desk/StaffShell'
import { LoadState } from '../LoadState'
import { useStaffData } from '../useStaffData'
import { FindingsCard } from './editor-parts/FindingsCard'
import { OriginalCard } from './editor-parts/OriginalCard'
import { OverridePanel } from './editor-parts/OverridePanel'
import { EditorActions } from './editor-parts/EditorActions'
import { PublicTextCard } from './editor-parts/PublicTextCard'
import { mergeFindings, withoutFollowUp } from './editor-parts/text'
import { usePublishActions } from './editor-parts/usePublishActions'
import './editor.scss'

/**
 * 编辑选登内容: the citizen's original beside the publishable text, personal data highlighted
 * with a one-click mask, a preview exactly as the public sees it, then publish (or set aside
 * for a batch). The server checks again and refuses while findings remain, unless overridden.
 */
export default function PublicationEditor() {
  const loaded = useStaffData<PublicationDraft>()
  const { session, data: draft } = loaded
  const elderClass = useElderModeClass()
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
  const [overriding, setOverriding] = useState(false)
  const [overrideReason, setOverrideReason] = useState('')
  const actions = usePublishActions({
    draft,
    text,
    overrideReason,
    setServerFindings,
    handleSignedOut: loaded.handleSignedOut,
  })

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
    () => mergeFindings(localFindings, serverFindings),
    [localFindings, serverFindings],
  )

  useLoad((options: Record<string, string | undefined>) => {
    const messageId = options.messageId ? decodeURIComponent(options.messageId) : ''
    void loaded.load(async () => {
      const found = await getPublicationDraft(messageId)
      setEdited(found.proposal)
      return found
    })
  })

  /** Any change of the text makes the server's findings and an open override stale. */
  function changed(next: PublicationText) {
    setEdited(next)
    setServerFindings([])
    setOverriding(false)
  }

  function edit(field: PublicationField, value: string) {
    changed({ ...edited, [field]: value })
    actions.clearError(field)
  }

  function toggleFollowUp(include: boolean) {
    setIncludeFollowUp(include)
    setServerFindings([])
    setOverriding(false)
  }

  if (!session) return <View className="zm-page" data-testid="publication-editor" />

  if (!draft) {
    return (
      <StaffShell current="publications" session={session}>
        <View className="zm-page" data-testid="publication-editor">
          <LoadState state={loaded} testId="editor" />
        </View>
      </StaffShell>
    )
  }

  return (
    <StaffShell current="publications" session={session}>
      <View className={`zm-page editor ${elderClass}`} data-testid="publication-editor">
        <OriginalCard draft={draft} />
        <PublicTextCard
          draft={draft}
          text={text}
          errors={actions.errors}
          includeFollowUp={includeFollowUp}
          onToggleFollowUp={toggleFollowUp}
          onEdit={edit}
        />
        <FindingsCard
          text={text}
          findings={findings}
          checkedByServer={serverFindings.length > 0}
          onMaskAll={() => changed({ ...edited, ...maskPublicationText(text, findings) })}
        />

        {actions.problem ? (
          <View className="zm-problem" role="alert" data-testid="editor-error">
            <Text>{actions.problem}</Text>
          </View>
        ) : null}

        <EditorActions
          draft={draft}
          text={text}
          busy={actions.busy}
          onCheck={actions.check}
          onPublish={() => actions.submit(false)}
          onSetAside={actions.setAside}
        />

        {serverFindings.length > 0 || actions.contentRisk ? (
          <OverridePanel
            open={overriding}
            reason={overrideReason}
            error={actions.errors['override.reason']}
            busy={actions.busy === 'publish'}
            becauseOfFindings={serverFindings.length > 0}
            onOpen={() => setOverriding(true)}
            onReason={setOverrideReason}
            onPublish={() => actions.submit(true)}
          />
        ) : null}
      </View>
    </StaffShell>
  )
}
