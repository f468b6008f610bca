import Taro from '@tarojs/taro'

/**
 * WeChat's privacy authorisation (用户隐私保护指引, enforced since 17 October 2023): the first
 * call of a privacy API (here the clipboard, for 复制查询码) by a citizen who has not agreed
 * stays pending and WeChat calls the onNeedPrivacyAuthorization listener. The app then shows
 * its own sheet (PrivacySheet); its agree button has open-type agreePrivacyAuthorization, and
 * only after that button's event may the call be resolved with "agree". Declining makes the
 * pending call fail; the app stays usable without that feature.
 */

type PrivacyEvent =
  { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }
type Resolve = (result: PrivacyEvent) => void

/** The id WeChat checks: the button of open-type agreePrivacyAuthorization that was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree-btn'

let pending: Resolve | null = null
const listeners = new Set<(open: boolean) => void>()

function emit(open: boolean) {
  for (const listener of listeners) listener(open)
}

/** Registers the listener once, at start-up, inside WeChat only (app.ts). */
export function watchPrivacyAuthorization(): void {
  if (Taro.getEnv() !== Taro.ENV_TYPE.WEAPP) return
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return // base library < 2.32.3
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve as Resolve
    emit(true)
  })
}

/** Whether a privacy API call is waiting for the citizen's answer. */
export function isPrivacyRequestPending(): boolean {
  return pending !== null
}

/** Calls `listener` with true when the sheet must open and false when it is answered. */
export function onPrivacyRequest(listener: (open: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Tells WeChat the sheet is on screen (its 曝光 report). */
export function reportPrivacySheetShown(): void {
  pending?.({ event: 'exposureAuthorization' })
}

function answer(result: PrivacyEvent) {
  const resolve = pending
  pending = null
  resolve?.(result)
  emit(false)
}

/** After the agree button's agreeprivacyauthorization event: the pending call goes ahead. */
export function agreeToPrivacy(): void {
  answer({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
}

/** The citizen declined: the pending call fails with "privacy permission is not authorized". */
export function declinePrivacy(): void {
  answer({ event: 'disagree' })
}

/** Whether a failed WeChat call failed because the citizen did not agree (errno 104/112). */
export function isPrivacyRefusal(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { errMsg, errno } = error as { errMsg?: unknown; errno?: unknown }
  return (
    errno === 104 ||
    errno === 112 ||
    (typeof errMsg === 'string' && /privacy|not declared/i.test(errMsg))
  )
}
