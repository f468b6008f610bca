import { fireEvent, render, screen } from '@testing-library/react'
import {
  emptyCounters,
  figuresOf,
  type Counters,
  type StaffGuideListItem,
  type StatsReport,
  type StatsTrend,
} from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import { fixDate } from '../../../test/clock'
import * as taro from '../../../test/taro'
import { flush, signInStaff, texts, typeInto } from '../../../test/ui'
import StatsDashboard from './index'
import { drawChart } from './chart-h5'

// jsdom has no canvas: the test checks what the chart is given, the browser test that it draws.
jest.mock('./chart-h5', () => ({ drawChart: jest.fn(() => () => {}) }))

/** A fetch answer as the browser gives it, for the export download. */
function fetchAnswer(status: number, body: string) {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: () => null },
    blob: async () => new Blob([body]),
    json: async () => JSON.parse(body) as unknown,
  }
}

const figures = (counts: Partial<Counters>) => figuresOf({ ...emptyCounters(), ...counts }, 5)

const report: StatsReport = {
  from: '2026-11-01',
  to: '2026-11-22',
  minSample: 5,
  total: {
    ...figures({
      received: 14,
      answered: 11,
      answeredOnTime: 10,
      declined: 1,
      transfers: 2,
      extensions: 1,
      rated: 6,
      satisfied: 5,
      answerDays: { '1': 6, '3': 4, '6': 1 },
    }),
    overdueNow: 1,
  },
  units: [
    {
      unit: 'employment',
      unitName: '市就业局',
      figures: figures({ received: 8, answered: 8, answeredOnTime: 8 }),
      overdueNow: 0,
    },
    {
      unit: 'social-insurance',
      unitName: '市社保局',
      figures: figures({ received: 5, answered: 2, answeredOnTime: 1 }),
      overdueNow: 1,
    },
  ],
  byCategory: [{ category: 'consult', categoryName: '咨询', figures: figures({ received: 14 }) }],
  generatedAt: '2026-11-22T10:00:00.000+08:00',
}

const trend: StatsTrend = {
  from: '2026-11-01',
  to: '2026-11-22',
  granularity: 'week',
  minSample: 5,
  points: [
    { start: '2026-11-01', end: '2026-11-01', figures: figures({}) },
    {
      start: '2026-11-02',
      end: '2026-11-08',
      figures: figures({ received: 14, answered: 11, answeredOnTime: 10 }),
    },
  ],
}

const overdue = {
  total: 1,
  items: [
    {
      id: '6650a1b2c3d4e5f601234567',
      title: '养老保险转移接续',
      category: 'consult',
      unit: 'social-insurance',
      unitName: '市社保局',
      dueDate: '2026-11-13',
      workingDaysOverdue: 6,
      extended: true,
    },
  ],
}

const guide = {
  slug: 'unemployment-benefit-claim',
  shortName: '失业保险金申领',
  unit: 'social-insurance',
  unitName: '市社保局',
  openLowRatings: 2,
} as StaffGuideListItem

function officeRoutes() {
  routeApi({
    'GET /api/v1/staff/stats': answer(200, report),
    'GET /api/v1/staff/stats/trend': answer(200, trend),
    'GET /api/v1/staff/stats/overdue': answer(200, overdue),
    'GET /api/v1/staff/guides': answer(200, {
      items: [guide, { ...guide, slug: 'x', openLowRatings: 0 }],
    }),
  })
}

afterEach(() => jest.useRealTimers())

beforeEach(() => {
  taro.clearStorageSync()
})

describe('办理统计', () => {
  it('shows the headline figures, the units with 样本不足 and the definitions', async () => {
    // Only the clock is fixed (timers stay real): "this month" is then March 2026 whatever the
    // day the test runs, and the component and the test cannot straddle a month's end.
    fixDate(new Date('2026-03-18T10:00:00+08:00'))
    signInStaff('office')
    officeRoutes()
    render(<StatsDashboard />)
    await flush()
    expect(screen.getByTestId('stats-received').textContent).toContain('14')
    expect(screen.getByTestId('stats-on-time').textContent).toContain('90.9%')
    expect(screen.getByTestId('stats-on-time').textContent).toContain('10 / 11 件按期')
    expect(screen.getByTestId('stats-median').textContent).toContain('1 个工作日')
    expect(screen.getByTestId('stats-median').textContent).toContain('90% 在 3 个工作日内')
    expect(screen.getByTestId('stats-satisfaction').textContent).toContain('83.3%')
    expect(texts('stats-units-table-row')).toEqual(['市就业局88100.0%0', '市社保局52样本不足1'])
    expect(screen.getByTestId('stats-units').textContent).toContain(
      '答复少于 5 件的科室显示“样本不足”',
    )
    // The bar chart gets the rates, with no bar for a unit under the minimum sample.
    const bars = jest
      .mocked(drawChart)
      .mock.calls.map((call) => call[1])
      .find((spec) => spec.kind === 'bars')
    expect(bars?.labels).toEqual(['市就业局', '市社保局'])
    expect(bars?.series[0]?.values).toEqual([1, null])
    expect(screen.getByTestId('stats-units-chart').getAttribute('aria-label')).toBe(
      '各科室按期答复率：市就业局100.0%，市社保局样本不足',
    )
    // The query asked for this month, the default period.
    const asked = requestsTo('GET /api/v1/staff/stats')[0]?.url ?? ''
    expect(asked).toContain('from=2026-03-01')
    expect(asked).toContain('to=2026-03-18')
  })

  it('lists overdue messages and opens one; lists guides with open low ratings', async () => {
    signInStaff('office')
    officeRoutes()
    render(<StatsDashboard />)
    await flush()
    expect(screen.getByTestId('stats-overdue-row').textContent).toContain('超期 6 个工作日')
    expect(screen.getByTestId('stats-overdue-row').textContent).toContain('（已延期）')
    fireEvent.click(screen.getByTestId('stats-overdue-row'))
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/staff/detail/index?id=6650a1b2c3d4e5f601234567',
    })
    expect(texts('stats-guide-row')).toEqual(['失业保险金申领待处理差评 2 条 · 市社保局'])
  })

  it('shows a handler their unit without the league table or the guides', async () => {
    signInStaff('handler', 'social-insurance')
    routeApi({
      'GET /api/v1/staff/stats': answer(200, { ...report, units: [report.units[1]] }),
      'GET /api/v1/staff/stats/trend': answer(200, trend),
      'GET /api/v1/staff/stats/overdue': answer(200, overdue),
    })
    render(<StatsDashboard />)
    await flush()
    expect(screen.getByTestId('stats-period').textContent).toContain('（市社保局）')
    expect(screen.queryByTestId('stats-units')).toBeNull()
    expect(screen.queryByTestId('stats-guides')).toBeNull()
    expect(requestsTo('GET /api/v1/staff/guides')).toHaveLength(0)
  })

  it('changes the period and says so when loading fails', async () => {
    signInStaff('office')
    officeRoutes()
    render(<StatsDashboard />)
    await flush()
    routeApi({
      'GET /api/v1/staff/stats': answer(400, {
        error: { code: 'invalid_request', message: '统计区间不能超过两年', requestId: 'r' },
      }),
      'GET /api/v1/staff/stats/trend': answer(200, trend),
      'GET /api/v1/staff/stats/overdue': answer(200, overdue),
      'GET /api/v1/staff/guides': answer(200, { items: [] }),
    })
    fireEvent.click(screen.getByTestId('stats-period-this-year'))
    await flush()
    expect(screen.getByTestId('stats-error').textContent).toContain('统计区间不能超过两年')
    const asked = requestsTo('GET /api/v1/staff/stats/trend').at(-1)?.url ?? ''
    expect(asked).toContain('granularity=month')
  })

  it('asks for a custom period, refusing with Chinese errors what the API would refuse', async () => {
    signInStaff('office')
    officeRoutes()
    render(<StatsDashboard />)
    await flush()
    fireEvent.click(screen.getByTestId('stats-period-custom'))
    expect(screen.getByTestId('stats-period-custom').getAttribute('aria-checked')).toBe('true')
    const before = requestsTo('GET /api/v1/staff/stats').length

    typeInto('stats-custom-from', '2026-03-31')
    typeInto('stats-custom-to', '2026-03-01')
    fireEvent.click(screen.getByTestId('stats-custom-apply'))
    expect(screen.getByTestId('field-stats-to').textContent).toContain('结束日期不能早于开始日期')

    typeInto('stats-custom-to', '2099-01-01')
    fireEvent.click(screen.getByTestId('stats-custom-apply'))
    expect(screen.getByTestId('field-stats-to').textContent).toContain('结束日期不能晚于今天')

    typeInto('stats-custom-from', '2023-01-01')
    typeInto('stats-custom-to', '2026-03-01')
    fireEvent.click(screen.getByTestId('stats-custom-apply'))
    expect(screen.getByTestId('field-stats-to').textContent).toContain('统计区间不能超过两年')
    await flush()
    expect(requestsTo('GET /api/v1/staff/stats')).toHaveLength(before)

    typeInto('stats-custom-from', '2026-03-01')
    typeInto('stats-custom-to', '2026-03-31')
    fireEvent.click(screen.getByTestId('stats-custom-apply'))
    await flush()
    expect(screen.getByTestId('field-stats-to').textContent).toBe('结束日期')
    const asked = requestsTo('GET /api/v1/staff/stats').at(-1)?.url ?? ''
    expect(asked).toContain('from=2026-03-01')
    expect(asked).toContain('to=2026-03-31')
    expect(requestsTo('GET /api/v1/staff/stats/trend').at(-1)?.url).toContain('granularity=week')
    expect(screen.getByTestId('stats-period-this-month').getAttribute('aria-checked')).toBe('false')
  })

  describe('exports (browser)', () => {
    const fetchMock = jest.fn()
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    beforeEach(() => {
      fetchMock.mockReset()
      click.mockClear()
      global.fetch = fetchMock as unknown as typeof fetch
      URL.createObjectURL = jest.fn(() => 'blob:export')
      URL.revokeObjectURL = jest.fn()
    })

    it('saves the file under a Chinese name and shows the server’s refusal', async () => {
      signInStaff('office')
      officeRoutes()
      render(<StatsDashboard />)
      await flush()
      expect(screen.queryByTestId('stats-export-phone')).toBeNull()
      fetchMock.mockResolvedValueOnce(fetchAnswer(200, '\uFEFF科室\r\n'))
      fireEvent.click(screen.getByTestId('stats-export-figures-csv'))
      await flush()
      expect(fetchMock.mock.calls[0]?.[0]).toBe(
        '/api/v1/staff/stats/export?from=2026-11-01&to=2026-11-22&kind=figures&format=csv',
      )
      expect(click).toHaveBeenCalledTimes(1)
      const link = click.mock.instances[0] as unknown as HTMLAnchorElement
      expect(link.download).toBe('留言办理统计_2026-11-01_2026-11-22.csv')

      fetchMock.mockResolvedValueOnce(
        fetchAnswer(
          422,
          JSON.stringify({
            error: {
              code: 'export_too_large',
              message:
                '该时段共有 25000 条留言，超过 Excel 导出上限 20000 条，请缩短时间范围或导出 CSV',
              requestId: 'r',
            },
          }),
        ),
      )
      fireEvent.click(screen.getByTestId('stats-export-messages-xlsx'))
      await flush()
      expect(screen.getByTestId('stats-export-error').textContent).toContain('超过 Excel 导出上限')
      expect(click).toHaveBeenCalledTimes(1)
    })

    it('lets an admin add phone numbers, with a reason and a confirmation', async () => {
      signInStaff('admin')
      officeRoutes()
      render(<StatsDashboard />)
      await flush()
      fireEvent.click(screen.getByTestId('stats-export-phone'))
      await flush()
      fireEvent.click(screen.getByTestId('stats-export-messages-csv'))
      await flush()
      expect(screen.getByTestId('stats-export-error').textContent).toBe('导出联系电话须填写原因')
      typeInto('stats-export-reason', '回访核实')
      taro.showModal.mockImplementationOnce(() =>
        Promise.resolve({ confirm: false, cancel: true, errMsg: 'ok' }),
      )
      fireEvent.click(screen.getByTestId('stats-export-messages-csv'))
      await flush()
      expect(fetchMock).not.toHaveBeenCalled()
      fetchMock.mockResolvedValueOnce(fetchAnswer(200, '\uFEFF编号\r\n'))
      fireEvent.click(screen.getByTestId('stats-export-messages-csv'))
      await flush()
      expect(taro.showModal.mock.calls.at(-1)?.[0].content).toContain('会被记录')
      const url = String(fetchMock.mock.calls[0]?.[0])
      expect(url).toContain('includePhone=true')
      expect(url).toContain(`reason=${encodeURIComponent('回访核实')}`)
      expect(fetchMock.mock.calls[0]?.[1].headers).toEqual({
        Authorization: expect.stringMatching(/^Bearer /),
      })
    })
  })
})
