import { Input, Text, View } from '@tarojs/components'
import type { Guide } from '@zhengmin/shared'
import { FormField } from '../../../components/FormField'
import { GuideParts } from '../../../pages/guides/GuideParts'
import { FieldErrorsContext } from '../form/controls'
import type { FormIssue, FormSection } from '../form/errors'
import { SectionEditor } from '../form/SectionEditor'
import { SectionTabs } from './SectionTabs'

const NOTHING_TICKED: ReadonlySet<string> = new Set()

/**
 * 编辑内容: one section of the guide at a time with its errors next to the fields, or the
 * preview drawn by the citizen's own component; and the summary recorded in the history.
 */
export function GuideFormCard({
  draft,
  onChange,
  section,
  onSection,
  previewing,
  onTogglePreview,
  issues,
  showErrors,
  fieldErrors,
  summary,
  onSummary,
}: {
  draft: Guide
  onChange: (draft: Guide) => void
  section: FormSection
  onSection: (section: FormSection) => void
  previewing: boolean
  onTogglePreview: () => void
  issues: readonly FormIssue[]
  showErrors: boolean
  /** The message shown next to each field, by its path. */
  fieldErrors: Map<string, string>
  summary: string
  onSummary: (summary: string) => void
}) {
  return (
    <View className="zm-card guide-form" data-testid="guide-form">
      <View className="guide-form__top">
        <Text className="guide-editor__heading">编辑内容</Text>
        <View
          role="button"
          className="guide-form__preview-toggle"
          aria-pressed={previewing ? 'true' : 'false'}
          data-testid="guide-preview-toggle"
          onClick={onTogglePreview}
        >
          {previewing ? '返回编辑' : '预览（公众看到的样子）'}
        </View>
      </View>
      {previewing ? (
        <View className="guide-form__preview" data-testid="guide-preview">
          <GuideParts guide={draft} ticked={NOTHING_TICKED} onToggle={() => undefined} />
        </View>
      ) : (
        <FieldErrorsContext.Provider value={fieldErrors}>
          <SectionTabs
            section={section}
            issues={issues}
            showErrors={showErrors}
            onSelect={onSection}
          />
          <View className="guide-form__section" data-testid={`guide-form-section-${section}`}>
            <SectionEditor section={section} draft={draft} onChange={onChange} />
          </View>
        </FieldErrorsContext.Provider>
      )}
      <FormField name="guide-summary" label="修改说明（记入历史）">
        <Input
          className="zm-input"
          value={summary}
          placeholder="如：申请材料调整为只需身份证"
          data-testid="guide-summary"
          onInput={(event) => onSummary(event.detail.value)}
        />
      </FormField>
    </View>
  )
}
