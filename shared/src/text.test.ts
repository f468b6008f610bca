import { countCharacters, escapeRegExp } from './text'

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    for (const text of ['.*', '(a+)+$', '[人社]', 'a|b', '\\d{3}', '^开头', '1+1=2?', 'a/b-c']) {
      expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true)
    }
    expect(new RegExp(escapeRegExp('.*')).test('任意文字')).toBe(false)
    expect(new RegExp(escapeRegExp('[人社]')).test('人')).toBe(false)
    expect(escapeRegExp('养老保险')).toBe('养老保险')
  })
})

describe('countCharacters', () => {
  it('counts an emoji once', () => {
    expect(countCharacters('社保👍')).toBe(3)
  })
})
