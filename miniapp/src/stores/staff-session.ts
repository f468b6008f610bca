import Taro from '@tarojs/taro'
import type { StaffSession } from '@zhengmin/shared'

/**
 * The signed-in staff member's session: kept in memory and in Taro storage, so that a reload
 * (H5) or a new launch (mini-program) stays signed in until the token expires. The token is
 * sent as `Authorization: Bearer <token>` by services/staff.ts.
 */

const SESSION_KEY = 'zhengmin.staffSession'

let current: StaffSession | null | undefined

function isSession(value: unknown): value is StaffSession {
  if (typeof value !== 'object' || value === null) return false
  const session = value as StaffSession
  return (
    typeof session.token === 'string' &&
    typeof session.expiresAt === 'string' &&
    typeof session.staff === 'object' &&
    session.staff !== null &&
    typeof session.staff.role === 'string'
  )
}

function isExpired(session: StaffSession, now: number): boolean {
  const expiresAt = Date.parse(session.expiresAt)
  return !Number.isNaN(expiresAt) && expiresAt <= now
}

/** The live session, or null (none, or expired). */
export function staffSession(now: number = Date.now()): StaffSession | null {
  if (current === undefined) {
    let stored: unknown = null
    try {
      stored = Taro.getStorageSync(SESSION_KEY)
    } catch {
      stored = null
    }
    current = isSession(stored) ? stored : null
  }
  if (current && isExpired(current, now)) {
    clearStaffSession()
    return null
  }
  return current
}

/** Keeps the session a login answered with. */
export function saveStaffSession(session: StaffSession): void {
  current = session
  try {
    Taro.setStorageSync(SESSION_KEY, session)
  } catch {
    // Memory still holds it for this visit.
  }
}

/** Forgets the session (logout, or the server said it is no longer valid). */
export function clearStaffSession(): void {
  current = null
  try {
    Taro.removeStorageSync(SESSION_KEY)
  } catch {
    // Nothing else to do.
  }
}

/** For tests: forget the in-memory copy so the next read comes from storage. */
export function resetStaffSessionMemory(): void {
  current = undefined
}
