import { Text, View } from '@tarojs/components'
import {
  MESSAGE_CATEGORY_LABELS,
  publicationFieldsOf,
  type PublicationDraft,
  type PublicationField,
} from '@zhengmin/shared'
import { HighlightedText } from '../../../components/HighlightedText'
import { ContentCheckNotice } from '../ContentCheckNotice'
import { ORIGINAL_LABELS } from './text'

/** 留言原文 (internal only): the citizen's words and the answers, personal data marked. */
export function OriginalCard({ draft }: { draft: PublicationDraft }) {
  const originalFindings = (field: PublicationField) =>
    draft.originalFindings.filter((finding) => finding.field === field)
  return (
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
  )
}
