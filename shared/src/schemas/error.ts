import { z } from 'zod'
import { publicationFindingSchema } from './publication'

/** One invalid field of a request, as listed in a validation error. */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() })
export type FieldError = z.infer<typeof fieldErrorSchema>

/** The error body every API failure answers with. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(fieldErrorSchema).optional(),
    /** Personal data that stops a publication (422), each with its place in the text. */
    findings: z
      .array(publicationFindingSchema.extend({ messageId: z.string().optional() }))
      .optional(),
  }),
})
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>

/** Turns zod issues into field errors with the schema's Chinese messages. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }))
}
