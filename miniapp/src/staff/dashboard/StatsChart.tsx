import { View } from '@tarojs/components'
import { useEffect, useId } from 'react'
import type { ChartSpec } from './chart-spec'

/**
 * A chart drawn with Chart.js in the browser (H5). In the mini-program it renders nothing and
 * the page's tables carry the figures; the tables are there in H5 too, for screen readers.
 */
export function StatsChart({
  spec,
  description,
  testId,
}: {
  spec: ChartSpec
  description: string
  testId: string
}) {
  const id = `stats-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const key = JSON.stringify(spec)

  useEffect(() => {
    let cancelled = false
    let destroy: (() => void) | undefined
    // A constant condition, so the mini-program build leaves the library out altogether; in
    // H5 it is loaded on demand and stays out of every other page's download.
    if (process.env.TARO_ENV === 'h5') {
      import('./chart-h5')
        .then(({ drawChart }) => {
          const host = document.getElementById(id)
          if (!cancelled && host) destroy = drawChart(host, spec)
        })
        .catch(() => {
          // Without the chart the table below still shows every figure.
        })
    }
    return () => {
      cancelled = true
      destroy?.()
    }
    // The spec's JSON is the dependency: a new object with the same figures is no change.
  }, [id, key]) // eslint-disable-line react-hooks/exhaustive-deps

  if (process.env.TARO_ENV !== 'h5') return null
  return (
    <View
      id={id}
      className={`stats-chart stats-chart--${spec.kind}`}
      role="img"
      aria-label={description}
      data-testid={testId}
    />
  )
}
