/**
 * Keyboard and screen-reader props for a View or Text that acts as a control. Taro renders
 * View as a custom element without a role or tab stop on H5, so a View with only onClick
 * cannot be reached with Tab nor announced as a control. Spread the result onto the element:
 * `<View {...pressable(open)}>`; Enter and Space then act like a tap.
 */

export type PressableRole = 'button' | 'link' | 'radio' | 'checkbox' | 'tab'

/** The part of a keyboard event the handler reads (Taro passes the DOM event on H5). */
interface KeyLike {
  key?: string
  preventDefault?: () => void
  currentTarget?: { hasAttribute?: (name: string) => boolean } | null
}

export interface PressableProps {
  role: PressableRole
  tabIndex?: number
  onClick: () => void
  onKeyDown?: (event: KeyLike) => void
}

const IS_H5 = process.env.TARO_ENV === 'h5'

export function pressable(action: () => void, role: PressableRole = 'button'): PressableProps {
  if (!IS_H5) return { role, onClick: action }
  return {
    role,
    tabIndex: 0,
    onClick: action,
    onKeyDown: (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      // Space would otherwise scroll the page.
      event.preventDefault?.()
      // A disabled (busy) button ignores the keyboard as it ignores taps.
      if (event.currentTarget?.hasAttribute?.('disabled')) return
      action()
    },
  }
}

/** Ids that tie a form field's label and error to its control (FormField renders both). */
export function labelIdOf(field: string): string {
  return `label-${field}`
}

export function errorIdOf(field: string): string {
  return `error-text-${field}`
}

/**
 * Props for the native input inside a Taro Input/Textarea/Switch (`nativeProps`): its name
 * comes from the visible label, its error is read with it, and it says when it is invalid.
 */
export function fieldInputProps(
  field: string,
  error?: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...extra,
    'aria-labelledby': labelIdOf(field),
    ...(error ? { 'aria-describedby': errorIdOf(field), 'aria-invalid': 'true' } : {}),
  }
}
