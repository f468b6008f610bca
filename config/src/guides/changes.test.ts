import { describeGuideChanges, known, pending, type Guide, type Material } from '@zhengmin/shared'
import { findShippedGuide } from './index'

// describeGuideChanges lives in shared; its cases use the shipped guides, which live here.

const base = findShippedGuide('pension-insurance-certificate')!

function materials(guide: Guide): Material[] {
  return guide.materials.status === 'known' ? guide.materials.value : []
}

describe('describeGuideChanges', () => {
  it('says nothing when the content is the same', () => {
    expect(
      describeGuideChanges(base, { ...base, version: 9, lastChangedOn: '2027-01-01' }),
    ).toEqual([])
  })

  it('names added, removed, edited and reordered materials', () => {
    const [first, second, third] = materials(base)
    const edited: Guide = {
      ...base,
      materials: known([
        { ...third!, originals: known(1) },
        first!,
        {
          name: '户口簿',
          originals: known(1),
          copies: known(1),
          form: known('paper'),
          required: true,
        },
      ]),
    }
    expect(second?.name).toBe('申请人签名的授权委托书')
    expect(describeGuideChanges(base, edited)).toEqual([
      '删除材料“申请人签名的授权委托书”',
      '修改材料“代办人的有效身份证件”：原件待确认→1份',
      '新增材料“户口簿”',
      '调整材料顺序',
    ])
  })

  it('quotes a changed time limit before and after, and a part made pending', () => {
    const info = base.basicInfo.status === 'known' ? base.basicInfo.value : undefined
    const edited: Guide = {
      ...base,
      basicInfo: known({
        ...info!,
        timeLimits: {
          ...info!.timeLimits,
          committed: known({ days: 5, dayKind: 'working-day', description: '受理后5个工作日内' }),
        },
      }),
      process: pending('流程调整中'),
      contact: {
        ...base.contact,
        consultationLines: known([{ label: '市社保局', number: '0857-8888888' }]),
      },
    }
    expect(describeGuideChanges(base, edited)).toEqual([
      '修改承诺办理时限“待确认”→“5个工作日”',
      '基本流程改为待确认',
      '删除办理步骤“提出申请”',
      '删除办理步骤“出具证明”',
      '填写咨询电话',
      '新增咨询电话“市社保局 0857-8888888”',
    ])
  })

  it('names a removed 好差评 rule and a result part made pending', () => {
    const rating = base.rating.status === 'known' ? base.rating.value : undefined
    const lastRule = rating!.rules.at(-1)!
    const edited: Guide = {
      ...base,
      rating: known({ ...rating!, rules: rating!.rules.slice(0, -1) }),
      result: pending(),
    }
    expect(describeGuideChanges(base, edited)).toEqual([
      `删除评价规则“${lastRule}”`,
      '办理结果改为待确认',
    ])
  })
})
