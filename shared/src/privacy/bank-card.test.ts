import fc from 'fast-check'
import { isPlausibleBankCardNumber, maskBankCard, passesLuhn } from './bank-card'
import { withLuhnDigit, withWrongLuhnDigit } from './test-support'

describe('bank card numbers', () => {
  it('checks Luhn', () => {
    expect(passesLuhn('4000000000000002')).toBe(true)
    expect(passesLuhn('79927398713')).toBe(true)
    expect(passesLuhn('79927398710')).toBe(false)
    expect(passesLuhn('1234x')).toBe(false)
  })

  it('accepts 16–19 digits with a card-scheme prefix that pass Luhn', () => {
    expect(isPlausibleBankCardNumber(withLuhnDigit('622200000000000'))).toBe(true)
    expect(isPlausibleBankCardNumber(withLuhnDigit('955800000000000000'))).toBe(true)
    expect(isPlausibleBankCardNumber(withWrongLuhnDigit('622200000000000'))).toBe(false)
    // Too short, too long, not a card prefix (a date range 20240501-20240531 is 16 digits).
    expect(isPlausibleBankCardNumber(withLuhnDigit('62220000000000'))).toBe(false)
    expect(isPlausibleBankCardNumber(withLuhnDigit('6222000000000000000'))).toBe(false)
    expect(isPlausibleBankCardNumber(withLuhnDigit('202405012024053'))).toBe(false)
  })

  it('accepts every generated UnionPay number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^62\d{13,16}$/), (body) =>
        isPlausibleBankCardNumber(withLuhnDigit(body)),
      ),
    )
  })

  it('masks all but the last 4 digits, keeping the grouping', () => {
    expect(maskBankCard('6222 0000 0000 0009')).toBe('**** **** **** 0009')
    expect(maskBankCard('6217000000000000012')).toBe('***************0012')
  })
})
