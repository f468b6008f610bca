import {
  citationSchema,
  guideSchema,
  known,
  knownValue,
  materialSchema,
  pending,
  RATING_LEVELS,
  type GuideInput,
} from './schema'

/** A small guide with every part filled in; tests change one thing at a time. */
function completeGuide(): GuideInput {
  return {
    slug: 'sample-certificate',
    seedItem: 70,
    officialName: '出具示例证明',
    shortName: '示例证明',
    theme: 'social-insurance',
    unit: 'social-insurance',
    version: 1,
    lastReviewedOn: '2026-11-22',
    lastChangedOn: '2026-11-20',
    changeEffectiveOn: known('2026-11-01'),
    contact: {
      hotline: { label: '全国人社服务热线', number: '12333' },
      consultationLines: known([{ label: '窗口咨询', number: '0857-1234567' }]),
      complaintLines: known([{ label: '监督投诉', number: '0857-7654321' }]),
    },
    basicInfo: known({
      summary: known('示例事项的简介。'),
      acceptanceConditions: known(['条件一。']),
      timeLimits: {
        statutory: known({ days: 10, dayKind: 'working-day', description: '受理后10个工作日内' }),
        committed: known({ days: 5, dayKind: 'working-day', description: '受理后5个工作日内' }),
      },
      fee: known({ charged: false, description: '不收费。' }),
      venues: known([{ name: '示例窗口', address: '示例地址', hours: '工作日上午、下午' }]),
      onlineChannels: known([{ name: '示例平台' }]),
    }),
    legalBasis: known([{ title: '《中华人民共和国社会保险法》', article: '第七十四条' }]),
    materials: known([
      {
        name: '居民身份证',
        originals: known(1),
        copies: known(0),
        form: known('paper'),
        required: true,
      },
    ]),
    specialProcedures: known([]),
    process: known([{ title: '申请', description: '到窗口申请。' }]),
    rating: known({
      levels: RATING_LEVELS.map(({ level, label }) => ({ level, label })),
      rules: ['一事一评。'],
      basis: [],
    }),
    result: known({
      description: known('取得证明。'),
      documentName: known('示例证明'),
      delivery: known('当场领取。'),
    }),
    faq: [{ question: '要收费吗？', answer: '不收费。' }],
  }
}

/** The basic information of a guide whose part 1 is known. */
function basicInfoOf(guide: GuideInput) {
  if (guide.basicInfo.status !== 'known') throw new Error('part 1 of the sample is known')
  return guide.basicInfo.value
}

/** The messages of a failed parse, keyed by dotted path. */
function issues(input: unknown): Record<string, string> {
  const result = guideSchema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message] as const),
  )
}

describe('guideSchema', () => {
  it('accepts a complete guide', () => {
    expect(guideSchema.safeParse(completeGuide()).success).toBe(true)
  })

  it('accepts every part, and every pendable field inside, marked pending', () => {
    const guide: GuideInput = {
      ...completeGuide(),
      lastReviewedOn: null,
      changeEffectiveOn: pending(),
      contact: {
        hotline: { label: '全国人社服务热线', number: '12333' },
        consultationLines: pending('待与市社保局确认'),
        complaintLines: pending(),
      },
      basicInfo: pending(),
      legalBasis: pending(),
      materials: pending(),
      specialProcedures: pending(),
      process: pending(),
      rating: pending(),
      result: pending('结果名称待确认'),
      faq: [],
    }
    const parsed = guideSchema.parse(guide)
    expect(parsed.result).toEqual({ status: 'pending', note: '结果名称待确认' })
    expect(parsed.basicInfo).toEqual({ status: 'pending' })
  })

  it('accepts pending fields inside a known part', () => {
    const guide = completeGuide()
    guide.materials = known([
      {
        name: '居民身份证',
        originals: pending(),
        copies: pending(),
        form: pending(),
        required: true,
      },
    ])
    expect(guideSchema.safeParse(guide).success).toBe(true)
  })

  it('trims text and drops unknown fields', () => {
    const parsed = guideSchema.parse({ ...completeGuide(), shortName: '  示例证明 ', extra: 1 })
    expect(parsed.shortName).toBe('示例证明')
    expect(parsed).not.toHaveProperty('extra')
  })

  it('refuses a missing part with a Chinese message', () => {
    const { materials: _materials, ...withoutMaterials } = completeGuide()
    expect(issues(withoutMaterials)).toEqual({ materials: '申请材料须填写内容，或标记为待确认' })
  })

  it('refuses an unknown status', () => {
    expect(issues({ ...completeGuide(), process: { status: 'draft' } })).toEqual({
      'process.status': '基本流程须填写内容，或标记为待确认',
    })
  })

  it('refuses a known part without a value', () => {
    expect(issues({ ...completeGuide(), process: { status: 'known' } })).toEqual({
      'process.value': '办理步骤须为列表',
    })
  })

  it('refuses an empty process and blank text', () => {
    expect(issues({ ...completeGuide(), process: known([]) })).toEqual({
      'process.value': '请至少填写1项办理步骤',
    })
    expect(issues({ ...completeGuide(), officialName: '   ' })).toEqual({
      officialName: '请填写事项名称',
    })
  })

  it('limits text by characters', () => {
    expect(issues({ ...completeGuide(), shortName: '字'.repeat(21) })).toEqual({
      shortName: '简称不能超过20个字',
    })
    expect(guideSchema.safeParse({ ...completeGuide(), shortName: '字'.repeat(20) }).success).toBe(
      true,
    )
  })

  it.each([
    ['Sample', '指南标识须为小写英文单词或数字，以连字符连接'],
    ['sample--certificate', '指南标识须为小写英文单词或数字，以连字符连接'],
    ['社保证明', '指南标识须为小写英文单词或数字，以连字符连接'],
  ])('refuses the slug %s', (slug, message) => {
    expect(issues({ ...completeGuide(), slug })).toEqual({ slug: message })
  })

  it.each([68, 97, 70.5])('refuses seed item %s', (seedItem) => {
    expect(guideSchema.safeParse({ ...completeGuide(), seedItem }).success).toBe(false)
  })

  it('refuses an unknown theme and a malformed unit code', () => {
    expect(issues({ ...completeGuide(), theme: 'pension' })).toEqual({ theme: '请选择指南主题' })
    expect(issues({ ...completeGuide(), unit: 'Social Insurance' })).toEqual({
      unit: '请选择正确的经办科室',
    })
  })

  it.each(['2026-02-29', '2026/11/22', '20261122', ''])('refuses the date %j', (date) => {
    expect(issues({ ...completeGuide(), lastChangedOn: date })).toEqual({
      lastChangedOn: '日期须为 YYYY-MM-DD 格式的有效日期',
    })
  })

  it('refuses a review dated before the last change', () => {
    expect(issues({ ...completeGuide(), lastReviewedOn: '2026-11-19' })).toEqual({
      lastReviewedOn: '审核日期不能早于最近修改日期',
    })
  })

  it('refuses a committed time limit longer than the statutory one', () => {
    const guide = completeGuide()
    guide.basicInfo = known({
      ...basicInfoOf(guide),
      timeLimits: {
        statutory: known({ days: 10, dayKind: 'working-day', description: '10个工作日' }),
        committed: known({ days: 15, dayKind: 'working-day', description: '15个工作日' }),
      },
    })
    expect(issues(guide)).toEqual({
      'basicInfo.value.timeLimits.committed.value.days': '承诺办理时限不能长于法定办理时限',
    })
  })

  it('requires the fee to be stated when the service is charged', () => {
    const guide = completeGuide()
    guide.basicInfo = known({
      ...basicInfoOf(guide),
      fee: known({ charged: true }),
    })
    expect(issues(guide)).toEqual({
      'basicInfo.value.fee.value.description': '收费事项须写明收费标准',
    })
  })

  it('refuses a rating part without exactly the five levels', () => {
    const levels = RATING_LEVELS.map(({ level, label }) => ({ level, label }))
    const fourLevels = { levels: levels.slice(0, 4), rules: ['一事一评。'], basis: [] }
    expect(issues({ ...completeGuide(), rating: known(fourLevels) })).toEqual({
      'rating.value.levels': '请至少填写5项评价等级',
    })
    const twice = { ...fourLevels, levels: [...levels.slice(0, 4), { level: 5, label: '重复' }] }
    expect(issues({ ...completeGuide(), rating: known(twice) })).toEqual({
      'rating.value.levels': '评价等级须为1至5级，每级一次',
    })
  })

  it('refuses phone numbers that cannot be dialled', () => {
    const guide = completeGuide()
    guide.contact = { ...guide.contact, hotline: { label: '热线', number: '123' } }
    expect(issues(guide)).toEqual({
      'contact.hotline.number': '电话号码格式不正确（如 12333、0857-1234567）',
    })
  })

  it('accepts only https addresses for online channels', () => {
    const withUrl = (url: string): GuideInput => {
      const guide = completeGuide()
      guide.basicInfo = known({
        ...basicInfoOf(guide),
        onlineChannels: known([{ name: '示例平台', url }]),
      })
      return guide
    }
    expect(guideSchema.safeParse(withUrl('https://example.gov.cn/')).success).toBe(true)
    expect(issues(withUrl('http://example.gov.cn/'))).toEqual({
      'basicInfo.value.onlineChannels.value.0.url': '入口网址须为以 https:// 开头的有效网址',
    })
  })

  it('refuses objects where text is expected', () => {
    expect(guideSchema.safeParse({ ...completeGuide(), officialName: { $ne: '' } }).success).toBe(
      false,
    )
  })

  it('gives a Chinese message for something that is not a guide', () => {
    expect(issues('guide')).toEqual({ '': '办事指南格式不正确' })
  })
})

describe('citationSchema', () => {
  it('accepts a law with an article, a document number alone, or a standard', () => {
    for (const citation of [
      { title: '《中华人民共和国社会保险法》', article: '第四十五条' },
      { title: '《失业保险条例》', article: '第十四条第一款' },
      { documentNumber: '人社部发〔2019〕18号', summary: '凭社会保障卡或身份证即可申领。' },
      { documentNumber: 'GB/T 39734-2020' },
    ]) {
      expect(citationSchema.safeParse(citation).success).toBe(true)
    }
  })

  it('requires a title or a document number', () => {
    const result = citationSchema.safeParse({ article: '第四十五条' })
    expect(result.error?.issues[0]?.message).toBe('请填写法律法规名称或文号')
  })

  it('requires book-title marks and an article written in Chinese numerals', () => {
    const noMarks = citationSchema.safeParse({ title: '中华人民共和国社会保险法' })
    expect(noMarks.error?.issues[0]?.message).toBe(
      '法律法规名称须用书名号括起，如《中华人民共和国社会保险法》',
    )
    const arabic = citationSchema.safeParse({ title: '《失业保险条例》', article: '第14条' })
    expect(arabic.error?.issues[0]?.message).toBe('条款须写成“第七十四条”或“第十四条第一款”的形式')
  })

  it('carries the date of the text cited, a real date only', () => {
    const dated = {
      title: '《中华人民共和国社会保险法》',
      article: '第四条',
      issuedOn: '2018-12-29',
    }
    expect(citationSchema.safeParse(dated).success).toBe(true)
    expect(
      citationSchema.safeParse({ ...dated, issuedOn: '2018-02-30' }).error?.issues[0]?.message,
    ).toBe('日期须为 YYYY-MM-DD 格式的有效日期')
  })
})

describe('materialSchema', () => {
  const material = {
    name: '居民身份证',
    originals: known(1),
    copies: known(1),
    form: known('paper'),
    required: true,
  }

  it('accepts counts, forms and notes, each of them possibly pending', () => {
    expect(materialSchema.safeParse(material).success).toBe(true)
    expect(
      materialSchema.safeParse({ ...material, originals: pending(), form: pending('待确认') })
        .success,
    ).toBe(true)
  })

  it('refuses negative or fractional counts and unknown forms', () => {
    expect(
      materialSchema.safeParse({ ...material, copies: known(-1) }).error?.issues[0]?.message,
    ).toBe('复印件份数不能小于0')
    expect(
      materialSchema.safeParse({ ...material, originals: known(1.5) }).error?.issues[0]?.message,
    ).toBe('原件份数须为整数')
    expect(
      materialSchema.safeParse({ ...material, form: known('fax') }).error?.issues[0]?.message,
    ).toBe('请选择材料形式（纸质或电子）')
  })

  it('keeps the rule behind a material, checked like any citation', () => {
    const basis = [{ title: '《社会保险经办条例》', article: '第三十一条' }]
    expect(materialSchema.parse({ ...material, basis }).basis).toEqual(basis)
    expect(
      materialSchema.safeParse({ ...material, basis: [{ article: '第三十一条' }] }).error?.issues[0]
        ?.message,
    ).toBe('请填写法律法规名称或文号')
  })

  it('says 须为整数 for a count the editor could not read (NaN)', () => {
    const result = materialSchema.safeParse({
      name: '身份证',
      originals: known(Number.NaN),
      copies: known(0),
      form: known('paper'),
      required: true,
    })
    expect(result.error?.issues[0]?.message).toBe('原件份数须为整数')
  })

  it('requires the required flag', () => {
    const { required: _required, ...withoutFlag } = material
    expect(materialSchema.safeParse(withoutFlag).error?.issues[0]?.message).toBe(
      '请选择是否必须提交',
    )
  })
})

describe('pending markers', () => {
  it('build known and pending values and read them back', () => {
    expect(known(3)).toEqual({ status: 'known', value: 3 })
    expect(pending()).toEqual({ status: 'pending' })
    expect(pending('待确认')).toEqual({ status: 'pending', note: '待确认' })
    expect(knownValue(known('a'))).toBe('a')
    expect(knownValue(pending())).toBeUndefined()
  })

  it('refuses an empty note', () => {
    const guide = { ...completeGuide(), process: { status: 'pending', note: ' ' } }
    expect(issues(guide)).toEqual({ 'process.note': '请填写待确认说明' })
  })
})
