import { Text, View } from '@tarojs/components'
import { MESSAGE_CATEGORY_LABELS, type StaffPublication } from '@zhengmin/shared'
import { pressable } from '../../../a11y/pressable'
import { formatBeijingDateTime } from '../../../utils/dates'
import { UnpublishForm } from './UnpublishForm'
import type { Unpublishing } from './useUnpublish'

/**
 * A publication: who published it and when, the reason when published over a warning or taken
 * down, and (while shown to the public) 撤下 with its reason form.
 */
export function PublicationRow({
  publication,
  unpublishing,
}: {
  publication: StaffPublication
  unpublishing: Unpublishing
}) {
  return (
    <View className="zm-card inbox-row" data-testid="publication-staff-row">
      <Text className="inbox-row__title">{publication.title}</Text>
      <View className="inbox-row__meta">
        <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[publication.category]}</Text>
        <Text className="zm-muted">
          {publication.publishedBy} 发布于 {formatBeijingDateTime(publication.publishedAt)}
        </Text>
        {publication.override ? (
          <Text className="zm-badge zm-badge--warning">未处理提示后发布</Text>
        ) : null}
      </View>
      {publication.override ? (
        <Text className="zm-muted staff-publications__reason">
          发布理由：{publication.override.reason}
        </Text>
      ) : null}
      {publication.hidden ? (
        <Text className="zm-muted staff-publications__reason" data-testid="hidden-reason">
          {publication.hidden.by} 于 {formatBeijingDateTime(publication.hidden.at)} 撤下：
          {publication.hidden.reason}
        </Text>
      ) : null}
      {publication.status === 'published' ? (
        unpublishing.hiding === publication.id ? (
          <UnpublishForm
            reason={unpublishing.reason}
            busy={unpublishing.busy}
            onReason={unpublishing.setReason}
            onConfirm={() => unpublishing.hide(publication.id)}
            onCancel={unpublishing.cancel}
          />
        ) : (
          <View
            className="zm-link staff-publications__hide-link"
            {...pressable(() => unpublishing.start(publication.id))}
            data-testid="unpublish"
          >
            撤下
          </View>
        )
      ) : null}
    </View>
  )
}
