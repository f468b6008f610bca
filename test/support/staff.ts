import { randomBytes } from 'node:crypto'
import type { Connection } from 'mongoose'
import type { StaffRole } from '../../shared/src'
import { createModels } from '../../server/src/db/models'
import type { StaffAccount } from '../../server/src/modules/staff/staff-account.model'
import { hashPassword } from '../../server/src/modules/staff/passwords'
import { createStaffSessionService } from '../../server/src/modules/staff/staff-session.service'
import { createLoginThrottle } from '../../server/src/modules/staff/login-throttle'
import { createCounterStore } from '../../server/src/http/rate-counters'
import { testConfig } from './app'

/** The password of every account the factory makes unless a test gives its own. */
export const TEST_STAFF_PASSWORD = 'correct-horse-battery'

// argon2 is slow on purpose; hashing the shared test password once keeps factories fast.
let testPasswordHash: Promise<string> | undefined

export interface CreateStaffOptions {
  role?: StaffRole
  /** Defaults to social-insurance for a handler, none for office and admin. */
  unit?: string
  username?: string
  displayName?: string
  password?: string
  disabled?: boolean
  /** The instant the account and its session are created at (the app's clock in the test). */
  now?: Date
}

export interface CreatedStaff {
  account: StaffAccount
  /** A live session token for the account. */
  token: string
  /** `Authorization` header value for supertest: `.set('Authorization', staff.authorization)`. */
  authorization: string
  password: string
}

let sequence = 0

/**
 * A staff account stored directly in the test database, with a live session, for tests of
 * routes behind requireStaff: `const { authorization } = await createStaff(db, { role: 'office' })`.
 */
export async function createStaff(
  db: Connection,
  options: CreateStaffOptions = {},
): Promise<CreatedStaff> {
  const role = options.role ?? 'handler'
  const now = options.now ?? new Date()
  const password = options.password ?? TEST_STAFF_PASSWORD
  sequence += 1
  const unit = options.unit ?? (role === 'handler' ? 'social-insurance' : undefined)
  const models = createModels(db)
  testPasswordHash ??= hashPassword(TEST_STAFF_PASSWORD)
  const account = await models.StaffAccount.create({
    username: options.username ?? `${role}-${sequence}-${randomBytes(3).toString('hex')}`,
    displayName: options.displayName ?? `测试${sequence}号`,
    role,
    ...(unit ? { unit } : {}),
    passwordHash:
      password === TEST_STAFF_PASSWORD ? await testPasswordHash : await hashPassword(password),
    disabled: options.disabled ?? false,
    passwordChangedAt: now,
  })
  const sessions = createStaffSessionService({
    models,
    clock: () => now,
    randomBytes,
    sessionHours: testConfig().staffSessionHours,
    throttle: createLoginThrottle({
      counters: createCounterStore(models.RateCounter),
      config: testConfig().staffLoginLockout,
    }),
  })
  const { token } = await sessions.openSession(account._id)
  return {
    account: account.toObject(),
    token,
    authorization: `Bearer ${token}`,
    password,
  }
}
