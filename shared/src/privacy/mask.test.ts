import fc from 'fast-check'
import { detectPersonalData } from './detect'
import { maskPersonalData, redactPersonalData } from './mask'
import { withIdCheckCharacter, withLuhnDigit } from './test-support'

describe('maskPersonalData', () => {
  it('replaces every finding by its suggestion', () => {
    const text = '张先生您好，您的电话13800001234、邮箱zhangsan@example.com已登记。'
    expect(maskPersonalData(text).text).toBe(
      '某先生您好，您的电话138****1234、邮箱z***@example.com已登记。',
    )
  })

  it('reports the findings with offsets into the original text', () => {
    const text = '电话１３８００００１２３４。'
    const { findings } = maskPersonalData(text)
    expect(findings).toEqual([
      {
        kind: 'mobile',
        start: 2,
        end: 13,
        text: '１３８００００１２３４',
        suggestion: '138****1234',
      },
    ])
  })

  it('masks only the findings it is given', () => {
    const text = '电话13800001234，卡号6222000000000009'
    const [phone] = detectPersonalData(text)
    expect(maskPersonalData(text, phone ? [phone] : []).text).toBe(
      '电话138****1234，卡号6222000000000009',
    )
    expect(maskPersonalData(text, []).text).toBe(text)
  })

  it('refuses findings that do not match the text or overlap', () => {
    const text = '电话13800001234'
    const [phone] = detectPersonalData(text)
    if (!phone) throw new Error('expected a finding')
    expect(() => maskPersonalData(`${text}。`.slice(1), [phone])).toThrow(RangeError)
    expect(() => maskPersonalData(text, [phone, phone])).toThrow(RangeError)
    expect(() => maskPersonalData(text, [{ ...phone, end: phone.start }])).toThrow(RangeError)
  })
})

describe('redactPersonalData', () => {
  it("uses the author's context", () => {
    const result = redactPersonalData('我叫张三丰，电话5556677', {
      authorName: '张三丰',
      authorPhone: '0857-5556677',
    })
    expect(result.text).toBe('我叫张**，电话****677')
    expect(result.findings.map((f) => f.kind)).toEqual(['author-name', 'author-phone'])
  })

  it('leaves nothing to find in what it returns', () => {
    const personal = fc.constantFrom(
      '13800001234',
      '+86 139-0000-5678',
      '0857-5551234转806',
      '（0857）5552345',
      withIdCheckCharacter('52052420450228004'),
      '52050220320315028x',
      withLuhnDigit('622200000000000'),
      '6217 0000 0000 0000 012',
      'zhang.san@example.com',
      '张先生',
      '欧阳经理',
      '王小明老师',
      '我叫李四，',
      '姓名：王五 ',
      '王五、赵六等人',
      '一三八零零零零一二三四',
    )
    const filler = fc.constantFrom(
      '，',
      '。',
      '您好',
      '电话',
      '身份证号',
      '卡号',
      '邮箱',
      ' ',
      '的',
      '社保局',
    )
    // Something between two items: "a@example.comb@example.com" has no answer to find.
    const text = fc
      .array(fc.tuple(personal, filler), { maxLength: 8 })
      .map((pairs) => pairs.map(([p, f]) => p + f).join(''))
    const context = { authorName: '李四', authorPhone: '13800001234' }
    fc.assert(
      fc.property(text, (t) => {
        expect(detectPersonalData(redactPersonalData(t, context).text, context)).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })
})
