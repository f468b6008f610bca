import type { Types } from 'mongoose'
import type { Logger } from 'pino'
import type { RandomBytes, StaffLogin } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError } from '../../http/errors'
import { hashToken, newSessionToken } from '../../http/session-tokens'
import type { AuthenticatedStaff, StaffIdentity } from '../../http/staff-auth'
import { verifyAgainstDummy, verifyPassword } from './passwords'
import type { StaffAccount } from './staff-account.model'

/** Consecutive failed logins that lock an account, and for how long. */
export const LOGIN_LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const

/** A session's last use is written at most this often, to spare a write on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000

export interface StaffSessionServiceDeps {
  models: Models
  clock: () => Date
  randomBytes: RandomBytes
  /** How long a session lasts. */
  sessionHours: number
}

/** A newly opened session: the raw token exists only in this answer. */
export interface OpenedSession {
  token: string
  expiresAt: Date
  staff: StaffIdentity
}

/** The one answer for an unknown user, a wrong password and a disabled account alike. */
const invalidCredentials = () => new AppError(401, 'invalid_credentials', '用户名或密码错误')

function accountLocked(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return new AppError(
    429,
    'account_locked',
    `登录失败次数过多，账号已暂时锁定，请 ${minutes} 分钟后再试`,
    { retryAfterSeconds },
  )
}

/** The identity the API shows for an account. */
export function identityOf(account: StaffAccount): StaffIdentity {
  return {
    id: String(account._id),
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    ...(account.unit ? { unit: account.unit } : {}),
  }
}

/** Staff logins: checking passwords with lockout, issuing and checking session tokens, logout. */
export function createStaffSessionService(deps: StaffSessionServiceDeps) {
  const { StaffAccount, StaffSession } = deps.models
  const sessionMs = deps.sessionHours * 3600 * 1000

  /** Counts a failed password; the failure that reaches the limit locks the account. */
  async function recordFailure(account: StaffAccount, now: Date, log: Logger): Promise<never> {
    // Atomic, so that parallel guesses cannot slip past the limit between read and write.
    const counted = await StaffAccount.findOneAndUpdate(
      { _id: account._id },
      { $inc: { failedLogins: 1 } },
      { new: true, projection: { failedLogins: 1 } },
    ).lean()
    const failedLogins = counted?.failedLogins ?? LOGIN_LOCKOUT.maxFailures
    if (failedLogins < LOGIN_LOCKOUT.maxFailures) {
      log.info(
        { username: account.username, outcome: 'failure', reason: 'wrong_password', failedLogins },
        'staff login',
      )
      throw invalidCredentials()
    }
    const lockSeconds = LOGIN_LOCKOUT.lockMinutes * 60
    const lockedUntil = new Date(now.getTime() + lockSeconds * 1000)
    // The count starts again after the lock, so each further 5 failures cost another 15 minutes.
    await StaffAccount.updateOne(
      { _id: account._id, failedLogins: { $gte: LOGIN_LOCKOUT.maxFailures } },
      { $set: { lockedUntil, failedLogins: 0 } },
    )
    log.warn(
      { username: account.username, staffId: String(account._id), lockedUntil, failedLogins },
      'staff account locked after repeated failed logins',
    )
    throw accountLocked(lockSeconds)
  }

  /** Issues a new session token for an account. */
  async function openSession(staffId: Types.ObjectId, now: Date) {
    const token = newSessionToken(deps.randomBytes)
    const expiresAt = new Date(now.getTime() + sessionMs)
    const session = await StaffSession.create({
      tokenHash: hashToken(token),
      staffId,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
    })
    return { token, expiresAt, session }
  }

  return {
    /**
     * Checks a username and password and opens a session. Unknown users, wrong passwords and
     * disabled accounts get the same 401, after the same argon2 work; a locked account gets
     * 429 with Retry-After. The password never reaches a log.
     */
    async login(input: StaffLogin, log: Logger): Promise<OpenedSession> {
      const now = deps.clock()
      const account = await StaffAccount.findOne({ username: input.username }).lean()
      if (!account) {
        await verifyAgainstDummy(input.password)
        log.info(
          { username: input.username, outcome: 'failure', reason: 'unknown_user' },
          'staff login',
        )
        throw invalidCredentials()
      }
      if (account.lockedUntil && account.lockedUntil > now) {
        log.warn(
          { username: account.username, outcome: 'failure', reason: 'locked' },
          'staff login',
        )
        throw accountLocked(Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000))
      }
      if (!(await verifyPassword(account.passwordHash, input.password))) {
        return recordFailure(account, now, log)
      }
      if (account.disabled) {
        log.info(
          { username: account.username, outcome: 'failure', reason: 'disabled' },
          'staff login',
        )
        throw invalidCredentials()
      }
      await StaffAccount.updateOne(
        { _id: account._id },
        { $set: { failedLogins: 0, lastLoginAt: now }, $unset: { lockedUntil: 1 } },
      )
      const { token, expiresAt } = await openSession(account._id, now)
      log.info(
        { username: account.username, staffId: String(account._id), outcome: 'success' },
        'staff login',
      )
      return { token, expiresAt, staff: identityOf(account) }
    },

    /** Issues a session without a password check: for tests and tools that already trust the caller. */
    openSession: (staffId: Types.ObjectId) => openSession(staffId, deps.clock()),

    /**
     * The staff member a raw token belongs to, or undefined when the session is unknown,
     * expired or revoked, the account disabled, or its password changed since the login.
     */
    async authenticate(token: string): Promise<AuthenticatedStaff | undefined> {
      const now = deps.clock()
      const session = await StaffSession.findOne({ tokenHash: hashToken(token) }).lean()
      if (!session || session.revokedAt || session.expiresAt <= now) return undefined
      const account = await StaffAccount.findById(session.staffId).lean()
      if (!account || account.disabled || session.createdAt < account.passwordChangedAt) {
        return undefined
      }
      if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
        // Conditional on the value read: of parallel requests, one write wins, none repeats.
        await StaffSession.updateOne(
          { _id: session._id, lastSeenAt: session.lastSeenAt },
          { $set: { lastSeenAt: now } },
        )
      }
      return { ...identityOf(account), sessionId: String(session._id) }
    },

    /** Ends the session (logout); its token stops working at once. */
    async logout(staff: AuthenticatedStaff, log: Logger): Promise<void> {
      await StaffSession.updateOne(
        { _id: staff.sessionId, revokedAt: { $exists: false } },
        { $set: { revokedAt: deps.clock() } },
      )
      // The request's logger already carries the staff id.
      log.info({ username: staff.username }, 'staff logout')
    },
  }
}

export type StaffSessionService = ReturnType<typeof createStaffSessionService>
