import { isBureauWide, type StaffRole } from './roles'

/** Whether the staff member may merge duplicates into a lead (并单) and separate them again. */
export function canMergeDuplicates(staff: { role: StaffRole }): boolean {
  return isBureauWide(staff.role)
}

/**
 * Whether the staff member sees the citizen's name and phone. An anonymous 举报 hides them from
 * the handling unit's staff; the office and admin see them, and each view is recorded.
 */
export function canSeeContactDetails(
  staff: { role: StaffRole },
  message: { anonymous?: boolean | undefined },
): boolean {
  return !message.anonymous || isBureauWide(staff.role)
}
