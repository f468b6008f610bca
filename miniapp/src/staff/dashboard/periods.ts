import { beijingDate, toEpochDay, type TrendGranularity } from '@zhengmin/shared'

/** The periods the dashboard offers, each with the trend granularity that suits it. */
export const PERIOD_PRESETS = [
  { key: 'this-month', label: '本月' },
  { key: 'last-month', label: '上月' },
  { key: 'this-quarter', label: '本季度' },
  { key: 'this-year', label: '今年' },
] as const

export type PeriodKey = (typeof PERIOD_PRESETS)[number]['key']

export interface PresetPeriod {
  from: string
  to: string
  granularity: TrendGranularity
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Days in month `m` (1–12): day 0 of the next month is this month's last day. */
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** The dates of a preset on the Beijing calendar, as of `now`. */
export function presetPeriod(key: PeriodKey, now: Date): PresetPeriod {
  const today = beijingDate(now)
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  switch (key) {
    case 'this-month':
      return { from: `${year}-${pad(month)}-01`, to: today, granularity: 'week' }
    case 'last-month': {
      const y = month === 1 ? year - 1 : year
      const m = month === 1 ? 12 : month - 1
      return {
        from: `${y}-${pad(m)}-01`,
        to: `${y}-${pad(m)}-${pad(lastDayOf(y, m))}`,
        granularity: 'week',
      }
    }
    case 'this-quarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1
      return { from: `${year}-${pad(first)}-01`, to: today, granularity: 'week' }
    }
    case 'this-year':
      return { from: `${year}-01-01`, to: today, granularity: 'month' }
  }
}

/** The dashboard's period: a preset, or dates the clerk typed (checked by statsPeriodProblem). */
export type Period = { preset: PeriodKey } | { from: string; to: string }

/** Longest custom period shown week by week; longer ones are shown month by month. */
const WEEKLY_TREND_MAX_DAYS = 92

/** The dates and trend granularity of a period, as of `now`. */
export function periodDates(period: Period, now: Date): PresetPeriod {
  if ('preset' in period) return presetPeriod(period.preset, now)
  const days = toEpochDay(period.to) - toEpochDay(period.from)
  return {
    from: period.from,
    to: period.to,
    granularity: days < WEEKLY_TREND_MAX_DAYS ? 'week' : 'month',
  }
}
