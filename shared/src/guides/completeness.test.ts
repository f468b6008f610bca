import {
  incompleteParts,
  isGuideComplete,
  partState,
  pendingParts,
  pendingPaths,
  verifiedPartCount,
  withoutPendingNotes,
} from './completeness'
import { GUIDE_PART_LABELS, GUIDE_PARTS, guideSchema, known, pending, type Guide } from './schema'

function guide(overrides: Partial<Guide> = {}): Guide {
  return guideSchema.parse({
    slug: 'sample',
    seedItem: 73,
    officialName: '示例事项',
    shortName: '示例',
    theme: 'social-insurance',
    unit: 'social-insurance',
    version: 1,
    lastReviewedOn: null,
    lastChangedOn: '2026-11-22',
    changeEffectiveOn: known('2026-11-01'),
    contact: {
      hotline: { label: '全国人社服务热线', number: '12333' },
      consultationLines: known([{ label: '窗口', number: '0857-1234567' }]),
      complaintLines: known([{ label: '投诉', number: '0857-7654321' }]),
    },
    basicInfo: known({
      summary: known('简介。'),
      acceptanceConditions: known(['条件。']),
      timeLimits: {
        statutory: known({ days: 10, description: '10日内' }),
        committed: known({ days: 5, description: '5日内' }),
      },
      fee: known({ charged: false }),
      venues: known([{ name: '窗口', address: '地址', hours: '工作日' }]),
      onlineChannels: known([]),
    }),
    legalBasis: known([{ title: '《失业保险条例》' }]),
    materials: known([]),
    specialProcedures: known([]),
    process: known([{ title: '申请', description: '提出申请。' }]),
    rating: known({
      levels: [5, 4, 3, 2, 1].map((level) => ({ level, label: `第${level}级` })),
      rules: ['一事一评。'],
      basis: [],
    }),
    result: known({
      description: known('结果。'),
      documentName: known('通知'),
      delivery: known('当场领取。'),
    }),
    faq: [],
    ...overrides,
  })
}

describe('guide completeness', () => {
  it('labels the seven parts in the official order', () => {
    expect(GUIDE_PARTS.map((part, index) => `${index + 1}.${GUIDE_PART_LABELS[part]}`)).toEqual([
      '1.基本信息',
      '2.办理依据',
      '3.申请材料',
      '4.特殊环节',
      '5.基本流程',
      '6.事项评价',
      '7.办理结果',
    ])
  })

  it('finds nothing pending in a complete guide', () => {
    const complete = guide()
    expect(isGuideComplete(complete)).toBe(true)
    expect(pendingParts(complete)).toEqual([])
    expect(pendingPaths(complete)).toEqual([])
  })

  it('tells parts pending as a whole from parts with pending fields', () => {
    const partial = guide({
      materials: pending(),
      result: known({
        description: known('结果。'),
        documentName: pending('待确认'),
        delivery: known('当场领取。'),
      }),
    })
    expect(partState(partial, 'materials')).toBe('pending')
    expect(partState(partial, 'result')).toBe('partial')
    expect(partState(partial, 'process')).toBe('complete')
    expect(pendingParts(partial)).toEqual(['materials'])
    expect(incompleteParts(partial)).toEqual(['materials', 'result'])
    expect(isGuideComplete(partial)).toBe(false)
  })

  it('names the path of every pending field, array items included', () => {
    const withGaps = guide({
      materials: known([
        {
          name: '身份证',
          originals: pending(),
          copies: known(0),
          form: pending(),
          required: true,
        },
      ]),
      changeEffectiveOn: pending(),
    })
    expect(pendingPaths(withGaps)).toEqual([
      'changeEffectiveOn',
      'materials.0.originals',
      'materials.0.form',
    ])
  })

  it('counts pending contact lines but not the pending change date', () => {
    expect(isGuideComplete(guide({ changeEffectiveOn: pending() }))).toBe(true)
    const noLines = guide()
    noLines.contact.complaintLines = pending()
    expect(isGuideComplete(noLines)).toBe(false)
  })
})

describe('public view of pending fields', () => {
  it('counts the parts verified in full out of seven', () => {
    expect(verifiedPartCount(guide())).toEqual({ verified: 7, total: 7 })
    const partly = guide({ materials: pending('待与市社保局确认'), legalBasis: pending() })
    expect(verifiedPartCount(partly)).toEqual({ verified: 5, total: 7 })
  })

  it('drops every pending note, however deep, and leaves known values as they are', () => {
    const withNotes = guide({
      materials: known([
        {
          name: '身份证',
          originals: pending('份数待与市社保局确认'),
          copies: known(0),
          form: pending(),
          required: true,
        },
      ]),
      process: pending('流程待与市社保局确认'),
    })
    const publicView = withoutPendingNotes(withNotes)
    expect(JSON.stringify(publicView)).not.toContain('待与')
    expect(publicView.process).toEqual({ status: 'pending' })
    expect(publicView.materials).toEqual({
      status: 'known',
      value: [
        {
          name: '身份证',
          originals: { status: 'pending' },
          copies: { status: 'known', value: 0 },
          form: { status: 'pending' },
          required: true,
        },
      ],
    })
    expect(publicView.basicInfo).toEqual(withNotes.basicInfo)
  })
})
