import { canSeeContactDetails, type StaffPrincipal } from '@zhengmin/shared'

/**
 * Anonymous 举报 in staff searches: staff who may not see a reporter's phone must not find the
 * report by that phone either (it would confirm who wrote it). The policy is
 * canSeeContactDetails (shared permissions).
 */
export function phoneSearchScope(staff: Pick<StaffPrincipal, 'role'>): Record<string, unknown> {
  return canSeeContactDetails(staff, { anonymous: true }) ? {} : { anonymous: { $ne: true } }
}
