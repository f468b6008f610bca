import {
  canEditGuides,
  canPublish,
  canRecordIntake,
  staffRoleLabels,
  type StaffProfile,
} from '@zhengmin/shared'

/** A part of the staff pages the navigation leads to. */
export type StaffSectionKey = 'inbox' | 'intake' | 'publications' | 'guides' | 'dashboard'

export interface StaffSection {
  key: StaffSectionKey
  label: string
  url: string
}

const INBOX: StaffSection = { key: 'inbox', label: '收件箱', url: '/staff/inbox/index' }
const PUBLICATIONS: StaffSection = {
  key: 'publications',
  label: '回复选登',
  url: '/staff/publications/index',
}
// Messages received by phone, letter, visit or as 12345 工单, typed in by staff (代录入).
const INTAKE: StaffSection = { key: 'intake', label: '代录入', url: '/staff/intake/index' }
const GUIDES: StaffSection = { key: 'guides', label: '办事指南', url: '/staff/guides/index' }
// Every staff member sees statistics: a handler those of their own unit (the server decides).
const DASHBOARD: StaffSection = { key: 'dashboard', label: '统计', url: '/staff/dashboard/index' }

/** The sections this staff member may use, in the navigation's order (shared permissions decide). */
export function staffSections(staff: Pick<StaffProfile, 'role' | 'unit'>): StaffSection[] {
  return [
    INBOX,
    ...(canRecordIntake(staff) ? [INTAKE] : []),
    ...(canPublish(staff) ? [PUBLICATIONS] : []),
    ...(canEditGuides(staff) ? [GUIDES] : []),
    DASHBOARD,
  ]
}

/** Who is signed in, as the header shows it: "王芳 · 办公室". */
export function signedInText(staff: Pick<StaffProfile, 'displayName' | 'role'>): string {
  const role = staffRoleLabels[staff.role]
  const name = staff.displayName.trim()
  return name && name !== role ? `${name} · ${role}` : role
}
