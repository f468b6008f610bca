import { z } from 'zod'

/**
 * The query fields of every cursor-paged list: an opaque cursor (the `nextCursor` of the
 * previous page) and a page size of 1–50 (20 by default).
 */
export const pageQueryFields = {
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, '分页参数不正确')
    .optional(),
  limit: z.coerce
    .number({ error: '每页条数应为1到50之间的整数' })
    .int('每页条数应为1到50之间的整数')
    .min(1, '每页条数应为1到50之间的整数')
    .max(50, '每页条数应为1到50之间的整数')
    .default(20),
}

/**
 * One page of a cursor-paged list: its rows and the cursor of the next page (`null` on the
 * last), to pass back as `cursor`.
 */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}
