import { STATS_MAX_PERIOD_DAYS, statsPeriodProblem, statsQuerySchema } from './stats'

describe('statsPeriodProblem', () => {
  const today = '2026-12-01'

  it('accepts a period of real dates up to today', () => {
    expect(statsPeriodProblem({ from: '2026-11-01', to: '2026-11-30' }, today)).toBeNull()
    expect(statsPeriodProblem({ from: today, to: today }, today)).toBeNull()
  })

  it('asks for both dates, each a real YYYY-MM-DD date', () => {
    expect(statsPeriodProblem({ from: '', to: '2026-11-30' }, today)).toEqual({
      field: 'from',
      message: '请填写开始日期',
    })
    expect(statsPeriodProblem({ from: '2026-11-01', to: ' ' }, today)?.message).toBe(
      '请填写结束日期',
    )
    expect(statsPeriodProblem({ from: '2026/11/01', to: '2026-11-30' }, today)?.message).toBe(
      '开始日期须为 YYYY-MM-DD 格式的有效日期',
    )
    expect(statsPeriodProblem({ from: '2026-11-01', to: '2026-02-30' }, today)).toEqual({
      field: 'to',
      message: '结束日期须为 YYYY-MM-DD 格式的有效日期',
    })
  })

  it('refuses an end before the start', () => {
    expect(statsPeriodProblem({ from: '2026-11-10', to: '2026-11-09' }, today)).toEqual({
      field: 'to',
      message: '结束日期不能早于开始日期',
    })
  })

  it('refuses dates after today when today is given', () => {
    expect(statsPeriodProblem({ from: '2026-12-02', to: '2026-12-05' }, today)).toEqual({
      field: 'from',
      message: '开始日期不能晚于今天',
    })
    expect(statsPeriodProblem({ from: '2026-11-01', to: '2026-12-02' }, today)?.message).toBe(
      '结束日期不能晚于今天',
    )
    expect(statsPeriodProblem({ from: '2026-11-01', to: '2026-12-02' })).toBeNull()
  })

  it('allows at most STATS_MAX_PERIOD_DAYS days, as the API does', () => {
    // 2024-12-01 … 2026-12-01 is 731 days counted inclusively; one day more is too long.
    expect(statsPeriodProblem({ from: '2024-12-01', to: today }, today)).toBeNull()
    expect(statsPeriodProblem({ from: '2024-11-30', to: today }, today)).toEqual({
      field: 'to',
      message: '统计区间不能超过两年',
    })
    expect(STATS_MAX_PERIOD_DAYS).toBe(731)
    const api = statsQuerySchema.safeParse({ from: '2024-11-30', to: today })
    expect(api.success).toBe(false)
    expect(api.error?.issues[0]?.message).toBe('统计区间不能超过两年')
    expect(statsQuerySchema.safeParse({ from: '2024-12-01', to: today }).success).toBe(true)
  })
})
