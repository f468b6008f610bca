import { newMessageSchema } from '../schemas/message'
import { wageArrearsSchema } from '../schemas/wage-arrears'
import { messageTextWithWageArrears, wageArrearsText } from './wage-arrears'

describe('wageArrearsSchema', () => {
  it('requires the employer and nothing else', () => {
    expect(
      wageArrearsSchema.parse({ employer: ' 贵州某某建设有限公司 ', siteAddress: '' }),
    ).toEqual({
      employer: '贵州某某建设有限公司',
    })
    const missing = wageArrearsSchema.safeParse({ employer: '  ', workers: 12 })
    expect(missing.success).toBe(false)
    expect(missing.error?.issues[0]?.message).toBe('请填写欠薪的用人单位或老板名称')
  })

  it.each([
    [{ workers: 0 }, '欠薪人数至少为1人'],
    [{ workers: 2.5 }, '欠薪人数须为整数'],
    [{ amountYuan: -1 }, '拖欠金额须大于0'],
    [{ amountYuan: 10.123 }, '拖欠金额最多保留两位小数'],
    [{ periodFrom: '2024-13' }, '请选择正确的月份'],
    [{ periodFrom: '2024-06', periodTo: '2024-03' }, '拖欠期间的结束月份不能早于开始月份'],
    [{ siteAddress: '地'.repeat(101) }, '项目或工地地址不能超过100个字'],
  ])('refuses %j with a Chinese message', (fields, message) => {
    const result = wageArrearsSchema.safeParse({ employer: '某劳务公司', ...fields })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(message)
  })

  it('is part of a new message, optional', () => {
    const base = {
      category: 'complaint',
      title: '拖欠工资',
      content: '老板拖欠我们三个月工资，一直不发。',
      phone: '13800001234',
      consent: true,
    }
    expect(newMessageSchema.parse(base).wageArrears).toBeUndefined()
    const withDetails = newMessageSchema.parse({ ...base, wageArrears: { employer: '某劳务公司' } })
    expect(withDetails.wageArrears).toEqual({ employer: '某劳务公司' })
    expect(newMessageSchema.safeParse({ ...base, wageArrears: {} }).success).toBe(false)
  })
})

describe('wageArrearsText', () => {
  it('writes every given item on its own line, in words staff read', () => {
    expect(
      wageArrearsText({
        employer: '贵州某某建设有限公司',
        siteAddress: '七星关区某安置房项目',
        workers: 14,
        amountYuan: 186000,
        periodFrom: '2024-03',
        periodTo: '2024-06',
      }),
    ).toBe(
      [
        '【欠薪情况】',
        '欠薪单位或老板：贵州某某建设有限公司',
        '项目名称或工地地址：七星关区某安置房项目',
        '欠薪人数：14人',
        '拖欠金额：186000元',
        '拖欠期间：2024年3月至2024年6月',
      ].join('\n'),
    )
    expect(wageArrearsText({ employer: '某老板', amountYuan: 1234.5, periodFrom: '2024-01' })).toBe(
      '【欠薪情况】\n欠薪单位或老板：某老板\n拖欠金额：1234.50元\n拖欠期间：2024年1月起',
    )
  })

  it('appends the block to the citizen’s words, or leaves them alone', () => {
    expect(messageTextWithWageArrears('老板不发工资。', undefined)).toBe('老板不发工资。')
    expect(
      messageTextWithWageArrears('老板不发工资。', { employer: '某老板', periodTo: '2024-02' }),
    ).toBe('老板不发工资。\n\n【欠薪情况】\n欠薪单位或老板：某老板\n拖欠期间：截至2024年2月')
  })
})
