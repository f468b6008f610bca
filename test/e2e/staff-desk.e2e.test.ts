import type { Page } from 'playwright-core'
import { screenshot, seriousAxeViolations, type AxeFinding } from '../support/accessibility'
import { useBrowserApp, usePages } from '../support/browser-app'
import { insertAnsweredMessage } from '../support/messages'
import { createStaff } from '../support/staff'
import { createModels } from '../../server/src/db/models'

const app = useBrowserApp()
const { signIn } = usePages(app)

const TITLES = ['失业保险金怎么申领', '养老保险关系转移接续', '拖欠工资如何投诉']

/** A staff member's browser window of this size, with the script errors it raised. */
async function staffWindow(width: number, height: number) {
  const context = await app.browser.newContext({ viewport: { width, height } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return { page, errors, close: () => context.close() }
}

/** Takes the screenshot (with SCREENSHOT_DIR) and notes axe-core's serious findings. */
async function look(page: Page, name: string, findings: Record<string, AxeFinding[]>) {
  await screenshot(page, name)
  const found = await seriousAxeViolations(page)
  if (found.length > 0) findings[name] = found
}

/** The body text's computed size in px. */
function bodyFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
}

/** The box of the visible element with this test id. */
async function box(page: Page, testId: string) {
  const found = await page.locator(`.taro_page_show [data-testid=${testId}]`).first().boundingBox()
  if (!found) throw new Error(`${testId} is not visible`)
  return found
}

/** How far the shown page is scrolled (Taro's H5 page element scrolls, not the window). */
function pageScrollTop(page: Page): Promise<number> {
  return page
    .locator('.taro_page_show:not(.taro_page_shade)')
    .evaluate((element) => element.scrollTop)
}

beforeAll(async () => {
  for (const title of TITLES) {
    const response = await fetch(`${app.url}/api/v1/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        category: 'consult',
        title,
        content: '请问需要准备哪些材料，在哪里办理，多长时间能办好？',
        phone: '13900006161',
        consent: true,
      }),
    })
    expect(response.status).toBe(201)
  }
  // An answered message the citizen let be published: a 回复选登 candidate.
  await insertAnsweredMessage(app.db)
})

describe('the staff pages on a desk computer and on a phone (H5), with axe-core', () => {
  it('at 1280 × 800: side navigation for the role, the inbox table beside the message, desk text', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '王芳' })
    const desk = await staffWindow(1280, 800)
    const { page } = desk
    const findings: Record<string, AxeFinding[]> = {}
    await signIn(page, office.account.username)

    await page.locator('[data-testid=staff-nav]').waitFor()
    await expect(page.locator('[data-testid=staff-who]').textContent()).resolves.toBe(
      '王芳 · 办公室',
    )
    await expect(
      page.locator('[data-testid=staff-nav] [role=link]').allTextContents(),
    ).resolves.toEqual(['收件箱', '代录入', '回复选登', '办事指南', '统计'])
    await expect(
      page.locator('[data-testid=staff-nav-inbox]').getAttribute('aria-current'),
    ).resolves.toBe('page')
    const fontSize = await bodyFontSize(page)
    expect(fontSize).toBeGreaterThanOrEqual(14)
    expect(fontSize).toBeLessThanOrEqual(18)

    await page.locator('[data-testid=inbox-table] [data-testid=inbox-row]').first().waitFor()
    await look(page, 'desk-inbox-1280', findings)
    await page
      .locator('[data-testid=inbox-row]', { hasText: TITLES[1] })
      .locator('[data-testid=row-title]')
      .click()
    await page
      .locator('[data-testid=inbox-detail] [data-testid=staff-title]', { hasText: TITLES[1] })
      .waitFor({ timeout: 15_000 })
    // Still the inbox page: the message is beside the table, not a page of its own.
    expect(page.url()).toContain('/staff/inbox/index')
    const table = await box(page, 'inbox-table')
    const detail = await box(page, 'inbox-detail')
    expect(detail.x).toBeGreaterThanOrEqual(table.x + table.width)
    expect(detail.y).toBeLessThan(table.y + table.height)
    expect(table.y).toBeLessThan(detail.y + detail.height)
    await look(page, 'desk-message-1280', findings)

    for (const [section, ready] of [
      ['publications', 'candidate-row'],
      ['guides', 'staff-guide-row'],
      ['dashboard', 'stats-headline'],
    ] as const) {
      await page.locator(`[data-testid=staff-nav-${section}]`).click()
      await page
        .locator(`.taro_page_show [data-testid=${ready}]`)
        .first()
        .waitFor({ timeout: 15_000 })
      await expect(
        page
          .locator(`.taro_page_show [data-testid=staff-nav-${section}]`)
          .getAttribute('aria-current'),
      ).resolves.toBe('page')
      const size = await bodyFontSize(page)
      expect(size).toBeGreaterThanOrEqual(14)
      expect(size).toBeLessThanOrEqual(18)
      await look(page, `desk-${section}-1280`, findings)
    }
    // The dashboard's six headline figures share one row at this width.
    const tiles = await page
      .locator('.taro_page_show .stats-tile')
      .evaluateAll((elements) =>
        elements.map((element) => Math.round(element.getBoundingClientRect().top)),
      )
    expect(tiles).toHaveLength(6)
    expect(new Set(tiles).size).toBe(1)

    // A custom period: the browser's date inputs, refused with the reason, then asked for.
    await page.locator('[data-testid=stats-period-custom]').click()
    await page.locator('[data-testid=stats-custom-from] input').fill('2026-11-20')
    await page.locator('[data-testid=stats-custom-to] input').fill('2026-11-10')
    await page.locator('[data-testid=stats-custom-apply]').click()
    await page
      .locator('[data-testid=field-stats-to]', { hasText: '结束日期不能早于开始日期' })
      .waitFor()
    await page.locator('[data-testid=stats-custom-from] input').fill('2026-11-01')
    await page.locator('[data-testid=stats-custom-apply]').click()
    await page
      .locator('[data-testid=stats-period]', { hasText: '2026年11月1日 至 2026年11月10日' })
      .waitFor({ timeout: 15_000 })
    await look(page, 'desk-dashboard-custom-1280', findings)

    expect(findings).toEqual({})
    expect(desk.errors).toEqual([])
    await desk.close()
  }, 120_000)

  it('shows a handler at a desk only the sections a handler may use', async () => {
    const handler = await createStaff(app.db, { role: 'handler', unit: 'employment' })
    const desk = await staffWindow(1280, 800)
    await signIn(desk.page, handler.account.username)
    await desk.page.locator('[data-testid=staff-nav]').waitFor()
    await expect(
      desk.page.locator('[data-testid=staff-nav] [role=link]').allTextContents(),
    ).resolves.toEqual(['收件箱', '统计'])
    await desk.close()
  }, 120_000)

  it('at 390 × 844: the phone layout, a row opens the message’s own page', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '王芳' })
    const phone = await staffWindow(390, 844)
    const { page } = phone
    const findings: Record<string, AxeFinding[]> = {}
    await signIn(page, office.account.username)

    await page.locator('[data-testid=inbox-row]').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-testid=staff-nav]').count()).toBe(0)
    expect(await page.locator('[data-testid=inbox-table]').count()).toBe(0)
    await expect(page.locator('[data-testid=staff-who]').textContent()).resolves.toBe(
      '王芳 · 办公室',
    )
    await look(page, 'phone-inbox-390', findings)

    await page.locator('[data-testid=inbox-row]', { hasText: TITLES[1] }).click()
    await page.locator('.taro_page_show [data-testid=staff-title]').waitFor({ timeout: 15_000 })
    expect(page.url()).toContain('/staff/detail/index')
    await look(page, 'phone-message-390', findings)
    await page.goBack()
    await page.locator('.taro_page_show [data-testid=staff-inbox]').waitFor()

    for (const [link, ready, name] of [
      ['inbox-publications', 'candidate-row', 'publications'],
      ['inbox-guides', 'staff-guide-row', 'guides'],
      ['inbox-stats', 'stats-headline', 'dashboard'],
    ] as const) {
      await page.locator(`.taro_page_show [data-testid=${link}]`).click()
      await page
        .locator(`.taro_page_show [data-testid=${ready}]`)
        .first()
        .waitFor({ timeout: 15_000 })
      await look(page, `phone-${name}-390`, findings)
      await page.goBack()
      await page.locator('.taro_page_show [data-testid=staff-inbox]').waitFor()
    }

    expect(findings).toEqual({})
    expect(phone.errors).toEqual([])
    await phone.close()
  }, 120_000)
})

describe('the desk inbox after an action in the message beside the table', () => {
  it('shows the new state in the chosen row at once, keeping the selection and the scroll', async () => {
    // Enough waiting messages that the table scrolls at 1280 × 800.
    for (let index = 1; index <= 15; index += 1) {
      await insertAnsweredMessage(app.db, {
        title: `社保卡补办咨询 ${index}`,
        status: 'submitted',
        unit: undefined,
        answer: undefined,
        firstAnsweredAt: undefined,
        answeredOnTime: undefined,
        allowPublish: false,
      })
    }
    const office = await createStaff(app.db, { role: 'office' })
    // 并单: the second message is merged into the third while both wait for dispatch.
    const { Message } = createModels(app.db)
    const [duplicateOf, lead] = await Promise.all(
      [TITLES[1], TITLES[2]].map((title) => Message.findOne({ title }).lean()),
    )
    const merged = await fetch(
      `${app.url}/api/v1/staff/messages/${String(duplicateOf?._id)}/merge`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: office.authorization },
        body: JSON.stringify({ leadCode: lead?.code }),
      },
    )
    expect(merged.status).toBe(200)
    const desk = await staffWindow(1280, 800)
    const { page } = desk
    await signIn(page, office.account.username)
    await page.locator('[data-testid=inbox-tab-unassigned]').click()
    const row = page.locator('[data-testid=inbox-row]', { hasText: TITLES[2] })
    await row.waitFor({ timeout: 15_000 })
    const rowCount = await page.locator('[data-testid=inbox-row]').count()
    expect(rowCount).toBeGreaterThan(15)
    await expect(row.locator('[data-testid=row-unit]').textContent()).resolves.toBe('待分办')

    await row.locator('[data-testid=row-title]').scrollIntoViewIfNeeded()
    await row.locator('[data-testid=row-title]').click()
    await page
      .locator('[data-testid=inbox-detail] [data-testid=staff-title]', { hasText: TITLES[2] })
      .waitFor({ timeout: 15_000 })
    // The chosen row is far down the table: the page (Taro's page element) scrolled to it.
    const scrolledTo = await pageScrollTop(page)
    expect(scrolledTo).toBeGreaterThan(0)
    const rowTop = (await row.boundingBox())?.y

    const detail = page.locator('[data-testid=inbox-detail]')
    await detail.locator('[data-testid=action-assign]').click()
    await detail.locator('[data-testid=unit-option-employment]').click()
    await detail.locator('[data-testid=assign-submit]').click()
    await detail.locator('[data-testid=staff-unit]', { hasText: '市就业局' }).waitFor()

    // The row says so without 刷新: the unit, and it is still the chosen row, in its place.
    await row.locator('[data-testid=row-unit]', { hasText: '市就业局' }).waitFor({ timeout: 5_000 })
    await expect(row.getAttribute('data-selected')).resolves.toBe('true')
    // The duplicate went with its lead, and its row says so too.
    await page
      .locator('[data-testid=inbox-row]', { hasText: TITLES[1] })
      .locator('[data-testid=row-unit]', { hasText: '市就业局' })
      .waitFor({ timeout: 5_000 })
    await expect(page.locator('[data-testid=inbox-row]').count()).resolves.toBe(rowCount)
    await expect(pageScrollTop(page)).resolves.toBe(scrolledTo)
    expect((await row.boundingBox())?.y).toBe(rowTop)
    expect(desk.errors).toEqual([])
    await desk.close()
  }, 120_000)
})
