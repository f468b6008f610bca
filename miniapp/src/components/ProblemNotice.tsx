import { Text, View } from '@tarojs/components'

interface ProblemNoticeProps {
  testId: string
  /** What went wrong, in Chinese; renders nothing without one. */
  message?: string | null | undefined
}

/** A form-level problem (network, conflict, server refusal) announced to screen readers. */
export function ProblemNotice({ testId, message }: ProblemNoticeProps) {
  if (!message) return null
  return (
    <View className="zm-problem" role="alert" data-testid={testId}>
      <Text>{message}</Text>
    </View>
  )
}
