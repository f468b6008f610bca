import {
  addCounters,
  ANSWER_DAYS_CAP,
  answerDaysBucket,
  emptyCounters,
  histogramPercentile,
  periodStart,
} from './counters'
import { figuresOf, formatRate, rankByOnTimeRate, rateOf } from './figures'

describe('histogramPercentile (nearest rank)', () => {
  it('finds the median and 90th percentile of answer days', () => {
    // 0,0,1,1,1,1,1,1,1,3,5,6,7
    const histogram = { '0': 2, '1': 7, '3': 1, '5': 1, '6': 1, '7': 1 }
    expect(histogramPercentile(histogram, 0.5)).toBe(1)
    expect(histogramPercentile(histogram, 0.9)).toBe(6)
    expect(histogramPercentile(histogram, 1)).toBe(7)
  })

  it('takes the lower middle of an even count and is null when empty', () => {
    expect(histogramPercentile({ '2': 1, '4': 1 }, 0.5)).toBe(2)
    expect(histogramPercentile({}, 0.5)).toBeNull()
    expect(histogramPercentile({ '3': 0 }, 0.5)).toBeNull()
  })
})

it('caps answer days and adds histograms', () => {
  expect(answerDaysBucket(45)).toBe(String(ANSWER_DAYS_CAP))
  expect(answerDaysBucket(-1)).toBe('0')
  const sum = addCounters(emptyCounters(), { answered: 2, answerDays: { '1': 2 } })
  addCounters(sum, { answered: 1, answerDays: { '1': 1, '4': 1 } })
  expect(sum).toMatchObject({ answered: 3, answerDays: { '1': 3, '4': 1 } })
})

it('starts weeks on Monday and months on the first', () => {
  expect(periodStart('2026-03-01', 'week')).toBe('2026-02-23') // a Sunday
  expect(periodStart('2026-03-02', 'week')).toBe('2026-03-02') // a Monday
  expect(periodStart('2026-03-20', 'month')).toBe('2026-03-01')
})

describe('rates and ranking', () => {
  it('shows 样本不足 below the minimum sample', () => {
    expect(formatRate(rateOf(4, 4, 5))).toBe('样本不足')
    expect(formatRate(rateOf(5, 6, 5))).toBe('83.3%')
    expect(rateOf(0, 0, 1)).toMatchObject({ value: null, insufficient: true })
    expect(formatRate(rateOf(0, 0, 5))).toBe('—')
  })

  it('never ranks a unit under the minimum sample first', () => {
    const unit = (name: string, onTime: number, answered: number) => ({
      name,
      figures: figuresOf({ ...emptyCounters(), answered, answeredOnTime: onTime }, 5),
    })
    const ranked = rankByOnTimeRate([
      unit('one fast reply', 1, 1),
      unit('steady', 9, 10),
      unit('best', 10, 10),
      unit('idle', 0, 0),
    ])
    expect(ranked.map((row) => row.name)).toEqual(['best', 'steady', 'one fast reply', 'idle'])
  })
})
