import { Button } from '@tarojs/components'
import { pressable } from '../a11y/pressable'

interface SubmitButtonProps {
  /** data-testid of the button. */
  testId: string
  busy: boolean
  label: string
  /** Shown while busy, e.g. "正在提交…". */
  busyLabel: string
  onSubmit: () => void
}

/**
 * The primary button of a form: disabled with its own spinner class while busy. Taro's own
 * `loading` spinner breaks on H5, and `disabled={false}` renders as a disabled attribute there,
 * so `disabled` is left out entirely when the button is usable.
 */
export function SubmitButton({ testId, busy, label, busyLabel, onSubmit }: SubmitButtonProps) {
  return (
    <Button
      className={busy ? 'zm-button zm-button--busy' : 'zm-button'}
      data-testid={testId}
      disabled={busy || undefined}
      aria-busy={busy ? 'true' : 'false'}
      {...pressable(onSubmit)}
    >
      {busy ? busyLabel : label}
    </Button>
  )
}
