import { mayBeAnonymous, type FieldError, type MessageCategory } from '@zhengmin/shared'

/** What the citizen has typed or chosen so far. */
export interface MessageFormValues {
  category: MessageCategory | ''
  title: string
  content: string
  name: string
  phone: string
  allowPublish: boolean
  /** 举报 only: hide name and phone from the handling unit. */
  anonymous: boolean
  consent: boolean
}

export type MessageFormField = keyof MessageFormValues
export type MessageFormErrors = Partial<Record<MessageFormField, string>>

export const EMPTY_FORM: MessageFormValues = {
  category: '',
  title: '',
  content: '',
  name: '',
  phone: '',
  allowPublish: false,
  anonymous: false,
  consent: false,
}

/** Fields in the order they appear on the page (the first invalid one is scrolled to). */
export const FIELD_ORDER: readonly MessageFormField[] = [
  'category',
  'title',
  'content',
  'name',
  'phone',
  'anonymous',
  'allowPublish',
  'consent',
]

/** The request body before validation: unset choices are left out so the schema names them. */
export function toMessageInput(values: MessageFormValues): Record<string, unknown> {
  return {
    ...(values.category ? { category: values.category } : {}),
    title: values.title,
    content: values.content,
    ...(values.name.trim() ? { name: values.name } : {}),
    phone: values.phone,
    allowPublish: values.allowPublish,
    // Sent only where it is offered: switching away from 举报 drops the choice.
    ...(values.anonymous && values.category && mayBeAnonymous(values.category)
      ? { anonymous: true }
      : {}),
    consent: values.consent,
  }
}

function isFormField(field: string): field is MessageFormField {
  return (FIELD_ORDER as readonly string[]).includes(field)
}

/** The first message for each field of the form (schema or server errors; others are dropped). */
export function toFormErrors(fields: readonly FieldError[]): MessageFormErrors {
  const errors: MessageFormErrors = {}
  for (const { field, message } of fields) {
    if (isFormField(field) && !errors[field]) errors[field] = message
  }
  return errors
}

/** The first field, in page order, that has an error. */
export function firstInvalidField(errors: MessageFormErrors): MessageFormField | undefined {
  return FIELD_ORDER.find((field) => errors[field])
}

/** The validated message without the notice flag (off is the server's default, so not sent). */
export function withoutNoticeFlag<T extends { notifyOnAnswer?: boolean }>(input: T): T {
  const rest = { ...input }
  delete rest.notifyOnAnswer
  return rest
}
