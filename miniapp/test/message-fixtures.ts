/** Test data for the citizen pages' component tests. */

/** What the server answers to a message submitted on 2025-09-30 (due 2025-10-14). */
export const SUBMITTED_MESSAGE = {
  id: '6650a1b2c3d4e5f6a7b8c9d0',
  code: 'BC7K9MQ2',
  status: 'submitted',
  receivedAt: '2025-09-30T10:00:00.000+08:00',
  receivedDate: '2025-09-30',
  dueDate: '2025-10-14',
  dueAt: '2025-10-14T23:59:59.999+08:00',
  provisional: false,
}
