import {
  classifyIdCardNumber,
  idCardCheckCharacter,
  isPlausibleBirthDate,
  isValidIdCardNumber,
  maskIdCard,
} from './id-card'
import { withIdCheckCharacter, withWrongIdCheckCharacter } from './test-support'

describe('ID card numbers', () => {
  it('computes the ISO 7064 MOD 11-2 check character, X included', () => {
    // The worked example of GB 11643-1999.
    expect(idCardCheckCharacter('11010519491231002')).toBe('X')
    expect(idCardCheckCharacter('52050220300101001')).toBe('9')
  })

  it('accepts valid numbers, with a lowercase x too', () => {
    expect(isValidIdCardNumber('11010519491231002X')).toBe(true)
    expect(isValidIdCardNumber('11010519491231002x')).toBe(true)
    expect(isValidIdCardNumber(withIdCheckCharacter('52052420450228004'))).toBe(true)
  })

  it('tells a wrong check character apart from a number that is no ID at all', () => {
    expect(classifyIdCardNumber(withWrongIdCheckCharacter('52052420450228004'))).toBe(
      'bad-check-character',
    )
    // Month 13, unknown province 99, year 1899.
    expect(classifyIdCardNumber(withIdCheckCharacter('52050220241301001'))).toBe('invalid')
    expect(classifyIdCardNumber(withIdCheckCharacter('99050220300101001'))).toBe('invalid')
    expect(classifyIdCardNumber(withIdCheckCharacter('52050218991231001'))).toBe('invalid')
  })

  it('accepts old 15-digit numbers with a plausible 19YYMMDD date', () => {
    expect(classifyIdCardNumber('520502000101001')).toBe('valid')
    expect(classifyIdCardNumber('520502001301001')).toBe('invalid')
  })

  it('checks calendar dates, leap years included', () => {
    expect(isPlausibleBirthDate('20000229')).toBe(true)
    expect(isPlausibleBirthDate('19000229')).toBe(false)
    expect(isPlausibleBirthDate('20240431')).toBe(false)
    expect(isPlausibleBirthDate('21010101')).toBe(false)
  })

  it('masks all but the first 4 and last 4 characters, keeping separators', () => {
    expect(maskIdCard('52050220320315028x')).toBe('5205**********028x')
    expect(maskIdCard('520502 20300101 0019')).toBe('5205** ******** 0019')
    expect(maskIdCard('520502000101001')).toBe('5205*******1001')
  })
})
