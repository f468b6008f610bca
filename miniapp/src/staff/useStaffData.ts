import type { StaffSession } from '@zhengmin/shared'
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { failureText } from '../services/api'
import { isSignedOut } from '../services/staff'
import { staffSession } from '../stores/staff-session'
import { toStaffLogin } from './navigation'

/** What a staff page knows about its data while it loads it. */
export interface StaffData<T> {
  /** The signed-in staff member; null sends the page to the login (done by the hook). */
  session: StaffSession | null
  data: T | null
  setData: Dispatch<SetStateAction<T | null>>
  /** A load is on its way. */
  loading: boolean
  /** Why the last load failed (Chinese, shown with 重试), or null. */
  problem: string | null
  /**
   * Loads with `loader` and shows its answer (through `apply` when the page adds a page of rows
   * to the ones it has). Only the latest load's answer is shown: tabs and filters change while
   * one is on its way. A 401 goes to the login page. The loader is kept for `retry`.
   */
  load: (loader: () => Promise<T>, apply?: (previous: T | null, loaded: T) => T) => Promise<void>
  /** Runs the last load again (the 重试 of the error notice). */
  retry: () => void
  /** Whether `retry` has a load to run again. */
  retryable: boolean
  /** Shows a problem found before loading (e.g. no message named in the address). */
  fail: (text: string) => void
  /**
   * For a page's own actions (publish, export…): whether `error` means the session ended, in
   * which case the page has been sent to the login.
   */
  handleSignedOut: (error: unknown) => boolean
}

/** The text shown when a load fails without a message from the server. */
export const LOAD_FAILED_TEXT = '加载失败，请稍后重试'

/**
 * The one way staff pages load their data: loading and error states, 重试, and the login page
 * when nobody is signed in or the session ran out. The page decides when to load (on show, on
 * a tab, a period…) by calling `load`.
 */
export function useStaffData<T>(failure: string = LOAD_FAILED_TEXT): StaffData<T> {
  const [session] = useState(() => staffSession())
  const [data, setData] = useState<T | null>(null)
  const [loading, setLoading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [retryable, setRetryable] = useState(false)
  const latest = useRef(0)
  const last = useRef<(() => Promise<void>) | null>(null)

  useEffect(() => {
    if (!session) toStaffLogin(false)
  }, [session])

  const handleSignedOut = useCallback((error: unknown) => {
    if (!isSignedOut(error)) return false
    toStaffLogin(true)
    return true
  }, [])

  const load = useCallback(
    (loader: () => Promise<T>, apply?: (previous: T | null, loaded: T) => T) => {
      const run = async () => {
        if (!staffSession()) return
        const ticket = ++latest.current
        setLoading(true)
        setProblem(null)
        try {
          const loaded = await loader()
          if (ticket !== latest.current) return
          setData((previous) => (apply ? apply(previous, loaded) : loaded))
        } catch (error) {
          if (ticket !== latest.current || handleSignedOut(error)) return
          setProblem(failureText(error, failure))
        } finally {
          if (ticket === latest.current) setLoading(false)
        }
      }
      last.current = run
      setRetryable(true)
      return run()
    },
    [failure, handleSignedOut],
  )

  const retry = useCallback(() => {
    void last.current?.()
  }, [])

  const fail = useCallback((text: string) => {
    latest.current += 1
    last.current = null
    setRetryable(false)
    setLoading(false)
    setProblem(text)
  }, [])

  return { session, data, setData, loading, problem, load, retry, retryable, fail, handleSignedOut }
}
