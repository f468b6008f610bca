import { toFieldErrors } from './error'
import {
  newStaffAccountSchema,
  staffCalendarParamsSchema,
  staffLoginSchema,
  staffPasswordSchema,
  staffUsernameSchema,
} from './staff'

function messagesOf(result: { success: boolean; error?: Parameters<typeof toFieldErrors>[0] }) {
  return result.error ? toFieldErrors(result.error) : []
}

describe('staff schemas', () => {
  it('folds a username to lower case and trims it', () => {
    expect(staffUsernameSchema.parse('  Zhang.San_1 ')).toBe('zhang.san_1')
  })

  it.each(['ab', 'a'.repeat(33), 'zhang san', '张三', 'a/b', ''])(
    'refuses the username %j',
    (username) => {
      expect(staffUsernameSchema.safeParse(username).success).toBe(false)
    },
  )

  it('requires a unit for a handler, not for office or admin', () => {
    const base = { username: 'zhangsan', displayName: '张三' }
    expect(messagesOf(newStaffAccountSchema.safeParse({ ...base, role: 'handler' }))).toEqual([
      { field: 'unit', message: '经办人须指定所属科室' },
    ])
    expect(newStaffAccountSchema.safeParse({ ...base, role: 'office' }).success).toBe(true)
    expect(messagesOf(newStaffAccountSchema.safeParse({ ...base, role: 'unit-head' }))).toEqual([
      { field: 'unit', message: '科室负责人须指定所属科室' },
    ])
    expect(
      newStaffAccountSchema.safeParse({ ...base, role: 'handler', unit: 'social-insurance' })
        .success,
    ).toBe(true)
  })

  it('refuses an unknown role and an empty name in Chinese', () => {
    const result = newStaffAccountSchema.safeParse({
      username: 'zhangsan',
      displayName: '  ',
      role: 'root',
    })
    expect(messagesOf(result).map((f) => f.field)).toEqual(['displayName', 'role'])
    expect(messagesOf(result)[0]?.message).toBe('请填写姓名')
  })

  it('asks for at least 10 characters in a new password', () => {
    expect(messagesOf(staffPasswordSchema.safeParse('short-pw1'))).toEqual([
      { field: '(body)', message: '密码至少10个字符' },
    ])
    expect(staffPasswordSchema.safeParse('long-enough-1').success).toBe(true)
  })

  it('accepts any login name (a wrong one is a 401, not a 400) and keeps the password as typed', () => {
    expect(staffLoginSchema.parse({ username: ' Admin ', password: ' pass word ' })).toEqual({
      username: 'admin',
      password: ' pass word ',
    })
    expect(messagesOf(staffLoginSchema.safeParse({ username: '', password: '' }))).toEqual([
      { field: 'username', message: '请填写用户名' },
      { field: 'password', message: '请填写密码' },
    ])
  })

  it('reads the calendar year from the path', () => {
    expect(staffCalendarParamsSchema.parse({ year: '2027' })).toEqual({ year: 2027 })
    expect(staffCalendarParamsSchema.safeParse({ year: 'next' }).success).toBe(false)
    expect(staffCalendarParamsSchema.safeParse({ year: '1999' }).success).toBe(false)
  })
})
