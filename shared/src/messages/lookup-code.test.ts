import { randomBytes } from 'node:crypto'
import {
  characterForByte,
  formatLookupCode,
  generateLookupCode,
  isLookupCode,
  LOOKUP_CODE_ALPHABET,
  LOOKUP_CODE_LENGTH,
  normalizeLookupCode,
} from './lookup-code'

describe('lookup codes', () => {
  it('uses no characters that are easily confused', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L'])
      expect(LOOKUP_CODE_ALPHABET).not.toContain(ambiguous)
  })

  it('generates codes of the right length from the alphabet', () => {
    for (let i = 0; i < 1000; i += 1) {
      const code = generateLookupCode(randomBytes)
      expect(code).toHaveLength(LOOKUP_CODE_LENGTH)
      expect(isLookupCode(code)).toBe(true)
    }
  })

  it('maps random bytes to characters with equal chance (no modulo bias)', () => {
    const counts = new Map<string, number>()
    let rejected = 0
    for (let byte = 0; byte < 256; byte += 1) {
      const char = characterForByte(byte)
      if (char === undefined) rejected += 1
      else counts.set(char, (counts.get(char) ?? 0) + 1)
    }
    expect(counts.size).toBe(LOOKUP_CODE_ALPHABET.length)
    expect(new Set(counts.values())).toEqual(
      new Set([Math.floor(256 / LOOKUP_CODE_ALPHABET.length)]),
    )
    expect(rejected).toBe(256 % LOOKUP_CODE_ALPHABET.length)
  })

  it('skips rejected bytes and keeps drawing', () => {
    // Only the top byte values, all rejected, then an accepted one.
    let call = 0
    const source = (size: number) =>
      Uint8Array.from({ length: size }, () => (call++ < 40 ? 255 : 2))
    expect(generateLookupCode(source)).toBe(LOOKUP_CODE_ALPHABET[2]!.repeat(LOOKUP_CODE_LENGTH))
  })

  it('does not repeat in 10,000 draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => generateLookupCode(randomBytes)))
    expect(codes.size).toBe(10_000)
  })

  it('normalizes what people type and formats for reading aloud', () => {
    expect(normalizeLookupCode(' bc7k-9mq2 ')).toBe('BC7K9MQ2')
    expect(formatLookupCode('BC7K9MQ2')).toBe('BC7K-9MQ2')
    expect(isLookupCode('BC7K9MQ')).toBe(false)
    expect(isLookupCode('BC7K9MQ0')).toBe(false)
  })
})
