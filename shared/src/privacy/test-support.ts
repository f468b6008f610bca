// Generators of fictitious but well-formed numbers for tests and the corpus checks.
import { passesLuhn } from './bank-card'
import { idCardCheckCharacter } from './id-card'

/** An 18-character ID number: the 17 given digits and their correct check character. */
export function withIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`expected 17 digits, got ${first17}`)
  return first17 + idCardCheckCharacter(first17)
}

/** The 17 given digits with a check character that is wrong for them. */
export function withWrongIdCheckCharacter(first17: string): string {
  const right = idCardCheckCharacter(first17)
  return first17 + (right === '0' ? '1' : '0')
}

/** A card number: the given digits and the Luhn check digit that makes the whole pass. */
export function withLuhnDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    if (passesLuhn(`${body}${digit}`)) return `${body}${digit}`
  }
  throw new RangeError(`no Luhn digit for ${body}`)
}

/** The given digits and a final digit that makes the whole fail Luhn. */
export function withWrongLuhnDigit(body: string): string {
  const right = withLuhnDigit(body).slice(-1)
  return body + (right === '0' ? '1' : '0')
}
