// Bank card numbers: 16–19 digits passing the Luhn check. Only prefixes card schemes use are
// accepted — 3 (JCB), 4 (Visa), 5 (Mastercard), 6 (UnionPay 62, Discover) and 95 (old domestic
// 19-digit cards, e.g. 9558) — because order numbers, serial numbers and date ranges
// (20240501-20240531) are 16+ digits too and one in ten of them passes Luhn by chance. A number
// that fails Luhn is not reported: a mistyped card number cannot be told from any other long
// number, and card numbers are usually copied, not typed from memory.
import { maskDigitPositions } from './digits'

/** Whether a digit string passes the Luhn (mod 10) check. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits.charAt(digits.length - 1 - i))
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** Whether a digit string looks like a bank card number: length, scheme prefix and Luhn. */
export function isPlausibleBankCardNumber(digits: string): boolean {
  return (
    digits.length >= 16 && digits.length <= 19 && /^(?:[3-6]|95)/.test(digits) && passesLuhn(digits)
  )
}

/** Keeps only the last 4 digits and the grouping: **** **** **** 1234. */
export function maskBankCard(written: string): string {
  const length = written.replace(/\D/g, '').length
  return maskDigitPositions(written, [0, length - 4])
}
