// Bank card numbers: 16–19 digits passing the Luhn check. Only prefixes card schemes use are
// accepted — 3 (JCB), 4 (Visa), 5 (Mastercard), 6 (UnionPay 62, Discover) and 95 (old domestic
// 19-digit cards, e.g. 9558) — because order numbers, serial numbers and date ranges
// (20240501-20240531) are 16+ digits too and one in ten of them passes Luhn by chance. A number
// that fails Luhn is reported only in a text about bank cards (卡号, 银行卡, 工资卡 …) and only
// with a domestic card's prefix (62 UnionPay, 95 old 19-digit cards): there a citizen who mistypes
// or makes up a digit has still published their account, while elsewhere a mistyped card number
// cannot be told from any other long number.
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

/** Words that make a text one about bank cards or accounts: banks, cards, accounts, 户名. */
const CARD_TALK =
  /银行|信用社|[农建工中交招]行|邮储|工资卡|存折|开户|户名|卡号|卡上|卡里|张卡|账号|账户|工资发放|工资表|发放表|代发/

/** Whether the text talks about bank cards or accounts, so that long numbers in it may be one. */
export function talksAboutBankCards(text: string): boolean {
  return CARD_TALK.test(text)
}

/**
 * Whether a digit string has the length and prefix of a domestic bank card, Luhn aside: what a
 * card number looks like when one digit of it is mistyped.
 */
export function hasDomesticCardShape(digits: string): boolean {
  return digits.length >= 16 && digits.length <= 19 && /^(?:62|95)/.test(digits)
}

/** Keeps only the last 4 digits and the grouping: **** **** **** 1234. */
export function maskBankCard(written: string): string {
  const length = written.replace(/\D/g, '').length
  return maskDigitPositions(written, [0, length - 4])
}
