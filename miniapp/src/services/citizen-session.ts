import Taro from '@tarojs/taro'
import { apiRequest } from './api'

/**
 * The citizen's WeChat login (mini-program only): wx.login's code is exchanged by the server
 * (POST /auth/wechat) for a token that lists 我的留言 without a lookup code. In a browser (H5)
 * there is no WeChat login; the lookup code and phone are used instead.
 */

const SESSION_KEY = 'zhengmin.citizenSession'
/** Ask for a new token a day before the old one expires. */
const RENEW_MARGIN_MS = 24 * 3600 * 1000

interface CitizenSession {
  token: string
  expiresAt: string
}

function isSession(value: unknown): value is CitizenSession {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CitizenSession).token === 'string' &&
    /^[A-Za-z0-9_-]{43}$/.test((value as CitizenSession).token) &&
    typeof (value as CitizenSession).expiresAt === 'string'
  )
}

/** Whether the app runs inside WeChat, where wx.login exists. */
export function isWeChatApp(): boolean {
  return Taro.getEnv() === Taro.ENV_TYPE.WEAPP
}

/** The stored token while it is still comfortably valid. */
function storedToken(now: number): string | null {
  let stored: unknown = null
  try {
    stored = Taro.getStorageSync(SESSION_KEY)
  } catch {
    return null
  }
  if (!isSession(stored)) return null
  const expiresAt = Date.parse(stored.expiresAt)
  return Number.isNaN(expiresAt) || expiresAt - RENEW_MARGIN_MS <= now ? null : stored.token
}

/** Forgets the login (the server said it is no longer valid). */
export function clearCitizenSession(): void {
  try {
    Taro.removeStorageSync(SESSION_KEY)
  } catch {
    // Nothing stored, or storage unavailable: either way no token is used.
  }
}

let pending: Promise<string | null> | null = null

/**
 * The citizen's token, signing in with WeChat when needed; null outside WeChat, or when the
 * login is not possible now (WeChat login not offered by the server, no network…). Callers then
 * fall back to the lookup code.
 */
export function citizenToken(now: number = Date.now()): Promise<string | null> {
  if (!isWeChatApp()) return Promise.resolve(null)
  const token = storedToken(now)
  if (token) return Promise.resolve(token)
  pending ??= signIn().finally(() => {
    pending = null
  })
  return pending
}

async function signIn(): Promise<string | null> {
  try {
    const { code } = await Taro.login()
    if (!code) return null
    const session = await apiRequest<CitizenSession>({
      method: 'POST',
      path: '/api/v1/auth/wechat',
      body: { code },
    })
    if (!isSession(session)) return null
    try {
      Taro.setStorageSync(SESSION_KEY, session)
    } catch {
      // Used for this request only; the next one signs in again.
    }
    return session.token
  } catch {
    // WeChat login failed, the server offers no WeChat login (503) or the network is down:
    // the lookup code still works, and the next request tries again.
    return null
  }
}

/** Authorization header for a citizen request, when signed in. */
export async function citizenAuthHeader(): Promise<Record<string, string>> {
  const token = await citizenToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/**
 * Asks the citizen (WeChat's own prompt) whether to be notified when the message is answered,
 * and resolves to true when they accepted and are signed in (the notice goes to their openid).
 * Only inside WeChat with a template configured; false otherwise, or if refused.
 *
 * It calls wx.requestSubscribeMessage synchronously, before anything is awaited: WeChat shows
 * the prompt only as the direct answer to a tap, and an await (wx.login, a request) before it
 * makes it fail silently. So call it first thing in the tap handler; the login runs after.
 */
export function askForAnswerNotice(templateId: string | null): Promise<boolean> {
  if (!templateId || !isWeChatApp()) return Promise.resolve(false)
  let prompt: Promise<boolean>
  try {
    prompt = Taro.requestSubscribeMessage({
      tmplIds: [templateId],
      entityIds: [],
    } as unknown as Taro.requestSubscribeMessage.Option).then(
      (result) => (result as unknown as Record<string, string>)[templateId] === 'accept',
      // Refused for good in settings, or not supported: the message is sent without a notice.
      () => false,
    )
  } catch {
    prompt = Promise.resolve(false)
  }
  return Promise.all([prompt, citizenToken()]).then(
    ([accepted, token]) => accepted && token !== null,
  )
}
