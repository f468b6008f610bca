import { mayBeAnonymous, type FieldError, type MessageCategory } from '@zhengmin/shared'
import {
  EMPTY_WAGE_ARREARS,
  toWageArrearsInput,
  WAGE_ARREARS_FIELDS,
  type WageArrearsField,
  type WageArrearsFormValues,
} from './wage-form'

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
  /** The 欠薪 details (issue #22 part 3), sent when the citizen chose that topic. */
  wageArrears: WageArrearsFormValues
}

/** Everything an error can be about: the boxes, each 欠薪 box, and the photos. */
export type MessageFormField =
  Exclude<keyof MessageFormValues, 'wageArrears'> | WageArrearsField | 'attachments'
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
  wageArrears: EMPTY_WAGE_ARREARS,
}

/** Fields in the order they appear on the page (the first invalid one is scrolled to). */
export const FIELD_ORDER: readonly MessageFormField[] = [
  'category',
  ...WAGE_ARREARS_FIELDS,
  'title',
  'content',
  'attachments',
  'name',
  'phone',
  'anonymous',
  'allowPublish',
  'consent',
]

/**
 * The request body before validation: unset choices are left out so the schema names them;
 * `photos` are the upload tokens of the photos sent with it.
 */
export function toMessageInput(
  values: MessageFormValues,
  photos: readonly string[] = [],
): Record<string, unknown> {
  const wageArrears = toWageArrearsInput(values.wageArrears)
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
    ...(wageArrears ? { wageArrears } : {}),
    ...(photos.length > 0 ? { attachments: [...photos] } : {}),
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
