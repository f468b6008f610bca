import { Text, View } from '@tarojs/components'
import { pressable } from '../../../a11y/pressable'

/**
 * What is wrong with the form, in words, and why the server refused (with 重新加载, since the
 * guide may have changed meanwhile).
 */
export function EditorProblems({
  problems,
  problem,
  onReload,
}: {
  problems: readonly string[]
  problem: string | null
  onReload: () => void
}) {
  return (
    <>
      {problems.length > 0 ? (
        <View className="zm-problem" role="alert" data-testid="guide-editor-errors">
          {problems.map((error) => (
            <Text key={error} className="guide-editor__error">
              {error}
            </Text>
          ))}
        </View>
      ) : null}
      {problem ? (
        <View className="zm-problem" role="alert" data-testid="guide-editor-error">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(onReload)}>
            重新加载
          </View>
        </View>
      ) : null}
    </>
  )
}
