import { canSeeMessage, type MessageAccessScope, type StaffPrincipal } from './message-permissions'

/**
 * Whether the staff member may see a message's photos: whoever may read the message (its unit's
 * handlers, the office, admin). Photos are personal data: never published, never exported.
 */
export function canSeeAttachments(staff: StaffPrincipal, message: MessageAccessScope): boolean {
  return canSeeMessage(staff, message)
}
