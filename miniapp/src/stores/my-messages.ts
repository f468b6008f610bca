import Taro from '@tarojs/taro'
import { isLookupCode, normalizeLookupCode } from '@zhengmin/shared'

/**
 * What the device keeps of the citizen's own messages, so that 我的留言 can list them:
 * their lookup codes only (never the phone number, which is asked for at each lookup).
 *
 * This module is imported by app.ts so that it stays in the main package: the message form and
 * 我的留言 are separate subpackages, and the phone handed from one to the other lives in this
 * module's memory, which must be one instance.
 */

const CODES_KEY = 'zhengmin.myMessageCodes'
/** Enough for anyone's own messages; the oldest are dropped beyond it. */
const MAX_CODES = 20

export interface RememberedCode {
  code: string
  /** When it was saved on this device (ISO instant). */
  savedAt: string
}

function isRememberedCode(value: unknown): value is RememberedCode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RememberedCode).code === 'string' &&
    isLookupCode((value as RememberedCode).code) &&
    typeof (value as RememberedCode).savedAt === 'string'
  )
}

/** The codes saved on this device, newest first. */
export function rememberedCodes(): RememberedCode[] {
  try {
    const stored: unknown = Taro.getStorageSync(CODES_KEY)
    return Array.isArray(stored) ? stored.filter(isRememberedCode) : []
  } catch {
    return []
  }
}

/** Saves a code (moved to the top if already there). Storage failures are ignored. */
export function rememberCode(code: string, now: Date = new Date()): void {
  const normalized = normalizeLookupCode(code)
  if (!isLookupCode(normalized)) return
  const others = rememberedCodes().filter((entry) => entry.code !== normalized)
  const next = [{ code: normalized, savedAt: now.toISOString() }, ...others].slice(0, MAX_CODES)
  try {
    Taro.setStorageSync(CODES_KEY, next)
  } catch {
    // A full or unavailable storage only loses the convenience list.
  }
}

/** Removes a code from the device's list. */
export function forgetCode(code: string): void {
  const next = rememberedCodes().filter((entry) => entry.code !== code)
  try {
    Taro.setStorageSync(CODES_KEY, next)
  } catch {
    // Nothing else to do.
  }
}

/** A code and phone handed from the submission result to 我的留言, in memory only. */
interface LookupHandoff {
  code: string
  phone: string
}

let handoff: LookupHandoff | null = null

/** Keeps the phone of the message just submitted for the next lookup of that code. */
export function handOffLookup(code: string, phone: string): void {
  handoff = { code: normalizeLookupCode(code), phone }
}

/** The phone handed off for this code, once (it is forgotten when taken). */
export function takeHandedOffPhone(code: string): string | null {
  if (!handoff || handoff.code !== normalizeLookupCode(code)) return null
  const { phone } = handoff
  handoff = null
  return phone
}
