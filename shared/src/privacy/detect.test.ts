import fc from 'fast-check'
import { passesLuhn } from './bank-card'
import { detectPersonalData } from './detect'
import { ADVERSARIAL_INPUTS } from './adversarial'
import { classifyIdCardNumber } from './id-card'
import {
  withIdCheckCharacter,
  withLuhnDigit,
  withWrongIdCheckCharacter,
  withWrongLuhnDigit,
} from './test-support'
import type { DetectionContext, Finding } from './types'

/** [kind, text] of every finding, for compact expectations. */
function found(text: string, context?: DetectionContext): Array<[string, string]> {
  return detectPersonalData(text, context).map((f) => [f.kind, f.text])
}

function suggestions(text: string, context?: DetectionContext): string[] {
  return detectPersonalData(text, context).map((f) => f.suggestion)
}

describe('mobile numbers', () => {
  it('reads a mobile a digit long or short after a phone word', () => {
    expect(found('他让我记他的电话：幺三九零零零零二零四一八。')).toEqual([
      ['mobile', '幺三九零零零零二零四一八'],
    ])
    expect(found('手机1390000204，打不通')).toEqual([['mobile', '1390000204']])
    expect(found('案号1390000204，金额1390000元')).toEqual([])
  })

  it('reads a foreign number written with + and a country code', () => {
    expect(found('电话+60 12-555 4419（马来西亚号码）')).toEqual([['mobile', '+60 12-555 4419']])
    expect(found('涨幅+5 个百分点，+12 元')).toEqual([])
  })

  it.each([
    '13800001234',
    '138 0000 1234',
    '138-0000-1234',
    '138 0000-1234',
    '138 - 0000 - 1234',
    '1380000 1234',
    '138 00001234',
    '+86 138 0000 1234',
    '+8613800001234',
    '86-13800001234',
    '0086 13800001234',
    '(+86)13800001234',
    '（+86）138 0000 1234',
    '013800001234',
    '１３８００００１２３４',
    '１３８　００００　１２３４',
    '1 3 8 0 0 0 0 1 2 3 4',
    '一三八零零零零一二三四',
    '幺三八零零零零一二三四',
  ])('finds %s', (number) => {
    expect(found(`联系电话${number}，谢谢`)).toEqual([['mobile', number]])
  })

  it('finds numbers right after or before Chinese text and at the ends of the text', () => {
    expect(found('13900001111是我的号码，备用139 0000 2222')).toEqual([
      ['mobile', '13900001111'],
      ['mobile', '139 0000 2222'],
    ])
  })

  it('finds two numbers separated by a space or a slash as two', () => {
    expect(found('13800004321 13900004321')).toHaveLength(2)
    expect(found('13800004321/13900004321')).toHaveLength(2)
  })

  it('does not take digits out of a longer digit run', () => {
    expect(found('编号613800001234')).toEqual([])
    expect(found('编号138000012345')).toEqual([])
    expect(found('流水号20240513800001234')).toEqual([])
  })

  it('needs 1[3-9] at the start', () => {
    expect(found('编号12800001234')).toEqual([])
    expect(found('档案编号10020034567')).toEqual([])
  })

  it('does not join more than four groups into one number', () => {
    expect(found('第138 0 0 0 01234页')).toEqual([])
  })

  it('masks the middle four digits and keeps the format', () => {
    expect(suggestions('电话13800001234')).toEqual(['138****1234'])
    expect(suggestions('电话+86 138-0000-1234')).toEqual(['+86 138-****-1234'])
    expect(suggestions('电话１３８００００１２３４')).toEqual(['138****1234'])
  })
})

describe('landline numbers', () => {
  it.each([
    '0857-8221234',
    '0857 8221234',
    '08578221234',
    '(0857)8221234',
    '（0857）8221234',
    '(0857) 8221234',
    '0857、8221234',
    '0857—8221234',
    '０８５７－８２２１２３４',
    '010-55501234',
    '01055501234',
    '021 55501234',
    '0857-822 1234',
    '0857-8221234-801',
    '0857-8221234转801',
  ])('finds %s', (number) => {
    expect(found(`单位电话${number}，请核实`)).toEqual([['landline', number]])
  })

  it.each([
    ['public hotline after an area code', '咨询电话0857-12333'],
    ['area code alone', '区号是0857，邮编551700'],
    ['local number of 6 digits', '电话0857-822123'],
    ['local number starting with 0', '电话0857-0221234'],
    ['too long', '编号0857822123456789'],
    ['no area code and no phone word', '编号8221234'],
    ['an unknown area code', '编号0012345678'],
  ])('does not flag %s', (_name, text) => {
    expect(found(text)).toEqual([])
  })

  it.each([
    [
      'a unit, its handler, then the phone word',
      '黄某：您好。请到工伤认定科办理，联系人邹某，电话0857-5551426。',
    ],
    [
      'the handler unnamed',
      '经调查，我局已作出认定。如有疑问，请与承办人联系，联系电话0857-5551416。',
    ],
    ['the office the citizen writes to', '你们上次让我联系的那个电话0857-5552333一直打不通。'],
    [
      'the further lines of a list of office lines',
      '县监察大队举报电话：0857-5551018，纳雍县：0857-5551203，赫章县：0857-5551456。',
    ],
    [
      'a number the writer looked up online',
      '窗口的电话是多少？网上查到的0857-5551185是不是还能打？',
    ],
  ])('leaves an office line alone: %s', (_name, text) => {
    expect(found(text).filter(([kind]) => kind === 'landline')).toEqual([])
  })

  it.each([
    ['a citizen naming a contact', '联系人：赵某，电话0857-5551234。', '0857-5551234'],
    [
      'a line in brackets after a person',
      '我局已转办。可直接与监察支队杜某某联系（0857-5551497）。',
      '0857-5551497',
    ],
    [
      'the handler named, the number in brackets',
      '您好！请直接与承办人聂某（电话0857-5551065）联系。',
      '0857-5551065',
    ],
    [
      'another party’s contact',
      '您好，对方联系人周科长，电话0512-55571122，可与其联系。',
      '0512-55571122',
    ],
    ['a person at an office', '或者 Tel:0857-5552946（办公室，找陆某）', '0857-5552946'],
    ['a flat, then the phone word', '家住沙坝路39号2单元102室，座机0857-5555816。', '0857-5555816'],
    [
      'the writer’s unit, no office named',
      '单位办公室电话0571-55532047，我是这家公司的人事。',
      '0571-55532047',
    ],
  ])('still reports a person’s line: %s', (_name, text, number) => {
    expect(found(text).filter(([kind]) => kind === 'landline')).toEqual([['landline', number]])
  })

  it('reads a landline written for callers from abroad (+86, no trunk 0)', () => {
    expect(found('电话+86 857 5552222')).toEqual([['landline', '+86 857 5552222']])
    expect(found('电话0086-10-55501234')).toEqual([['landline', '0086-10-55501234']])
    expect(suggestions('电话+86 857 5552222')).toEqual(['+86 857 ****222'])
    expect(found('共86 857 5552222元')).toEqual([])
  })

  it('reads two landlines side by side as two, not as a card', () => {
    expect(found('联系电话0857-5552222 0857-5552223')).toEqual([
      ['landline', '0857-5552222'],
      ['landline', '0857-5552223'],
    ])
  })

  it('takes a spot near an office for no office', () => {
    expect(found('我在社保中心门口，电话0857-5552222')).toEqual([['landline', '0857-5552222']])
  })

  it('ends a list of office lines at a person', () => {
    expect(found('监督电话：0857-5551111，王某：0857-5552222')).toEqual([
      ['landline', '0857-5552222'],
    ])
    expect(found('咨询电话0857-5551111，家里0857-5552222')).toEqual([['landline', '0857-5552222']])
  })

  it('reads a landline read out one digit at a time', () => {
    expect(found('座机 0 8 5 7 5 5 5 2 2 2 2')).toEqual([['landline', '0 8 5 7 5 5 5 2 2 2 2']])
    expect(found('编号 0 1 2 3 4 5 6 7 8')).toEqual([])
  })

  it('reads a local number listed after another line with where it stands', () => {
    const text = '两个电话都可以找到我：办公室0857-5556718，家里5551907。'
    expect(found(text)).toEqual([
      ['landline', '0857-5556718'],
      ['landline', '5551907'],
    ])
  })

  it('takes no invoice or certificate number for a phone', () => {
    expect(found('发票号码28460931，报销时要不要原件？')).toEqual([])
    expect(found('证件号码5551234')).toEqual([])
  })

  it('keeps the area code and the last digits, masking an extension', () => {
    expect(suggestions('电话0857-8221234')).toEqual(['0857-****234'])
    expect(suggestions('电话(0857)82212345')).toEqual(['(0857)****2345'])
    expect(suggestions('电话0857-8221234转801')).toEqual(['0857-****234转***'])
  })
})

describe('ID card numbers', () => {
  it('reads a number two digits short after 身份证号', () => {
    expect(found('身份证号5224012030041266，打少了')).toEqual([['id-card', '5224012030041266']])
  })

  it('leaves a business registration number of an ID number’s shape alone', () => {
    expect(found('营业执照注册号520502600123847，个体户')).toEqual([])
  })

  it('leaves an employer’s social-security number alone', () => {
    expect(found('我们公司的单位社保编号是52050200183，提示不存在')).toEqual([])
  })

  const id = withIdCheckCharacter('52052420450228004')

  it.each([
    id,
    '52050220320315028x',
    '52050220320315028X',
    '５２０５０２２０３２０３１５０２８Ｘ',
    '520524 20450228 0044',
    '520524-20450228-0044',
    '520502000101001',
  ])('finds %s', (number) => {
    expect(found(`身份证号${number}，请核实`)).toEqual([['id-card', number]])
  })

  it('reports a number with a wrong check character but a plausible region and date', () => {
    const mistyped = withWrongIdCheckCharacter('52052420450228004')
    expect(found(`身份证号${mistyped}。`)).toEqual([['id-card', mistyped]])
  })

  it.each([
    ['a digit short', '身份证号：52052420450228004（最后一位记不清了）', '52052420450228004'],
    [
      'with its X typed one place early',
      '我身份证是5205242045022800X4，帮我查查',
      '5205242045022800X4',
    ],
    ['a digit short, in groups', '身份证 520524 20450228 004。', '520524 20450228 004'],
    ['of the old 15 digits, in groups', '老身份证号码是520502 000101 001。', '520502 000101 001'],
  ])('reads an ID number %s when the text says it is one', (_name, text, number) => {
    expect(found(text)).toEqual([['id-card', number]])
  })

  it.each([
    ['a date that is none', '身份证号52052420451328004'],
    ['too short to be an ID', '身份证号5205242045022'],
    ['two X', '身份证号52052420450228XX4'],
  ])('does not read a labelled number with %s', (_name, text) => {
    expect(found(text).filter(([kind]) => kind === 'id-card')).toEqual([])
  })

  it.each([
    ['an impossible date', withIdCheckCharacter('52050220241301001')],
    ['an unknown province', withIdCheckCharacter('99050220300101001')],
    ['17 digits', '52052420450228004'],
    ['19 digits', `${id}1`],
    ['a 15-digit number with an impossible date', '520502001301001'],
    ['an ID-like number inside a longer run', `9${id}`],
  ])('does not report %s', (_name, number) => {
    expect(found(`编号${number}。`).filter(([kind]) => kind === 'id-card')).toEqual([])
  })

  it('prefers a valid ID number over a bank card reading of the same digits', () => {
    const both = findNumber((n) => classifyIdCardNumber(n) === 'valid' && passesLuhn(n))
    expect(found(`号码${both}。`)).toEqual([['id-card', both]])
  })

  it('prefers a bank card over an ID number with a wrong check character', () => {
    const both = findNumber(
      (n) => classifyIdCardNumber(n) === 'bad-check-character' && passesLuhn(n),
    )
    expect(found(`号码${both}。`)).toEqual([['bank-card', both]])
  })

  it('masks all but the first 4 and the last 4 characters', () => {
    expect(suggestions(`身份证号${id}`)).toEqual(['5205**********0044'])
  })
})

/** An 18-digit ID-shaped number (sequence varied) for which `accept` holds. */
function findNumber(accept: (n: string) => boolean): string {
  for (let sequence = 0; sequence < 10000; sequence += 1) {
    for (let check = 0; check <= 9; check += 1) {
      const n = `52052420450228${String(sequence).padStart(3, '0')}${check}`.slice(0, 18)
      if (n.length === 18 && accept(n)) return n
    }
  }
  throw new Error('no such number')
}

function toFullwidth(digits: string): string {
  return digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
}

describe('bank card numbers', () => {
  it.each([
    withLuhnDigit('622200000000000'),
    '6222 0000 0000 0009',
    '6222-0000-0000-0009',
    '6217 0000 0000 0000 012',
    '6217000000000000012',
    '4000 0000 0000 0002',
    '9558 0000 0000 0000 008',
    toFullwidth('6222000000000009'),
  ])('finds %s', (number) => {
    expect(found(`卡号${number}，开户行毕节分行`)).toEqual([['bank-card', number]])
  })

  it.each([
    ['a number failing Luhn', withWrongLuhnDigit('622200000000000')],
    ['a prefix no card uses', withLuhnDigit('200000000000000')],
    ['a date range', '20240501-20240531'],
    ['20 digits', withLuhnDigit('6222000000000000000')],
    ['15 digits', withLuhnDigit('62220000000000')],
  ])('does not flag %s', (_name, number) => {
    expect(found(`流水号${number}。`)).toEqual([])
  })

  it('keeps only the last 4 digits', () => {
    expect(suggestions('卡号6222 0000 0000 0009')).toEqual(['**** **** **** 0009'])
  })
})

describe('e-mail addresses', () => {
  it.each([
    ['邮箱zhangsan@example.com。', 'zhangsan@example.com'],
    ['邮箱：Zhang.San+tag@mail.example.cn，谢谢', 'Zhang.San+tag@mail.example.cn'],
    ['write to li_si-2020@example.com.', 'li_si-2020@example.com'],
    ['邮箱ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ）', 'ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ['QQ邮箱123456789@example.com', '123456789@example.com'],
  ])('finds the address in %s', (text, address) => {
    expect(found(text)).toEqual([['email', address]])
  })

  it.each(['@毕节人社 请回复', 'name@localhost', '地址x@y', 'a@b.c1', '版本号1.0@', '@@@'])(
    'does not flag %s',
    (text) => {
      expect(found(text)).toEqual([])
    },
  )

  it('leaves an office mailbox on a government domain alone', () => {
    expect(found('请将名单发送至邮箱jkqjc@bijie.gov.cn。')).toEqual([])
    expect(found('邮箱zhangsan@example.com.cn')).toEqual([['email', 'zhangsan@example.com.cn']])
  })

  it('keeps the first character and the domain', () => {
    expect(suggestions('邮箱zhangsan@example.com')).toEqual(['z***@example.com'])
  })
})

describe("the author's own data", () => {
  it('finds every occurrence of the name', () => {
    expect(found('张三反映：本人张三在工地务工。', { authorName: '张三' })).toEqual([
      ['author-name', '张三'],
      ['author-name', '张三'],
    ])
  })

  it('ignores a one-character name but still finds a surname with an honorific', () => {
    expect(found('张先生反映，张姓工人', { authorName: '张' })).toEqual([['person-name', '张']])
  })

  it('ignores ASCII case and fullwidth forms', () => {
    expect(found('Hello, I am LI HUA.', { authorName: 'Li Hua' })).toEqual([
      ['author-name', 'LI HUA'],
    ])
  })

  it.each(['13800007788', '138 0000 7788', '+86 138-0000-7788', '１３８００００７７８８'])(
    'finds the phone written as %s',
    (written) => {
      expect(found(`请回电${written}`, { authorPhone: '138-0000-7788' })).toEqual([
        ['author-phone', written],
      ])
    },
  )

  it('finds a landline with or without its area code', () => {
    const context = { authorPhone: '0857-5556677' }
    expect(found('座机0857 5556677，或直接拨5556677', context)).toEqual([
      ['author-phone', '0857 5556677'],
      ['author-phone', '5556677'],
    ])
  })

  it('still reports other numbers under their own kind', () => {
    expect(found('电话13800007788，另一个13900001111', { authorPhone: '13800007788' })).toEqual([
      ['author-phone', '13800007788'],
      ['mobile', '13900001111'],
    ])
  })

  it('masks the author data like any name or phone', () => {
    const context = { authorName: '欧阳娜娜', authorPhone: '5556677' }
    expect(suggestions('欧阳娜娜，电话5556677', context)).toEqual(['欧阳**', '****677'])
  })
})

describe('texts that must not be flagged', () => {
  it.each([
    ['dates', '2024-05-01、2024年5月1日、20240501、2024/05/01、2024.05.01'],
    ['amounts', '2,300元、1800.50元、12345678元、1,234,567.89元'],
    ['document numbers', '人社部发〔2019〕18号、国办发明电〔2023〕7号、黔人社厅发〔2020〕12号'],
    ['statutes', '《社会保险法》第四十五条、国务院令第711号、人社部令第14号'],
    ['hotlines', '请拨打12333或12345，也可以拨打95588'],
    ['case numbers', '（2023）黔0502民初1234号、编号2023-0045、证书编号GZ2023010012345'],
    ['percentages and years', '缴费比例8%、20%，2019年至2023年'],
    ['postal codes', '邮编551700，区号0857'],
    ['times', '办公时间09:00-12:00，14:00-17:30'],
    ['a date range', '20210301-20240229期间'],
    ['a number list', '第1、2、3、4、5、6、7、8、9条'],
    ['years in a row', '2019 2020 2021 2022年的缴费记录'],
    ['a credit code', '统一社会信用代码91520502MA6DXXXX12'],
    ['a URL', 'https://www.example.gov.cn/rsj/12333.html'],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findings', () => {
  /** Texts made of pieces that trigger detectors, near misses and separators. */
  const piece = fc.constantFrom(
    ...['1', '3', '8', '0', '5', '9', '13800001234', '0857', '8221234', '6222', '0000', ' ', '-'],
    ...['、', '转', '(', ')', '+86', 'x', 'X', '@', '.', 'com', 'example', 'zhang', '１', '３'],
    ...['张', '王', '欧阳', '三', '小明', '先生', '老师', '局长', '我叫', '我是', '姓名：', '等人'],
    ...[
      '，',
      '。',
      '的',
      '社保',
      '对方',
      '谢谢',
      '一三八零零零零',
      withIdCheckCharacter('52052420450228004'),
    ],
  )
  const messy = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''))
  const anyText = fc.oneof(messy, fc.string({ unit: 'binary', maxLength: 60 }))

  function checkInvariants(text: string, findings: Finding[]): void {
    let previousEnd = 0
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(previousEnd)
      expect(f.end).toBeGreaterThan(f.start)
      expect(f.end).toBeLessThanOrEqual(text.length)
      expect(text.slice(f.start, f.end)).toBe(f.text)
      expect(f.suggestion).not.toBe(f.text)
      previousEnd = f.end
    }
  }

  it('are sorted, do not overlap, and carry the text at their offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(
          text,
          detectPersonalData(text, { authorName: '张三', authorPhone: '0857-8221234' }),
        )
      }),
      { numRuns: 2000 },
    )
  })

  it('find every generated ID number and mobile, in any context', () => {
    const province = fc.constantFrom('11', '31', '44', '52', '65', '81')
    const date = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''))
    const idNumber = fc
      .tuple(province, fc.stringMatching(/^\d{4}$/), date, fc.stringMatching(/^\d{3}$/))
      .map(([p, region, d, sequence]) => withIdCheckCharacter(`${p}${region}${d}${sequence}`))
    const mobile = fc
      .tuple(fc.stringMatching(/^1[3-9]\d{9}$/), fc.constantFrom('', ' ', '-'))
      .map(([n, sep]) => `${n.slice(0, 3)}${sep}${n.slice(3, 7)}${sep}${n.slice(7)}`)
    const context = fc.constantFrom('', '电话', '号码：', '是', 'ID ', '（', '，')
    // Not letters right after: "…123Xabc" is a word, not an ID ending in X.
    const after = fc.constantFrom('', '。', '，请核实', ' 谢谢', '）', ' abc')
    fc.assert(
      fc.property(fc.oneof(idNumber, mobile), context, after, (value, before, behind) => {
        const findings = detectPersonalData(`${before}${value}${behind}`)
        expect(findings.map((f) => f.text)).toEqual([value])
      }),
      { numRuns: 1000 },
    )
  })

  it('never flag dates, amounts or short numbers', () => {
    const date = fc
      .date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2050-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .chain((d) => {
        const [y, m, day] = d.toISOString().slice(0, 10).split('-') as [string, string, string]
        return fc.constantFrom(
          `${y}-${m}-${day}`,
          `${y}${m}${day}`,
          `${y}年${Number(m)}月${Number(day)}日`,
          `${y}/${m}/${day}`,
          `${y}.${m}.${day}`,
          `${y}${m}${day}-${y}${m}${day}`,
        )
      })
    const amount = fc
      .integer({ min: 0, max: 99_999_999 })
      .map((n) => fc.constantFrom(`${n}元`, `${n.toLocaleString('en-US')}元`, `${n}.50元`, `${n}%`))
      .chain((a) => a)
    const short = fc.stringMatching(/^\d{1,6}$/)
    fc.assert(
      fc.property(fc.oneof(date, amount, short), (value) => {
        expect(found(`金额或日期：${value}，请核实`)).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })

  it('scan adversarial input completely and consistently (timing lives in bench:privacy)', () => {
    for (const text of ADVERSARIAL_INPUTS) {
      const findings = detectPersonalData(text)
      for (const [i, finding] of findings.entries()) {
        expect(text.slice(finding.start, finding.end)).toBe(finding.text)
        if (i > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[i - 1]!.end)
      }
    }
  })
})
