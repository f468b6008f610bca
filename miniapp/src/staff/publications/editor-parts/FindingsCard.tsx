import { Text, View } from '@tarojs/components'
import {
  PERSONAL_DATA_KIND_LABELS,
  PUBLICATION_FIELDS,
  type PublicationFinding,
  type PublicationText,
} from '@zhengmin/shared'
import { pressable } from '../../../a11y/pressable'
import { HighlightedText } from '../../../components/HighlightedText'
import { FIELD_LABELS } from './text'

/** The personal data still in the public text, marked, with 一键打码; or that none was found. */
export function FindingsCard({
  text,
  findings,
  checkedByServer,
  onMaskAll,
}: {
  text: PublicationText
  findings: PublicationFinding[]
  /** Whether the server's findings (it knows the author's name and phone) are among them. */
  checkedByServer: boolean
  onMaskAll: () => void
}) {
  return (
    <View
      className={
        findings.length > 0
          ? 'zm-card editor__findings editor__findings--open'
          : 'zm-card editor__findings'
      }
      role="status"
      data-testid="editor-findings"
    >
      {findings.length === 0 ? (
        <Text className="editor__clean" data-testid="editor-clean">
          未发现个人信息
          {checkedByServer ? '' : '（发布时服务器会再次检查留言人姓名和电话）'}
        </Text>
      ) : (
        <>
          <Text className="editor__heading">发现 {findings.length} 处疑似个人信息</Text>
          {PUBLICATION_FIELDS.filter((field) => findings.some((f) => f.field === field)).map(
            (field) => (
              <View key={field} className="editor__original">
                <Text className="editor__label">{FIELD_LABELS[field]}</Text>
                <HighlightedText
                  text={text[field] ?? ''}
                  findings={findings.filter((f) => f.field === field)}
                  testId={`marked-${field}`}
                />
              </View>
            ),
          )}
          {findings.map((finding) => (
            <Text
              key={`${finding.field}:${finding.start}`}
              className="editor__finding"
              data-testid="finding-row"
            >
              {PERSONAL_DATA_KIND_LABELS[finding.kind]}：{finding.text} → {finding.suggestion}
            </Text>
          ))}
          <View
            className="zm-button zm-button--secondary"
            {...pressable(onMaskAll)}
            data-testid="editor-mask"
          >
            一键打码
          </View>
        </>
      )}
    </View>
  )
}
