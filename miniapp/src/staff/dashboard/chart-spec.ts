/** What a dashboard chart shows, independent of the library that draws it. */
export interface ChartSpec {
  /** Horizontal bars (one per unit) or a line over periods. */
  kind: 'bars' | 'line'
  labels: string[]
  series: { label: string; values: (number | null)[]; color: string }[]
  /** Values are shares (0–1) shown as percentages. */
  percent: boolean
  /** Larger type for 长辈模式. */
  large: boolean
}
