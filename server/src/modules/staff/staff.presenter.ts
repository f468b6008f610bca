import { toBeijingIsoString, type StaffProfile, type StaffSession } from '@zhengmin/shared'
import type { StaffIdentity } from '../../http/staff-auth'
import type { OpenedSession } from './staff-session.service'

/** A staff member as the staff pages see them; nothing about the password or the session. */
export function presentStaffProfile(staff: StaffIdentity): StaffProfile {
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.displayName,
    role: staff.role,
    ...(staff.unit ? { unit: staff.unit } : {}),
  }
}

/** The answer to a login: the raw token (shown this once), its expiry and who signed in. */
export function presentSession(session: OpenedSession): StaffSession {
  return {
    token: session.token,
    expiresAt: toBeijingIsoString(session.expiresAt),
    staff: presentStaffProfile(session.staff),
  }
}
