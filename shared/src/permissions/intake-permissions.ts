import type { StaffPrincipal } from './message-permissions'
import { isBureauWide } from './roles'

/** The 信访窗口's unit code (config/src/units.ts): its staff receive visits and letters. */
export const PETITION_UNIT = 'petition'

/**
 * Whether the staff member may record a message received by phone, letter, visit or 12345
 * (代录入): the office (and admin), and the handlers of the 信访窗口.
 */
export function canRecordIntake(staff: Pick<StaffPrincipal, 'role' | 'unit'>): boolean {
  // The 信访窗口's own staff (handlers and their unit head) record what reaches the window.
  return isBureauWide(staff.role) || staff.unit === PETITION_UNIT
}
