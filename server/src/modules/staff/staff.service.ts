import { z } from 'zod'
import type { Types } from 'mongoose'
import { findUnit } from '@zhengmin/config'
import {
  newStaffAccountSchema,
  staffPasswordSchema,
  staffUsernameSchema,
  type NewStaffAccount,
  type StaffRole,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { badRequest, conflict, notFound } from '../../http/errors'
import { validate } from '../../http/validate'
import { createCounterStore } from '../../http/rate-counters'
import { hashPassword } from './passwords'
import type { StaffAccount, StaffAccountDocument } from './staff-account.model'

export interface StaffServiceDeps {
  models: Models
  clock: () => Date
}

const passwordInputSchema = z.object({ password: staffPasswordSchema })

const usernameTaken = (account: { username: string }) =>
  conflict('username_taken', `用户名 ${account.username} 已被使用`)

/** Staff accounts: creating them, and disabling, enabling and resetting them (admin and CLI). */
export function createStaffService(deps: StaffServiceDeps) {
  const { StaffAccount, StaffSession } = deps.models

  async function findAccount(username: string): Promise<StaffAccountDocument> {
    const normalized = validate(staffUsernameSchema, username)
    const account = await StaffAccount.findOne({ username: normalized })
    if (!account) throw notFound(`没有用户名为 ${normalized} 的工作人员账号`)
    return account
  }

  /** Ends every live session of an account, e.g. when its password changes. */
  async function revokeSessions(staffId: Types.ObjectId, now: Date): Promise<number> {
    const result = await StaffSession.updateMany(
      { staffId, revokedAt: { $exists: false } },
      { $set: { revokedAt: now } },
    )
    return result.modifiedCount
  }

  /**
   * Checks a new account before anything is asked of the operator: valid fields, a unit of the
   * bureau that answers messages, a username not yet taken. Input comes from outside (CLI
   * arguments, a future admin page), so it is validated here.
   */
  async function prepare(input: unknown): Promise<NewStaffAccount> {
    const account = validate(newStaffAccountSchema, input)
    if (account.unit && !findUnit(account.unit)?.answersMessages) {
      throw badRequest('请选择正确的经办科室', [{ field: 'unit', message: '请选择正确的经办科室' }])
    }
    if (await StaffAccount.exists({ username: account.username })) throw usernameTaken(account)
    return account
  }

  return {
    prepare,

    /** Creates an account with an argon2id hash of the password. */
    async create(input: unknown, password: string): Promise<StaffAccountDocument> {
      const account = await prepare(input)
      validate(passwordInputSchema, { password })
      try {
        return await StaffAccount.create({
          ...account,
          passwordHash: await hashPassword(password),
          disabled: false,
          passwordChangedAt: deps.clock(),
        })
      } catch (error) {
        // Created by someone else between the check and the insert.
        if ((error as { code?: number } | null)?.code === 11000) throw usernameTaken(account)
        throw error
      }
    },

    /** Whether an account with this username exists (any username format). */
    async exists(username: string): Promise<boolean> {
      const parsed = staffUsernameSchema.safeParse(username)
      if (!parsed.success) return false
      return (await StaffAccount.exists({ username: parsed.data })) !== null
    },

    /** Every account, grouped by role then username. */
    async list(): Promise<StaffAccount[]> {
      const accounts = await StaffAccount.find().lean()
      const order: Record<StaffRole, number> = { admin: 0, office: 1, 'unit-head': 2, handler: 3 }
      return accounts.sort(
        (a, b) => order[a.role] - order[b.role] || a.username.localeCompare(b.username),
      )
    },

    /** Stops an account from signing in and ends its sessions at once. */
    async disable(username: string): Promise<{ account: StaffAccount; revokedSessions: number }> {
      const account = await findAccount(username)
      account.disabled = true
      await account.save()
      return { account, revokedSessions: await revokeSessions(account._id, deps.clock()) }
    },

    /** Lets a disabled account sign in again. */
    async enable(username: string): Promise<StaffAccount> {
      const account = await findAccount(username)
      account.disabled = false
      await account.save()
      return account
    },

    /**
     * Sets a new password, lifts every login restriction of the username (see
     * login-throttle.ts) and ends the sessions opened with the old one.
     */
    async resetPassword(
      username: string,
      password: string,
    ): Promise<{ account: StaffAccount; revokedSessions: number }> {
      validate(passwordInputSchema, { password })
      const account = await findAccount(username)
      const now = deps.clock()
      account.passwordHash = await hashPassword(password)
      account.passwordChangedAt = now
      await account.save()
      await createCounterStore(deps.models.RateCounter).clearSubject(account.username)
      return { account, revokedSessions: await revokeSessions(account._id, now) }
    },
  }
}

export type StaffService = ReturnType<typeof createStaffService>
