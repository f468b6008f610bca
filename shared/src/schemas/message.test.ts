import { newMessageSchema, MESSAGE_LIMITS } from './message'
import { normalizePhone, isMainlandPhone } from './phone'

const valid = {
  category: 'complaint',
  title: '单位拖欠工资',
  content: '公司已经连续三个月没有发放工资，请问应该向哪个部门投诉？',
  phone: '13912345678',
  consent: true,
}

describe('newMessageSchema', () => {
  it('accepts a valid message and fills in the defaults', () => {
    const parsed = newMessageSchema.parse(valid)
    expect(parsed).toEqual({
      ...valid,
      allowPublish: false,
      notifyOnAnswer: false,
      name: undefined,
    })
  })

  it('trims text and treats an empty name as absent', () => {
    const parsed = newMessageSchema.parse({ ...valid, title: '  单位拖欠工资  ', name: '   ' })
    expect(parsed.title).toBe('单位拖欠工资')
    expect(parsed.name).toBeUndefined()
  })

  it('counts characters, not UTF-16 units, against the limits', () => {
    const fiftyEmoji = '😀'.repeat(MESSAGE_LIMITS.titleMax)
    expect(newMessageSchema.safeParse({ ...valid, title: fiftyEmoji }).success).toBe(true)
    expect(newMessageSchema.safeParse({ ...valid, title: fiftyEmoji + '字' }).success).toBe(false)
  })

  it('accepts content of exactly the minimum and maximum length', () => {
    expect(newMessageSchema.safeParse({ ...valid, content: '字'.repeat(10) }).success).toBe(true)
    expect(newMessageSchema.safeParse({ ...valid, content: '字'.repeat(9) }).success).toBe(false)
    expect(newMessageSchema.safeParse({ ...valid, content: '字'.repeat(2000) }).success).toBe(true)
    expect(newMessageSchema.safeParse({ ...valid, content: '字'.repeat(2001) }).success).toBe(false)
  })

  it('requires consent to be exactly true', () => {
    for (const consent of [false, 'true', 1, undefined]) {
      const result = newMessageSchema.safeParse({ ...valid, consent })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('请阅读并同意《隐私保护说明》')
    }
  })

  it('refuses objects where strings are expected, so no operator reaches the database', () => {
    expect(newMessageSchema.safeParse({ ...valid, title: { $gt: '' } }).success).toBe(false)
    expect(newMessageSchema.safeParse({ ...valid, phone: { $ne: null } }).success).toBe(false)
    expect(newMessageSchema.safeParse({ ...valid, unit: { $regex: '.*' } }).success).toBe(false)
  })

  it('drops unknown fields', () => {
    const parsed = newMessageSchema.parse({ ...valid, status: 'closed', $where: 'sleep(1)' })
    expect(parsed).not.toHaveProperty('status')
    expect(parsed).not.toHaveProperty('$where')
  })
})

describe('phone numbers', () => {
  it.each([
    ['13912345678', '13912345678'],
    ['139 1234 5678', '13912345678'],
    ['+86 139-1234-5678', '13912345678'],
    ['0857-8221234', '08578221234'],
    ['(0851) 86812345', '085186812345'],
    ['010-12345678', '01012345678'],
  ])('accepts %s as %s', (input, normalized) => {
    expect(normalizePhone(input)).toBe(normalized)
    expect(isMainlandPhone(normalized)).toBe(true)
  })

  it.each(['12912345678', '1391234567', '139123456789', '8221234', '0857-12345', 'abc', ''])(
    'rejects %s',
    (input) => {
      expect(isMainlandPhone(normalizePhone(input))).toBe(false)
    },
  )

  it('asks for a missing number rather than calling it wrong', () => {
    const messagesFor = (phone: string) =>
      newMessageSchema.safeParse({ ...valid, phone }).error?.issues.map((issue) => issue.message)
    expect(messagesFor('')).toEqual(['请填写联系电话'])
    expect(messagesFor('  ')).toEqual(['请填写联系电话'])
    expect(messagesFor('12345')).toEqual(['请填写正确的手机号码或带区号的固定电话'])
  })
})
