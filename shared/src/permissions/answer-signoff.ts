import type { SignoffLevel } from '../messages/answer-signoff'
import type { MessageAccessScope, StaffPrincipal } from './message-permissions'
import { isBureauWide, type StaffRole } from './roles'

/**
 * Whether the staff member may approve (签发) or send back an answer to this message at this
 * sign-off level: the office and admin always; a unit head (科室负责人) only for their own unit
 * and only where the unit head signs off.
 */
export function canSignOffAnswer(
  staff: StaffPrincipal,
  message: Pick<MessageAccessScope, 'unit'>,
  level: SignoffLevel,
): boolean {
  switch (level) {
    case 'none':
      return false
    case 'unit-head':
      return (
        isBureauWide(staff.role) ||
        (staff.role === 'unit-head' && staff.unit !== undefined && staff.unit === message.unit)
      )
    case 'office':
      return isBureauWide(staff.role)
  }
}

/**
 * Whether an answer this staff member writes must wait for sign-off: yes where the unit
 * requires it, unless the author could approve it themselves.
 */
export function answerNeedsSignoff(
  author: StaffPrincipal,
  message: Pick<MessageAccessScope, 'unit'>,
  level: SignoffLevel,
): boolean {
  return level !== 'none' && !canSignOffAnswer(author, message, level)
}

/** Whether the staff member may give 分办意见 (the office's note when dispatching). */
export function canGiveDispatchNote(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return isBureauWide(staff.role)
}

/** The sign-off levels whose answers a role approves (within its reach): its 待签发 queue. */
export function signoffLevelsFor(role: StaffRole): SignoffLevel[] {
  if (isBureauWide(role)) return ['unit-head', 'office']
  return role === 'unit-head' ? ['unit-head'] : []
}

/** Whether a role signs off answers at all, so sees the 待签发 queue: unit heads, office, admin. */
export function signsOffAnswers(role: StaffRole): boolean {
  return signoffLevelsFor(role).length > 0
}
