import type { MessageAction } from '../messages/lifecycle'
import type { MessageStatus } from '../schemas/message'
import { isBureauWide, type StaffRole } from './roles'

/** The staff member asking, as far as permissions care. */
export interface StaffPrincipal {
  id: string
  role: StaffRole
  /** The handler's unit; office and admin accounts may have none. */
  unit?: string
}

/** The message being acted on, as far as permissions care. */
export interface MessageAccessScope {
  /** The unit the message is dispatched to; none while it waits for the office. */
  unit?: string
  status: MessageStatus
}

/** The lifecycle actions staff take; Extract drops a name the lifecycle no longer has. */
type LifecycleStaffAction = Extract<MessageAction, 'assign' | 'transfer' | 'reply' | 'decline'>

/**
 * What staff do to a message: the lifecycle actions staff take, plus the ones that leave the
 * state alone (extensions, internal notes).
 */
export type StaffMessageAction =
  LifecycleStaffAction | 'requestExtension' | 'approveExtension' | 'note'

/** Every staff action, e.g. to test each role against each. */
export const STAFF_MESSAGE_ACTIONS = [
  'assign',
  'transfer',
  'reply',
  'decline',
  'requestExtension',
  'approveExtension',
  'note',
] as const satisfies readonly StaffMessageAction[]

/** Whether the staff member belongs to the unit the message is dispatched to. */
function isOfAssignedUnit(staff: StaffPrincipal, message: MessageAccessScope): boolean {
  return staff.unit !== undefined && message.unit !== undefined && staff.unit === message.unit
}

/** Whether the staff member may read the message: a handler only their own unit's, office and admin all. */
export function canSeeMessage(staff: StaffPrincipal, message: MessageAccessScope): boolean {
  return isBureauWide(staff.role) || isOfAssignedUnit(staff, message)
}

/**
 * Whether the staff member may take `action` on the message. This says WHO may act; whether the
 * action is legal in the message's current state is for the lifecycle (assertTransition) alone.
 */
export function canActOnMessage(
  staff: StaffPrincipal,
  message: MessageAccessScope,
  action: StaffMessageAction,
): boolean {
  switch (action) {
    case 'assign':
      return canDispatch(staff)
    case 'approveExtension':
      return canDecideExtensions(staff)
    case 'reply':
    case 'decline':
    case 'transfer':
    case 'requestExtension':
      return isBureauWide(staff.role) || isOfAssignedUnit(staff, message)
    case 'note':
      return canSeeMessage(staff, message)
  }
}

/** Whether the staff member sees every unit's messages and figures, not only their own unit's. */
export function canSeeEveryUnit(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return isBureauWide(staff.role)
}

/** Whether the staff member may dispatch messages (分办) and see those waiting for it (待分办). */
export function canDispatch(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return isBureauWide(staff.role)
}

/** Whether the staff member may approve or refuse a unit's request for more time. */
export function canDecideExtensions(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return isBureauWide(staff.role)
}

/** Whether the staff member may export the message list with citizens' names and phones. */
export function canExportContacts(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return staff.role === 'admin'
}

/** Whether the staff member may load a year's official holiday schedule. */
export function canManageCalendar(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return staff.role === 'admin'
}

/** Whether the staff member may create, disable and reset staff accounts. */
export function canManageStaff(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return staff.role === 'admin'
}

/** Whether the staff member may edit public-service guides. */
export function canEditGuides(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return isBureauWide(staff.role)
}

/** Whether the staff member may publish and unpublish answers (回复选登). */
export function canPublish(staff: Pick<StaffPrincipal, 'role'>): boolean {
  return isBureauWide(staff.role)
}
