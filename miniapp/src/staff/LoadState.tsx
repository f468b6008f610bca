import { Text, View } from '@tarojs/components'
import { pressable } from '../a11y/pressable'
import type { StaffData } from './useStaffData'

/**
 * The loading note and the load error with 重试 of a staff page (useStaffData). The note shows
 * only while nothing is on the page yet, so a refresh does not blank what the clerk reads.
 */
export function LoadState<T>({
  state,
  testId,
  hasContent = state.data !== null,
}: {
  state: Pick<StaffData<T>, 'loading' | 'problem' | 'retry' | 'retryable' | 'data'>
  /** Prefix of the test ids: `<testId>-error`, `<testId>-loading`, `<testId>-retry`. */
  testId: string
  /** Whether the page already shows something (defaults to: data has been loaded). */
  hasContent?: boolean
}) {
  return (
    <>
      {state.problem ? (
        <View className="zm-problem" role="alert" data-testid={`${testId}-error`}>
          <Text>{state.problem}</Text>
          {state.retryable ? (
            <View className="zm-link" {...pressable(state.retry)} data-testid={`${testId}-retry`}>
              重试
            </View>
          ) : null}
        </View>
      ) : null}
      {state.loading && !hasContent ? (
        <Text className="zm-muted staff-state" data-testid={`${testId}-loading`}>
          正在加载…
        </Text>
      ) : null}
    </>
  )
}
