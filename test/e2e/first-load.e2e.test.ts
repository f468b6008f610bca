import { useBrowserApp, usePages } from '../support/browser-app'
import { preloadStartedAt, recordTransfers, splitAt } from '../support/page-weight'

const app = useBrowserApp()
const { phonePage } = usePages(app)

/** The home page's budget on the wire: HTML, scripts, styles, icon and any API call. */
const HOME_BUDGET_BYTES = 150 * 1024

const isScript = (contentType: string) => /javascript/.test(contentType)

describe('first load of the H5 app', () => {
  it('home costs at most 150 KB on the wire, compressed, and 我要留言 is preloaded after it', async () => {
    const { page, errors, close } = await phonePage()
    try {
      const recording = recordTransfers(page)
      await page.goto(`${app.url}/`, { waitUntil: 'load' })
      await page.locator('[data-testid=entry-message-new]').waitFor({ timeout: 15_000 })
      // Once home is on screen and idle, the app starts loading 我要留言's code.
      const preloadAt = await preloadStartedAt(page)
      expect(preloadAt).toEqual(expect.any(Number))
      await page.waitForLoadState('networkidle')
      const [home, preload] = splitAt(await recording.finish(), preloadAt ?? 0)

      const scripts = home.transfers.filter((t) => isScript(t.contentType))
      // Files under 1 KB are sent as they are (compression would save less than it costs).
      const styles = home.transfers.filter((t) => /text\/css/.test(t.contentType) && t.bytes > 1500)
      expect(scripts.length).toBeGreaterThan(0)
      for (const transfer of [...scripts, ...styles]) {
        expect({ url: transfer.url, encoding: transfer.contentEncoding }).toEqual({
          url: transfer.url,
          encoding: expect.stringMatching(/^(br|gzip)$/),
        })
      }
      // On failure the message lists what made up the load.
      const summary = home.transfers.map((t) => `${t.url} ${t.bytes} ${t.contentEncoding}`)
      const verdict =
        home.bytes <= HOME_BUDGET_BYTES
          ? 'within budget'
          : `${home.bytes} bytes in ${home.requests} requests:\n${summary.join('\n')}`
      expect(verdict).toBe('within budget')
      // zod is not part of home: it comes with 我要留言, preloaded.
      expect(home.transfers.filter((t) => /\/zod\./.test(t.url))).toEqual([])
      expect(preload.transfers.filter((t) => isScript(t.contentType)).length).toBeGreaterThan(0)

      // Opening 我要留言 then downloads no script.
      const opening = recordTransfers(page)
      await page.locator('[data-testid=entry-message-new]').click()
      await page.locator('[data-testid=message-form]').waitFor({ timeout: 15_000 })
      const opened = await opening.finish()
      expect(opened.transfers.filter((t) => isScript(t.contentType))).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })

  it("the page has an icon, preloads home's chunks, and is always revalidated", async () => {
    const { page, close } = await phonePage()
    try {
      const response = await page.goto(`${app.url}/`)
      expect(response?.headers()['cache-control']).toBe('no-cache')
      const icon = await page.locator('link[rel=icon]').getAttribute('href')
      expect(icon).toBe('/favicon.svg')
      const iconResponse = await page.request.get(`${app.url}${icon}`)
      expect(iconResponse.status()).toBe(200)
      expect(iconResponse.headers()['content-type']).toMatch(/image\/svg\+xml/)
      // Home's own chunks are announced in the page, to download alongside the entry scripts.
      const preloads = await page.locator('link[rel=preload][as=script]').count()
      expect(preloads).toBeGreaterThan(0)
    } finally {
      await close()
    }
  })
})
