import type { PhoneLine } from './schema'

// Kept apart from the schemas (no zod at run time): the mini-program's home page imports it
// into the main package, which has a size budget.

/** The national HR and social security service line, the one consultation number verified. */
export const NATIONAL_HOTLINE: PhoneLine = { label: '全国人社服务热线', number: '12333' }

/** A phone number as a dialler takes it: "0857-1234567" → "08571234567". */
export function dialString(number: string): string {
  return number.replace(/[^\d+]/g, '')
}
