import { useBrowserApp, usePages } from '../support/browser-app'

const app = useBrowserApp()
const { phonePage } = usePages(app)

describe('finding the way in the H5 app', () => {
  it('a shared guide link offers 首页; a page opened from another offers 返回', async () => {
    const { page, errors, close } = await phonePage()
    await page.goto(`${app.url}/#/pages/guides/detail?slug=unemployment-benefit-claim`)
    await page.locator('[data-testid=guide-title]').waitFor({ timeout: 15_000 })
    await expect(page.locator('[data-testid=top-bar-back]').count()).resolves.toBe(0)
    await page.locator('[data-testid=top-bar-home]').click()
    await page.locator('[data-testid=home]').waitFor({ timeout: 15_000 })

    await page.locator('[data-testid=entry-guides]').click()
    await page.locator('[data-testid=guide-row]').first().click({ timeout: 15_000 })
    await page.locator('[data-testid=guide-title]').waitFor({ timeout: 15_000 })
    await page.locator('[data-testid=guide-detail] [data-testid=top-bar-back]').click()
    await page.locator('[data-testid=guides]').waitFor({ timeout: 15_000 })
    expect(errors).toEqual([])
    await close()
  })

  it('a guide that does not exist offers 返回办事指南 and 返回首页, not 重试', async () => {
    const { page, close } = await phonePage()
    await page.goto(`${app.url}/#/pages/guides/detail?slug=no-such-guide`)
    const problem = page.locator('[data-testid=guide-error]')
    await problem.waitFor({ timeout: 15_000 })
    await expect(problem.textContent()).resolves.toContain('不存在')
    await expect(problem.locator('[data-testid=retry]').count()).resolves.toBe(0)
    await problem.locator('[data-testid=back-to-list]', { hasText: '返回办事指南' }).click()
    await page.locator('[data-testid=guide-row]').first().waitFor({ timeout: 15_000 })
    await close()
  })

  it('a page whose code cannot be fetched says so and offers 重试', async () => {
    const { page, close } = await phonePage()
    await page.goto(`${app.url}/`)
    await page.locator('[data-testid=home]').waitFor({ timeout: 15_000 })
    // The server goes away: every further script request fails.
    await page.route('**/js/**', (route) => route.abort())
    await page.locator('[data-testid=entry-guides]').click()
    const notice = page.locator('[data-testid=chunk-error]')
    await notice.waitFor({ timeout: 15_000 })
    await expect(notice.getAttribute('role')).resolves.toBe('alert')
    await page.unroute('**/js/**')
    await notice.locator('button', { hasText: '重试' }).click()
    await page.locator('[data-testid=guides], [data-testid=home]').first().waitFor({
      timeout: 15_000,
    })
    await close()
  })

  it('home offers 12333 as a phone link and hides the unconfigured 政务微信 card', async () => {
    const { page, close } = await phonePage()
    await page.goto(`${app.url}/`)
    const call = page.locator('[data-testid=hotline-call]')
    await call.waitFor({ timeout: 15_000 })
    await expect(call.getAttribute('href')).resolves.toBe('tel:12333')
    await expect(call.textContent()).resolves.toBe('拨打 12333')
    await expect(page.locator('[data-testid=wechat-account]').count()).resolves.toBe(0)
    await expect(page.locator('[data-testid=home]').textContent()).resolves.not.toMatch(
      /待公布|待配置/,
    )
    await close()
  })
})
