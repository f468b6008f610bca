import { Text, View } from '@tarojs/components'

/** What a handler sees on a page that belongs to the office. */
export function OfficeOnly({ testId, text }: { testId: string; text: string }) {
  return (
    <View className="zm-page" data-testid={testId}>
      <View className="zm-problem" role="alert">
        <Text>{text}</Text>
      </View>
    </View>
  )
}
