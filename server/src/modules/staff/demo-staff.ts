import { UNITS } from '@zhengmin/config'
import type { NewStaffAccount } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { createStaffService } from './staff.service'

/**
 * The demo accounts: admin, office, and for each unit that answers messages one handler and
 * one unit head (科室负责人, who signs off the unit's answers where the unit requires it).
 */
export function demoStaffAccounts(): NewStaffAccount[] {
  const units = UNITS.filter((unit) => unit.answersMessages)
  return [
    { username: 'admin', displayName: '系统管理员（演示）', role: 'admin' },
    { username: 'office', displayName: '办公室（演示）', role: 'office' },
    ...units.map((unit): NewStaffAccount => ({
      username: `handler-${unit.code}`,
      displayName: `${unit.name}经办人（演示）`,
      role: 'handler',
      unit: unit.code,
    })),
    ...units.map((unit): NewStaffAccount => ({
      username: `head-${unit.code}`,
      displayName: `${unit.name}科室负责人（演示）`,
      role: 'unit-head',
      unit: unit.code,
    })),
  ]
}

/**
 * Creates the demo staff accounts that do not exist yet, all with `password`; existing ones
 * are left as they are (their password included), so running it again changes nothing.
 * Only for the embedded database outside production — main.ts decides that.
 */
export async function seedDemoStaff(
  models: Models,
  password: string,
  clock: () => Date = () => new Date(),
): Promise<{ created: string[]; existing: string[] }> {
  const staff = createStaffService({ models, clock })
  const created: string[] = []
  const existing: string[] = []
  for (const account of demoStaffAccounts()) {
    if (await staff.exists(account.username)) {
      existing.push(account.username)
      continue
    }
    try {
      await staff.create(account, password)
      created.push(account.username)
    } catch (error) {
      // Another process seeded the same account at the same moment.
      if ((error as { code?: string } | null)?.code !== 'username_taken') throw error
      existing.push(account.username)
    }
  }
  return { created, existing }
}
