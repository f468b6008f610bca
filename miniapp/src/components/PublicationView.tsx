import { Text, View } from '@tarojs/components'
import { MESSAGE_CATEGORY_LABELS, type Publication } from '@zhengmin/shared'
import { formatChineseDate } from '../utils/dates'
import './PublicationView.scss'

/**
 * A published answer exactly as the public reads it. The office's preview renders this same
 * component, so what is previewed is what gets published.
 */
export function PublicationView({ publication }: { publication: Omit<Publication, 'id'> }) {
  return (
    <View className="publication" data-testid="publication-view">
      <Text className="publication__title" data-testid="publication-title">
        {publication.title}
      </Text>
      <View className="publication__meta">
        <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[publication.category]}</Text>
        {publication.unitName ? (
          <Text className="publication__unit">答复单位：{publication.unitName}</Text>
        ) : null}
      </View>
      <View className="publication__section zm-card">
        <Text className="publication__label">留言内容</Text>
        <Text className="publication__text" data-testid="publication-question">
          {publication.question}
        </Text>
      </View>
      <View className="publication__section zm-card">
        <Text className="publication__label">答复内容</Text>
        <Text className="publication__text" data-testid="publication-answer">
          {publication.answer}
        </Text>
        <Text className="zm-muted publication__dates">
          答复日期 {formatChineseDate(publication.answeredDate)}
          {publication.followUpAnswer === undefined
            ? ` · 选登日期 ${formatChineseDate(publication.publishedDate)}`
            : ''}
        </Text>
      </View>
      {publication.followUp !== undefined && publication.followUpAnswer !== undefined ? (
        <>
          <View className="publication__section zm-card">
            <Text className="publication__label">追问内容</Text>
            <Text className="publication__text" data-testid="publication-followup">
              {publication.followUp}
            </Text>
          </View>
          <View className="publication__section zm-card">
            <Text className="publication__label">再次答复内容</Text>
            <Text className="publication__text" data-testid="publication-followup-answer">
              {publication.followUpAnswer}
            </Text>
            <Text className="zm-muted publication__dates">
              {publication.followUpAnsweredDate
                ? `答复日期 ${formatChineseDate(publication.followUpAnsweredDate)} · `
                : ''}
              选登日期 {formatChineseDate(publication.publishedDate)}
            </Text>
          </View>
        </>
      ) : null}
      <Text className="zm-muted publication__note">本内容经留言人同意公开，已隐去个人信息。</Text>
    </View>
  )
}
