import type { Logger } from 'pino'
import type { StaffLoginLockoutConfig } from '@zhengmin/config'
import { AppError } from '../../http/errors'
import type { CounterStore } from '../../http/rate-counters'
import { secondsUntil, waitText } from '../../http/rate-limit'

/** An address where an account signed in stays trusted this long after its last success. */
const TRUST_MS = 30 * 24 * 3600 * 1000
/** The first wait, once an address has failed `maxFailures - 2` times; it doubles after. */
const FIRST_WAIT_MS = 30_000

/** The one refusal of a throttled login, whether or not the username exists. */
function loginThrottled(retryAfterSeconds: number) {
  return new AppError(
    429,
    'login_throttled',
    `登录失败次数过多，请 ${waitText(retryAfterSeconds)}后再试`,
    { retryAfterSeconds },
  )
}

const addressKey = (username: string, address: string) =>
  `login:${JSON.stringify([username, address])}`
const trustKey = (username: string, address: string) =>
  `login-trust:${JSON.stringify([username, address])}`
const accountKey = (username: string) => `login-account:${JSON.stringify(username)}`
const strangersKey = (username: string) => `login-strangers:${JSON.stringify(username)}`

/**
 * Guessing defences of staff logins, which no stranger can turn against the rightful user:
 *
 * - per account AND address: after `maxFailures - 2` failures the address waits 30 s, then
 *   60 s, and after `maxFailures` it is refused for `lockMinutes` (counted from the last
 *   failure). Another address, the rightful user's, is not affected.
 * - per account, from every address: `accountAlertFailures` failures within `lockMinutes`
 *   log an alert and, while they last, addresses the account has never signed in from share
 *   one attempt every `accountDelaySeconds`; addresses it signed in from keep their own pace.
 *
 * Everything is keyed by the username as typed, so an unknown username is counted and
 * answered exactly like a known one. An attempt is counted BEFORE its password is checked
 * (atomically, see rate-counters.ts), so parallel guesses cannot exceed the limit; a success
 * clears the address's count.
 */
export function createLoginThrottle(deps: {
  counters: CounterStore
  config: StaffLoginLockoutConfig
}) {
  const { counters, config } = deps
  const lockMs = config.lockMinutes * 60_000
  const slowAfter = Math.max(1, config.maxFailures - 2)
  /** How long an address waits after `failures` failures before it may try again. */
  const waitAfter = (failures: number) =>
    failures < slowAfter ? 0 : Math.min(lockMs, FIRST_WAIT_MS * 2 ** (failures - slowAfter))

  /** Whether the account is under a guessing attack from many addresses now. */
  async function underAttack(username: string, now: Date): Promise<boolean> {
    const account = await counters.peek(accountKey(username), now)
    return account !== undefined && account.count >= config.accountAlertFailures
  }

  return {
    /**
     * Counts an attempt to sign in as `username` from `address`, or throws 429
     * `login_throttled` with Retry-After. Call before checking the password.
     */
    async begin(username: string, address: string, now: Date, log: Logger): Promise<void> {
      const trusted = (await counters.peek(trustKey(username, address), now)) !== undefined
      if (!trusted && (await underAttack(username, now))) {
        const spaced = await counters.change(
          strangersKey(username),
          now,
          (current) => {
            const next = current ? current.lastAt.getTime() + config.accountDelaySeconds * 1000 : 0
            return next > now.getTime()
              ? { allow: false, retryAt: new Date(next) }
              : {
                  allow: true,
                  next: {
                    count: (current?.count ?? 0) + 1,
                    resetAt: new Date(now.getTime() + lockMs),
                  },
                }
          },
          username,
        )
        if (!spaced.allowed) {
          log.warn({ username, outcome: 'failure', reason: 'account_throttled' }, 'staff login')
          throw loginThrottled(secondsUntil(spaced.retryAt, now))
        }
      }
      const counted = await counters.change(
        addressKey(username, address),
        now,
        (current) => {
          const failures = current?.count ?? 0
          if (current && failures >= config.maxFailures) {
            return { allow: false, retryAt: current.resetAt }
          }
          const next = current ? current.lastAt.getTime() + waitAfter(failures) : 0
          if (next > now.getTime()) return { allow: false, retryAt: new Date(next) }
          return {
            allow: true,
            next: { count: failures + 1, resetAt: new Date(now.getTime() + lockMs) },
          }
        },
        username,
      )
      if (!counted.allowed) {
        log.warn({ username, outcome: 'failure', reason: 'throttled' }, 'staff login')
        throw loginThrottled(secondsUntil(counted.retryAt, now))
      }
    },

    /** The attempt failed: counts it for the account and raises the alert when due. */
    async failed(username: string, now: Date, log: Logger): Promise<void> {
      const key = accountKey(username)
      const account = await counters.take(key, Number.MAX_SAFE_INTEGER, lockMs, now, username)
      if (account.count >= config.accountAlertFailures && (await counters.markAlerted(key, now))) {
        log.error(
          { username, failures: account.count, minutes: config.lockMinutes, alert: true },
          'staff account under a guessing attack: failed logins from many addresses',
        )
      }
    },

    /** The attempt succeeded: the address's failures are forgotten and the address trusted. */
    async succeeded(username: string, address: string, now: Date): Promise<void> {
      await counters.clear(addressKey(username, address))
      await counters.change(trustKey(username, address), now, (current) => ({
        allow: true,
        next: { count: (current?.count ?? 0) + 1, resetAt: new Date(now.getTime() + TRUST_MS) },
      }))
    },

    /** Lifts every restriction on the username (a password reset by an administrator). */
    clear: (username: string) => counters.clearSubject(username),
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
