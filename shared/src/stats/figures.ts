import { histogramPercentile, type Counters } from './counters'

/** Rates over fewer cases than this are not shown (样本不足); configurable on the server. */
export const DEFAULT_STATS_MIN_SAMPLE = 5

/** A share with what it is a share of; `value` is null below the minimum sample. */
export interface Rate {
  value: number | null
  numerator: number
  denominator: number
  /** Fewer cases than the minimum sample: shown as 样本不足 and never ranked first. */
  insufficient: boolean
}

/** The figures of one unit (or of the bureau) over a period. */
export interface StatsFigures {
  received: number
  answered: number
  answeredOnTime: number
  /** 按期答复率: first answers sent by their deadline ÷ first answers. */
  onTimeRate: Rate
  /** Working days from receipt to the first answer, median and 90th percentile. */
  medianAnswerDays: number | null
  p90AnswerDays: number | null
  declined: number
  transfers: number
  extensions: number
  extensionsRefused: number
  rated: number
  /** 满意率: 非常满意 + 满意 ÷ ratings. */
  satisfaction: Rate
}

export function rateOf(numerator: number, denominator: number, minSample: number): Rate {
  const insufficient = denominator < Math.max(1, minSample)
  return {
    value: insufficient ? null : numerator / denominator,
    numerator,
    denominator,
    insufficient,
  }
}

export function figuresOf(counters: Counters, minSample: number): StatsFigures {
  return {
    received: counters.received,
    answered: counters.answered,
    answeredOnTime: counters.answeredOnTime,
    onTimeRate: rateOf(counters.answeredOnTime, counters.answered, minSample),
    medianAnswerDays: histogramPercentile(counters.answerDays, 0.5),
    p90AnswerDays: histogramPercentile(counters.answerDays, 0.9),
    declined: counters.declined,
    transfers: counters.transfers,
    extensions: counters.extensions,
    extensionsRefused: counters.extensionsRefused,
    rated: counters.rated,
    satisfaction: rateOf(counters.satisfied, counters.rated, minSample),
  }
}

/**
 * Orders units for a league table by on-time rate, best first. Units below the minimum sample
 * come after every unit with a rate, so one fast reply never tops the table; ties keep the
 * given order (the configured order of units).
 */
export function rankByOnTimeRate<T extends { figures: StatsFigures }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const ra = a.row.figures.onTimeRate.value
      const rb = b.row.figures.onTimeRate.value
      if (ra === null && rb === null) return a.index - b.index
      if (ra === null) return 1
      if (rb === null) return -1
      return rb - ra || b.row.figures.answered - a.row.figures.answered || a.index - b.index
    })
    .map(({ row }) => row)
}

/** A rate as the office reads it: "87.5%", 样本不足 below the minimum sample, — without cases. */
export function formatRate(rate: Rate): string {
  if (rate.denominator === 0) return '—'
  if (rate.value === null) return '样本不足'
  return `${(Math.round(rate.value * 1000) / 10).toFixed(1)}%`
}
