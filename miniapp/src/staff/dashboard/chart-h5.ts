import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import type { ChartSpec } from './chart-spec'

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
)

const asPercent = (value: number) => `${Math.round(value * 1000) / 10}%`

/** Draws `spec` into `host` (H5 only); returns how to take it down again. */
export function drawChart(host: HTMLElement, spec: ChartSpec): () => void {
  const canvas = document.createElement('canvas')
  canvas.setAttribute('aria-hidden', 'true')
  host.replaceChildren(canvas)
  const font = { size: spec.large ? 17 : 13 }
  const valueAxis = {
    beginAtZero: true,
    ...(spec.percent ? { max: 1 } : {}),
    ticks: {
      font,
      precision: 0,
      ...(spec.percent ? { callback: (value: string | number) => asPercent(Number(value)) } : {}),
    },
  }
  const chart = new Chart(canvas, {
    type: spec.kind === 'bars' ? 'bar' : 'line',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.values,
        backgroundColor: series.color,
        borderColor: series.color,
        spanGaps: false,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: spec.kind === 'bars' ? 'y' : 'x',
      scales:
        spec.kind === 'bars'
          ? { x: valueAxis, y: { ticks: { font } } }
          : { x: { ticks: { font } }, y: valueAxis },
      plugins: {
        legend: { display: spec.series.length > 1, labels: { font } },
        tooltip: {
          callbacks: spec.percent
            ? {
                label: (item) =>
                  `${item.dataset.label ?? ''}：${item.raw === null ? '样本不足' : asPercent(Number(item.raw))}`,
              }
            : {},
        },
      },
    },
  })
  return () => chart.destroy()
}
