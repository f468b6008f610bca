import {
  extensionBodySchema,
  extensionDecisionBodySchema,
  replyBodySchema,
  staffInboxQuerySchema,
} from './staff-message'

describe('staff message schemas', () => {
  it('defaults the inbox page size to 20 and bounds it to 1–50 with a Chinese message', () => {
    expect(staffInboxQuerySchema.parse({ view: 'overdue' })).toEqual({ view: 'overdue', limit: 20 })
    const tooMany = staffInboxQuerySchema.safeParse({ view: 'open', limit: '51' })
    expect(tooMany.success).toBe(false)
    expect(tooMany.error?.issues[0]?.message).toBe('每页条数应为1到50之间的整数')
  })

  it('accepts an extension of 1–20 working days with a reason', () => {
    expect(extensionBodySchema.parse({ workingDays: 20, reason: ' 需要会商相关部门 ' })).toEqual({
      workingDays: 20,
      reason: '需要会商相关部门',
    })
    for (const workingDays of [0, 21, 2.5]) {
      expect(
        extensionBodySchema.safeParse({ workingDays, reason: '需要会商相关部门' }).success,
      ).toBe(false)
    }
    expect(extensionBodySchema.safeParse({ workingDays: 3, reason: '短' }).success).toBe(false)
  })

  it('makes the reason of an extension decision optional', () => {
    expect(extensionDecisionBodySchema.parse({})).toEqual({})
    expect(extensionDecisionBodySchema.parse({ reason: '同意' })).toEqual({ reason: '同意' })
  })

  it('requires a reply of 10 to 5000 characters', () => {
    expect(replyBodySchema.safeParse({ content: '太短了' }).success).toBe(false)
    expect(replyBodySchema.safeParse({ content: '字'.repeat(5001) }).success).toBe(false)
    expect(replyBodySchema.parse({ content: '您好，已为您核实办理完毕。' }).content).toBe(
      '您好，已为您核实办理完毕。',
    )
  })
})
