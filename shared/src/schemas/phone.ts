import { z } from 'zod'

/** Mainland mobile: 11 digits starting 13–19. */
const MOBILE = /^1[3-9]\d{9}$/
/** Mainland landline with area code (e.g. 0857 8221234): 0, a 2–3 digit area code, 7–8 digits. */
const LANDLINE = /^0\d{2,3}\d{7,8}$/

/** Canonical form of a phone number as typed: spaces, hyphens and a +86/0086 prefix removed. */
export function normalizePhone(input: string): string {
  return input
    .trim()
    .replace(/[\s\-()（）]/g, '')
    .replace(/^(\+86|0086)/, '')
}

/** Whether a normalized number is a mainland mobile or landline number. */
export function isMainlandPhone(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone)
}

/** A citizen's contact number: normalized, then checked to be a mainland mobile or landline. */
export const phoneSchema = z
  .string({ error: '请填写联系电话' })
  .transform(normalizePhone)
  // An empty box asks for the number rather than calling it wrong.
  .refine((phone) => phone.length > 0, { message: '请填写联系电话', abort: true })
  .refine(isMainlandPhone, { message: '请填写正确的手机号码或带区号的固定电话' })
