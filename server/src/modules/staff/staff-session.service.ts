import type { Types } from 'mongoose'
import type { Logger } from 'pino'
import type { RandomBytes, StaffLogin } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError } from '../../http/errors'
import { hashToken, newSessionToken } from '../../http/session-tokens'
import type { AuthenticatedStaff, StaffIdentity } from '../../http/staff-auth'
import type { LoginThrottle } from './login-throttle'
import { verifyAgainstDummy, verifyPassword } from './passwords'
import type { StaffAccount } from './staff-account.model'

/** A session's last use is written at most this often, to spare a write on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000

export interface StaffSessionServiceDeps {
  models: Models
  clock: () => Date
  randomBytes: RandomBytes
  /** How long a session lasts. */
  sessionHours: number
  /** Counts attempts per account and address; refuses guessing. */
  throttle: LoginThrottle
}

/** A newly opened session: the raw token exists only in this answer. */
export interface OpenedSession {
  token: string
  expiresAt: Date
  staff: StaffIdentity
}

/** The one answer for an unknown user, a wrong password and a disabled account alike. */
const invalidCredentials = () => new AppError(401, 'invalid_credentials', '用户名或密码错误')

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
     * Checks a username and password from a client address and opens a session. Unknown
     * users, wrong passwords and disabled accounts get the same 401 after the same argon2 work
     * and the same counting, so that neither the answer nor its time tells which usernames
     * exist; too many failures get 429 `login_throttled` (see login-throttle.ts). The password
     * never reaches a log.
     */
    async login(input: StaffLogin, address: string, log: Logger): Promise<OpenedSession> {
      const now = deps.clock()
      await deps.throttle.begin(input.username, address, now, log)
      const account = await StaffAccount.findOne({ username: input.username }).lean()
      const passwordMatches = account
        ? await verifyPassword(account.passwordHash, input.password)
        : await verifyAgainstDummy(input.password)
      if (!account || !passwordMatches || account.disabled) {
        const reason = !account ? 'unknown_user' : !passwordMatches ? 'wrong_password' : 'disabled'
        await deps.throttle.failed(input.username, now, log)
        log.info({ username: input.username, outcome: 'failure', reason }, 'staff login')
        throw invalidCredentials()
      }
      await deps.throttle.succeeded(input.username, address, now)
      await StaffAccount.updateOne({ _id: account._id }, { $set: { lastLoginAt: now } })
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
