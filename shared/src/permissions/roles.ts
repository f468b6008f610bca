/** The roles a staff account can have; what each may do is decided in ./message-permissions. */
export const STAFF_ROLES = ['handler', 'unit-head', 'office', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** Chinese names of the roles, as staff read them. */
export const staffRoleLabels: Record<StaffRole, string> = {
  handler: '经办人',
  'unit-head': '科室负责人',
  office: '办公室',
  admin: '系统管理员',
}

/** Whether a role sees and acts for the whole bureau rather than one unit. */
export function isBureauWide(role: StaffRole): boolean {
  return role === 'office' || role === 'admin'
}

/**
 * Whether a role belongs to one unit: a handler, and a unit head (科室负责人), who does what the
 * unit's handlers do and also signs off their answers (see ./answer-signoff).
 */
export function belongsToUnit(role: StaffRole): boolean {
  return role === 'handler' || role === 'unit-head'
}
