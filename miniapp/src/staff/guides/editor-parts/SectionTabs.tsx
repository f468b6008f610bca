import { ScrollView, Text, View } from '@tarojs/components'
import { FORM_SECTIONS, sectionOf, type FormIssue, type FormSection } from '../form/errors'

/** A tab per section of the guide form; once errors show, each tab counts its own. */
export function SectionTabs({
  section,
  issues,
  showErrors,
  onSelect,
}: {
  section: FormSection
  issues: readonly FormIssue[]
  showErrors: boolean
  onSelect: (section: FormSection) => void
}) {
  return (
    <ScrollView scrollX className="guide-form__tabs">
      {FORM_SECTIONS.map(([key, label]) => {
        const count = issues.filter((issue) => sectionOf(issue.path) === key).length
        return (
          <View
            key={key}
            role="tab"
            aria-selected={key === section ? 'true' : 'false'}
            className={key === section ? 'guide-form__tab guide-form__tab--on' : 'guide-form__tab'}
            data-testid={`guide-form-tab-${key}`}
            onClick={() => onSelect(key)}
          >
            {label}
            {showErrors && count > 0 ? (
              <Text className="guide-form__tab-errors">（{count}处待改）</Text>
            ) : null}
          </View>
        )
      })}
    </ScrollView>
  )
}
