/**
 * Lookup codes (查询码) let a citizen without WeChat find their message again. They are read
 * aloud over the phone and typed on small keyboards, so the alphabet leaves out characters that
 * look alike (0/O, 1/I/L) and vowels that could spell words; they are drawn at random so a
 * code says nothing about its neighbours.
 */
export const LOOKUP_CODE_ALPHABET = '23456789BCDFGHJKMNPQRSTVWXYZ'
export const LOOKUP_CODE_LENGTH = 8

/** Source of uniformly random bytes (crypto.randomBytes on the server); injected to keep this pure. */
export type RandomBytes = (size: number) => Uint8Array

/**
 * A new random lookup code. Uses rejection sampling so every character is equally likely
 * (a plain modulo would favour the first characters of the alphabet).
 */
export function generateLookupCode(randomBytes: RandomBytes): string {
  let code = ''
  while (code.length < LOOKUP_CODE_LENGTH) {
    for (const byte of randomBytes(LOOKUP_CODE_LENGTH * 2)) {
      code += characterForByte(byte) ?? ''
      if (code.length === LOOKUP_CODE_LENGTH) break
    }
  }
  return code
}

const ACCEPTED_BYTES = 256 - (256 % LOOKUP_CODE_ALPHABET.length)

/** The code character a random byte stands for, or undefined for the few bytes rejected. */
export function characterForByte(byte: number): string | undefined {
  if (byte >= ACCEPTED_BYTES) return undefined
  return LOOKUP_CODE_ALPHABET[byte % LOOKUP_CODE_ALPHABET.length]
}

/** Canonical form of a code as typed by a person: upper case, spaces and hyphens removed. */
export function normalizeLookupCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

/** Whether a normalized string has the shape of a lookup code. */
export function isLookupCode(code: string): boolean {
  if (code.length !== LOOKUP_CODE_LENGTH) return false
  for (const char of code) if (!LOOKUP_CODE_ALPHABET.includes(char)) return false
  return true
}

/** Display form, grouped in fours for reading aloud: "BC7K-9MQ2". */
export function formatLookupCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}
