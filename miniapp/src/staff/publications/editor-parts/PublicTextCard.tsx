import { Input, Text, Textarea, View } from '@tarojs/components'
import {
  publicationFieldsOf,
  type PublicationDraft,
  type PublicationField,
  type PublicationText,
} from '@zhengmin/shared'
import { CharCounter } from '../../../components/CharCounter'
import { CheckRow } from '../../../components/CheckRow'
import { FieldError } from '../../../components/FieldError'
import { FIELD_LABELS, FIELD_MAX } from './text'

/** 公开文本: the text the public will read, field by field, and whether the 追问 goes too. */
export function PublicTextCard({
  draft,
  text,
  errors,
  includeFollowUp,
  onToggleFollowUp,
  onEdit,
}: {
  draft: PublicationDraft
  text: PublicationText
  errors: Partial<Record<string, string>>
  includeFollowUp: boolean
  onToggleFollowUp: (include: boolean) => void
  onEdit: (field: PublicationField, value: string) => void
}) {
  return (
    <View className="zm-card">
      <Text className="editor__heading">公开文本</Text>
      {draft.original.followUp !== undefined ? (
        <CheckRow
          checked={includeFollowUp}
          onChange={onToggleFollowUp}
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
              onInput={(event) => onEdit('title', event.detail.value)}
            />
          ) : (
            <Textarea
              className="zm-textarea editor__textarea"
              value={text[field] ?? ''}
              maxlength={-1}
              autoHeight
              data-testid={`editor-${field}`}
              onInput={(event) => onEdit(field, event.detail.value)}
            />
          )}
          <FieldError field={field} message={errors[field]} />
        </View>
      ))}
    </View>
  )
}
