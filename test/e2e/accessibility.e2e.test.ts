import type { Page } from 'playwright-core'
import { createModels } from '../../server/src/db/models'
import {
  citizenPages,
  insertCitizenFixtures,
  measureElderMode,
  measureTargets,
  screenshot,
  seriousAxeViolations,
  type AxeFinding,
  type CitizenFixtures,
} from '../support/accessibility'
import { useBrowserApp, usePages } from '../support/browser-app'

const app = useBrowserApp()
const { phonePage } = usePages(app)

let fixtures: CitizenFixtures
beforeAll(async () => {
  fixtures = await insertCitizenFixtures(app.db)
})

/** Turns 长辈模式 on with the home page's switch (remembered on the device). */
async function turnOnElderMode(page: Page) {
  await page.goto(`${app.url}/`)
  await page.locator('[data-testid=elder-mode-switch] input').check()
  await page.locator('[data-testid=home].elder-mode').waitFor()
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 30) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab')
    const there = await page.evaluate(
      (wanted) => document.activeElement?.matches(wanted) ?? false,
      selector,
    )
    if (there) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('accessibility of the citizen pages and the staff login (H5)', () => {
  it.each([
    ['normal', 390, 844],
    ['normal', 1280, 800],
    ['elder', 390, 844],
    ['elder', 1280, 800],
  ])(
    '%s mode at %i px: no serious or critical axe violation, targets large enough',
    async (mode, width, height) => {
      const context = await app.browser.newContext({ viewport: { width, height } })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      if (mode === 'elder') await turnOnElderMode(page)

      const violations: Record<string, AxeFinding[]> = {}
      const tooSmall: Record<string, string[]> = {}
      for (const target of citizenPages(fixtures)) {
        await target.open(page, app.url)
        await screenshot(page, `${target.name}-${mode}-${width}`)
        const found = await seriousAxeViolations(page)
        if (found.length > 0) violations[target.name] = found
        const problems =
          mode === 'elder'
            ? await measureElderMode(page)
            : await measureTargets(page, { height: 44, width: 44 })
        if (problems.length > 0) tooSmall[target.name] = problems
      }
      expect(violations).toEqual({})
      expect(tooSmall).toEqual({})
      expect(errors).toEqual([])
      await context.close()
    },
    120_000,
  )
})

describe('a keyboard-only citizen (H5)', () => {
  it('opens 我要留言 from home, fills it in and submits it with Tab, typing, Space and Enter', async () => {
    const phone = await phonePage()
    const { page } = phone
    await page.goto(`${app.url}/`)
    await page.locator('[data-testid=home]').waitFor()

    await tabTo(page, '[data-testid=entry-message-new]')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid=message-form]').waitFor({ timeout: 15_000 })

    // The focused control shows a ring (outline) the citizen can see.
    await tabTo(page, '[data-testid=category-complaint]')
    const outline = await page
      .locator('[data-testid=category-complaint]')
      .evaluate((element) => getComputedStyle(element).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Space')
    await expect(
      page.locator('[data-testid=category-complaint]').getAttribute('aria-checked'),
    ).resolves.toBe('true')

    await tabTo(page, '[data-testid=input-title] input')
    await page.keyboard.type('公司拖欠两个月工资')
    await tabTo(page, '[data-testid=input-content] textarea')
    await page.keyboard.type(
      '我所在的公司从今年九月起没有发工资，多次催要没有结果，请问应该怎么维权？',
    )
    await tabTo(page, '[data-testid=input-name] input')
    await page.keyboard.type('赵六')
    await tabTo(page, '[data-testid=input-phone] input')
    await page.keyboard.type('13900007777')

    // Every field is named by its visible label, not only by its placeholder.
    await expect(
      page.locator('[data-testid=input-phone] input').evaluate((input) => {
        const id = input.getAttribute('aria-labelledby') ?? ''
        return document.getElementById(id)?.textContent ?? ''
      }),
    ).resolves.toContain('联系电话')

    await tabTo(page, '[data-testid=allow-publish] input')
    await page.keyboard.press('Space')
    await expect(page.locator('[data-testid=allow-publish] input').isChecked()).resolves.toBe(true)
    await tabTo(page, '[data-testid=consent]')
    await page.keyboard.press('Space')
    await expect(page.locator('[data-testid=consent]').getAttribute('aria-checked')).resolves.toBe(
      'true',
    )
    await tabTo(page, '[data-testid=submit]')
    await page.keyboard.press('Enter')

    const codeText =
      (await page.locator('[data-testid=lookup-code]').textContent({ timeout: 15_000 })) ?? ''
    const code = codeText.replace(/[^0-9A-Z]/g, '')
    await expect(page.locator('[data-testid=due-date]').textContent()).resolves.toMatch(
      /^最迟于\d{4}年\d{1,2}月\d{1,2}日答复/,
    )
    const stored = await createModels(app.db).Message.findOne({ code }).lean()
    expect(stored).toMatchObject({
      category: 'complaint',
      title: '公司拖欠两个月工资',
      name: '赵六',
      phone: '13900007777',
      allowPublish: true,
    })
    expect(phone.errors).toEqual([])
    await phone.close()
  })

  it('hears the errors: an empty form marks its fields invalid and ties the messages to them', async () => {
    const phone = await phonePage()
    const { page } = phone
    await page.goto(`${app.url}/#/pages/message-new/index`)
    await page.locator('[data-testid=message-form]').waitFor({ timeout: 15_000 })
    await tabTo(page, '[data-testid=submit]')
    await page.keyboard.press('Enter')

    const phoneInput = page.locator('[data-testid=input-phone] input')
    await page.locator('[data-testid=error-phone]').waitFor()
    await expect(page.locator('[data-testid=error-phone]').textContent()).resolves.toBe(
      '请填写联系电话',
    )
    await expect(page.locator('[data-testid=error-phone]').getAttribute('role')).resolves.toBe(
      'alert',
    )
    await expect(phoneInput.getAttribute('aria-invalid')).resolves.toBe('true')
    const describedBy = (await phoneInput.getAttribute('aria-describedby')) ?? ''
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe(
      '请填写联系电话',
    )
    await phone.close()
  })
})
