import { z } from 'zod'

/**
 * The Idempotency-Key header a client sends with a submission: an opaque random token
 * (a UUID in practice) that makes a retried request return the first answer.
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_:-]{8,128}$/, 'Idempotency-Key 须为 8–128 位字母、数字、下划线、冒号或连字符')

/** Query of GET /calendar/deadline. */
export const deadlineQuerySchema = z.object({
  /** The instant of receipt, ISO 8601 with an offset or Z. */
  receivedAt: z.iso.datetime({ offset: true, error: 'receivedAt 须为带时区的 ISO 8601 时间' }),
  /** Length of the period in working days. */
  workingDays: z.coerce
    .number({ error: 'workingDays 须为整数' })
    .int('workingDays 须为整数')
    .min(1, 'workingDays 须在 1 到 60 之间')
    .max(60, 'workingDays 须在 1 到 60 之间')
    .default(5),
  /** With `true`, the answer lists the counted working days and the skipped rest days. */
  explain: z
    .enum(['true', 'false'], { error: 'explain 须为 true 或 false' })
    .default('false')
    .transform((value) => value === 'true'),
})
