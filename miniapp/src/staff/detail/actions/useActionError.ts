import { useState } from 'react'

/** An action form's validation message, cleared as soon as the user changes any field. */
export function useActionError() {
  const [error, setError] = useState<string | undefined>()
  /** The field's setter, wrapped to clear the message too. */
  const clearing =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setError(undefined)
    }
  return { error, setError, clearing }
}
