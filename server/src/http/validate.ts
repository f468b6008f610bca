import type { z } from 'zod'
import { toFieldErrors } from '@zhengmin/shared'
import { badRequest } from './errors'

/**
 * Validates outside input against a shared zod schema; a failure is a 400 listing each field
 * with its Chinese message. The schemas only produce plain values, so nothing that reaches the
 * database can be a query operator.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) {
    const fields = toFieldErrors(result.error)
    throw badRequest(fields[0]?.message ?? '提交的内容不符合要求', fields)
  }
  return result.data
}
