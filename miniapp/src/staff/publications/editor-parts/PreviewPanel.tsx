import { Text, View } from '@tarojs/components'
import { beijingDate, type PublicationDraft, type PublicationText } from '@zhengmin/shared'
import { PublicationView } from '../../../components/PublicationView'

/** The public text exactly as 回复选登 will show it, dated today. */
export function PreviewPanel({ draft, text }: { draft: PublicationDraft; text: PublicationText }) {
  return (
    <View className="editor__preview" data-testid="editor-preview-view">
      <Text className="zm-muted">以下为公众看到的样子（选登日期以发布当天为准）：</Text>
      <PublicationView
        publication={{
          ...text,
          category: draft.category,
          ...(draft.unit ? { unit: draft.unit } : {}),
          ...(draft.unitName ? { unitName: draft.unitName } : {}),
          answeredDate: draft.answeredDate,
          ...(text.followUp !== undefined && draft.followUpAnsweredDate
            ? { followUpAnsweredDate: draft.followUpAnsweredDate }
            : {}),
          publishedDate: beijingDate(new Date()),
        }}
      />
    </View>
  )
}
