import { Text, View } from '@tarojs/components'
import { useElderModeClass } from '../../stores/elder-mode'
import type { LegalDocument } from './content'
import './legal.scss'

/** One of the two legal documents, as plain readable text. */
export function LegalView({ document, testId }: { document: LegalDocument; testId: string }) {
  const elderClass = useElderModeClass()
  return (
    <View className={`zm-page legal ${elderClass}`} data-testid={testId}>
      <Text className="legal__title">{document.title}</Text>
      <Text className="legal__paragraph">{document.intro}</Text>
      {document.sections.map((section) => (
        <View key={section.heading} className="legal__section">
          <Text className="legal__heading">{section.heading}</Text>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} className="legal__paragraph">
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
