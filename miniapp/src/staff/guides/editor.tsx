import { View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { SubmitButton } from '../../components/SubmitButton'
import type { StaffGuideDetail } from '../../services/staff-guides'
import { useElderModeClass } from '../../stores/elder-mode'
import { StaffShell } from '../desk/StaffShell'
import { LoadState } from '../LoadState'
import { useStaffData } from '../useStaffData'
import { EditorProblems } from './editor-parts/EditorProblems'
import { GuideFormCard } from './editor-parts/GuideFormCard'
import { GuideVersionCard } from './editor-parts/GuideVersionCard'
import { PendingChangeCard } from './editor-parts/PendingChangeCard'
import { RevisionHistory } from './editor-parts/RevisionHistory'
import { useGuideEditor } from './editor-parts/useGuideEditor'
import '../../pages/guides/index.scss'
import './editor.scss'

/**
 * 编辑办事指南 (office, H5 first, usable on a phone): each part as form fields — materials,
 * steps, phone lines and legal basis as rows that can be added, removed and reordered, a 待确认
 * toggle per field — with the errors next to their fields, a preview drawn by the citizen's own
 * component, and publishing as a new version whose history says what changed.
 */
export default function GuideEditor() {
  const loaded = useStaffData<StaffGuideDetail>()
  const { session } = loaded
  const editor = useGuideEditor(loaded)
  const { detail, draft } = editor
  const elderClass = useElderModeClass()

  useLoad((params: Record<string, string | undefined>) => {
    editor.open(params.slug ? decodeURIComponent(params.slug) : '')
  })

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
        <GuideVersionCard detail={detail} />
        <PendingChangeCard
          change={editor.change}
          busy={editor.busy === 'change'}
          onChange={editor.setChange}
          onSubmit={editor.recordChange}
        />
        <GuideFormCard
          draft={draft}
          onChange={editor.setDraft}
          section={editor.section}
          onSection={editor.setSection}
          previewing={editor.previewing}
          onTogglePreview={editor.togglePreview}
          issues={editor.issues}
          showErrors={editor.showErrors}
          fieldErrors={editor.fieldErrors}
          summary={editor.summary}
          onSummary={editor.setSummary}
        />
        <EditorProblems
          problems={editor.problems}
          problem={editor.problem}
          onReload={loaded.retry}
        />
        <SubmitButton
          testId="guide-publish"
          busy={editor.busy === 'publish'}
          label="发布新版本"
          busyLabel="正在发布…"
          onSubmit={editor.publish}
        />
        <RevisionHistory history={detail.history} />
      </View>
    </StaffShell>
  )
}
