// `npm run bench:h5`: the H5 app on a phone network. The real server (child process, embedded
// database) serves the production build; Chromium emulates Fast 3G (150 ms round trip,
// 1.6 Mbps down, 750 kbps up) and a 4× slower CPU. Measured, each from a cold browser cache:
// - home: navigation until its entries are on screen (first usable content);
// - 办事指南 and 我要留言 opened from home (after home went idle, as a citizen would): the tap
//   until the guide list / the message form is on screen;
// - each of those two pages opened directly by its address (a shared link).
// Bytes are what crossed the wire (headers + bodies as sent), requests the responses counted.
// Goals: home usable ≤ 1.5 s, each next page ≤ 1 s. Runs BENCH_RUNS times (default 3) and
// reports the median of each. Needs the H5 build (`npm run build:h5`).
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { preloadStartedAt, recordTransfers, splitAt } from '../support/page-weight'
import { printMachine, servedKind, serveApplication, startChild } from './servers'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const FAST_3G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}
const CPU_SLOWDOWN = 4
const HOME_GOAL_MS = 1500
const NEXT_PAGE_GOAL_MS = 1000

interface Sample {
  ms: number
  bytes: number
  requests: number
}

/** A phone in a fresh browser context (cold cache) on an emulated Fast 3G link and slow CPU. */
async function slowPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', FAST_3G)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  return { page, close: () => context.close() }
}

/**
 * Runs `act` and times it until `selector` is visible; the bytes and requests it caused. With
 * `untilPreload` (home), the requests started from the preload of the next page on are left
 * out: they come after the first load, and are counted with the next page (as none).
 */
async function timed(
  page: Page,
  act: () => Promise<unknown>,
  selector: string,
  untilPreload = false,
): Promise<Sample> {
  const recording = recordTransfers(page)
  const started = performance.now()
  await act()
  await page.locator(selector).first().waitFor({ timeout: 60_000 })
  const ms = performance.now() - started
  if (!untilPreload) {
    const weight = await recording.finish()
    return { ms, bytes: weight.bytes, requests: weight.requests }
  }
  const preloadAt = await preloadStartedAt(page, 60_000)
  await page.waitForLoadState('networkidle')
  const [first] = splitAt(await recording.finish(), preloadAt ?? Number.POSITIVE_INFINITY)
  return { ms, bytes: first.bytes, requests: first.requests }
}

const HOME_READY = '[data-testid=entry-message-new]'
const PAGES = [
  {
    name: '办事指南',
    entry: 'entry-guides',
    path: 'pages/guides/index',
    ready: '[data-testid=guide-row]',
  },
  {
    name: '我要留言',
    entry: 'entry-message-new',
    path: 'pages/message-new/index',
    ready: '[data-testid=message-form]',
  },
]

async function oneRun(browser: Browser, url: string): Promise<Record<string, Sample>> {
  const samples: Record<string, Sample> = {}
  for (const target of PAGES) {
    // Home, then the tap on the page's entry once home is idle.
    const phone = await slowPhone(browser)
    const home = await timed(phone.page, () => phone.page.goto(`${url}/`), HOME_READY, true)
    samples.home ??= home
    samples[`${target.name} from home`] = await timed(
      phone.page,
      () => phone.page.locator(`[data-testid=${target.entry}]`).click(),
      target.ready,
    )
    await phone.close()
    // The page opened directly by its address.
    const direct = await slowPhone(browser)
    samples[`${target.name} by its address`] = await timed(
      direct.page,
      () => direct.page.goto(`${url}/#/${target.path}`),
      target.ready,
    )
    await direct.close()
  }
  return samples
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function main() {
  if (servedKind()) return serveApplication()
  if (!existsSync(path.resolve(__dirname, '../../miniapp/dist/h5/index.html'))) {
    console.error('The H5 build is missing: run npm run build:h5 first.')
    process.exit(1)
  }
  printMachine({ http: false })
  console.log(
    `network: latency ${FAST_3G.latency} ms, down 1.6 Mbps, up 750 kbps; CPU ${CPU_SLOWDOWN}× slower; ${RUNS} runs, medians`,
  )
  const app = await startChild(__filename, 'app')
  const browser = await launchBrowser()
  const url = `http://127.0.0.1:${app.info.port}`
  try {
    const runs: Record<string, Sample>[] = []
    for (let run = 0; run < RUNS; run += 1) {
      const samples = await oneRun(browser, url)
      console.log(
        `run ${run + 1}: ${Object.entries(samples)
          .map(([name, s]) => `${name} ${Math.round(s.ms)} ms`)
          .join(', ')}`,
      )
      runs.push(samples)
    }
    for (const name of Object.keys(runs[0] ?? {})) {
      const ms = median(runs.map((samples) => samples[name]?.ms ?? Number.NaN))
      const bytes = median(runs.map((samples) => samples[name]?.bytes ?? Number.NaN))
      const requests = median(runs.map((samples) => samples[name]?.requests ?? Number.NaN))
      const goal =
        name === 'home' ? HOME_GOAL_MS : name.endsWith('from home') ? NEXT_PAGE_GOAL_MS : undefined
      const verdict =
        goal === undefined ? '' : ` (goal ≤ ${goal} ms: ${ms <= goal ? 'met' : 'NOT met'})`
      console.log(
        `${name}: usable after ${Math.round(ms)} ms${verdict}, ${(bytes / 1024).toFixed(1)} KB in ${requests} requests`,
      )
    }
  } finally {
    await browser.close()
    app.child.kill('SIGTERM')
  }
}

void main()
