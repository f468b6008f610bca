/** Test data for the staff pages' component tests. */
import type { StaffMessageListItem } from '@zhengmin/shared'

/** An inbox row of a message 市社保局 is handling, with 3 working days left. */
export function inboxRow(
  id: string,
  overrides: Partial<StaffMessageListItem> = {},
): StaffMessageListItem {
  return {
    id,
    code: 'BC7K9MQ2',
    category: 'complaint',
    title: `留言 ${id}`,
    status: 'assigned',
    unit: 'social-insurance',
    unitName: '市社保局',
    receivedAt: '2025-09-30T10:00:00.000+08:00',
    dueDate: '2025-10-14',
    dueAt: '2025-10-14T23:59:59.999+08:00',
    provisional: false,
    workingDaysLeft: 3,
    urgency: 'normal',
    extended: false,
    ...overrides,
  }
}
