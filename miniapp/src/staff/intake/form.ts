import {
  beijingDate,
  receiptTimeProblem,
  staffIntakeSchema,
  toBeijingIsoString,
  toFieldErrors,
  type FieldError,
  type MessageCategory,
  type StaffIntakeChannel,
  type StaffIntakeInput,
} from '@zhengmin/shared'

/** What the clerk has typed or chosen so far. */
export interface IntakeFormValues {
  channel: StaffIntakeChannel | ''
  hotlineTicketId: string
  /** Beijing date and time of receipt, as typed: "2026-03-06", "15:30". */
  receivedDate: string
  receivedTime: string
  category: MessageCategory | ''
  title: string
  content: string
  name: string
  phone: string
}

/** The fields errors are shown next to, in page order (`receivedAt`: the date and time). */
export const INTAKE_FIELDS = [
  'channel',
  'hotlineTicketId',
  'receivedAt',
  'category',
  'title',
  'content',
  'name',
  'phone',
] as const
export type IntakeFormField = (typeof INTAKE_FIELDS)[number]
export type IntakeFormErrors = Partial<Record<IntakeFormField, string>>

/** A blank form, the receipt preset to now (Beijing): most calls are recorded as they end. */
export function emptyIntakeForm(now: Date): IntakeFormValues {
  return {
    channel: '',
    hotlineTicketId: '',
    receivedDate: beijingDate(now),
    receivedTime: toBeijingIsoString(now).slice(11, 16),
    category: '',
    title: '',
    content: '',
    name: '',
    phone: '',
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** The first message for each field the form shows (schema or server errors). */
export function toIntakeErrors(fields: readonly FieldError[]): IntakeFormErrors {
  const errors: IntakeFormErrors = {}
  for (const { field, message } of fields) {
    const known = (INTAKE_FIELDS as readonly string[]).includes(field)
    if (known && !errors[field as IntakeFormField]) errors[field as IntakeFormField] = message
  }
  return errors
}

/**
 * The request body, or the errors to show next to the fields: the shared schema's rules, and
 * the receipt time checked against `now` as the server will check it.
 */
export function validateIntake(
  values: IntakeFormValues,
  now: Date,
): { input: StaffIntakeInput; errors?: undefined } | { errors: IntakeFormErrors } {
  const date = values.receivedDate.trim()
  const time = values.receivedTime.trim()
  const timeTyped = DATE.test(date) && TIME.test(time)
  const input: Record<string, unknown> = {
    ...(values.channel ? { channel: values.channel } : {}),
    ...(values.hotlineTicketId.trim() ? { hotlineTicketId: values.hotlineTicketId } : {}),
    // Typed in Beijing time, whatever the desk computer's time zone.
    receivedAt: timeTyped ? `${date}T${time}:00+08:00` : '',
    ...(values.category ? { category: values.category } : {}),
    title: values.title,
    content: values.content,
    name: values.name,
    phone: values.phone,
  }
  const parsed = staffIntakeSchema.safeParse(input)
  const errors = parsed.success ? {} : toIntakeErrors(toFieldErrors(parsed.error))
  const receivedAt = timeTyped ? new Date(`${date}T${time}:00+08:00`) : undefined
  if (!receivedAt || Number.isNaN(receivedAt.getTime()))
    errors.receivedAt = '请按“2026-03-06”和“15:30”的格式填写收到日期和时间'
  else {
    // Checked whatever else is wrong, so every problem shows at once.
    const problem = receiptTimeProblem(receivedAt, now)
    if (problem) errors.receivedAt = problem
  }
  if (Object.keys(errors).length > 0) return { errors }
  return { input: input as StaffIntakeInput }
}
