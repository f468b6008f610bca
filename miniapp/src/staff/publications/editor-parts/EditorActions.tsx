import { View } from '@tarojs/components'
import type { PublicationDraft, PublicationText } from '@zhengmin/shared'
import { useState } from 'react'
import { pressable } from '../../../a11y/pressable'
import { SubmitButton } from '../../../components/SubmitButton'
import { isInBatch } from '../../../stores/publication-batch'
import { PreviewPanel } from './PreviewPanel'

/** 检查个人信息 · 预览公开效果, then 发布 or 加入批量发布 (unless already set aside). */
export function EditorActions({
  draft,
  text,
  busy,
  onCheck,
  onPublish,
  onSetAside,
}: {
  draft: PublicationDraft
  text: PublicationText
  busy: 'publish' | 'check' | 'batch' | null
  onCheck: () => void
  onPublish: () => void
  onSetAside: () => void
}) {
  const [preview, setPreview] = useState(false)
  return (
    <>
      <View className="editor__actions">
        <View className="zm-link" role="button" data-testid="editor-check" onClick={onCheck}>
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
      {preview ? <PreviewPanel draft={draft} text={text} /> : null}

      <SubmitButton
        testId="editor-publish"
        busy={busy === 'publish'}
        label="发布"
        busyLabel="正在发布…"
        onSubmit={onPublish}
      />
      {isInBatch(draft.messageId) ? null : (
        <View
          className="zm-button zm-button--secondary editor__batch"
          {...pressable(onSetAside)}
          data-testid="editor-batch"
        >
          {busy === 'batch' ? '正在检查…' : '审阅完毕，加入批量发布'}
        </View>
      )}
    </>
  )
}
