import type { Page } from 'playwright-core'
import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { png } from '../support/images'
import { createStaff } from '../support/staff'

// Issue #22 part 3 in the browser: a 欠薪 report with two photos, from the form to the office.
const app = useBrowserApp()
const { phonePage, signIn } = usePages(app)

/** The natural size of each photo the page shows under `selector` (0 while not decoded). */
function imageSizes(page: Page, selector: string) {
  return page.$$eval(`${selector} img`, (images) =>
    images.map((image) => [
      (image as HTMLImageElement).naturalWidth,
      (image as HTMLImageElement).naturalHeight,
    ]),
  )
}

describe('photos with a message, in the H5 app', () => {
  it('the citizen chooses two photos, sees their progress and thumbnails, submits; the office sees them', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })
    const title = '工地拖欠农民工工资'

    const citizen = await phonePage()
    const { page } = citizen
    await page.goto(`${app.url}/#/pages/message-new/index`)
    await page.locator('[data-testid=category-complaint]').click()
    await page.locator('[data-testid=wage-arrears-topic]').click()
    await page.locator('[data-testid=wage-employer] input').fill('贵州某某劳务有限公司')
    await page.locator('[data-testid=wage-workers] input').fill('14')
    await page.locator('[data-testid=input-title] input').fill(title)
    await page
      .locator('[data-testid=input-content] textarea')
      .fill('我们在七星关区一个工地干了四个月，老板一直拖欠工资不发，附上工资条和考勤表照片。')
    await page.locator('[data-testid=input-phone] input').fill('13900006262')

    // Slow the uploads a little so the progress can be seen before they finish.
    await page.route('**/api/v1/attachments', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400))
      await route.continue()
    })
    await page.locator('[data-testid=photo-input]').setInputFiles([
      {
        name: 'payslip.png',
        mimeType: 'image/png',
        buffer: png({ width: 40, height: 30, rgb: [200, 40, 40], metadata: true }),
      },
      {
        name: 'attendance.png',
        mimeType: 'image/png',
        buffer: png({ width: 30, height: 40, rgb: [40, 160, 40] }),
      },
    ])
    await page.locator('[data-testid=photo-progress]').first().waitFor({ timeout: 10_000 })
    await page
      .locator('[data-testid=photo-tile][data-status=done]')
      .nth(1)
      .waitFor({ timeout: 20_000 })
    // Both thumbnails are drawn from the chosen files.
    await expect(imageSizes(page, '[data-testid=photo-tile]')).resolves.toEqual([
      [40, 30],
      [30, 40],
    ])

    await page.locator('[data-testid=consent]').click()
    await page.locator('[data-testid=submit]').click()
    await page.locator('[data-testid=lookup-code]').waitFor({ timeout: 15_000 })
    expect(citizen.errors).toEqual([])

    const models = createModels(app.db)
    const message = await models.Message.findOne({ title }).lean()
    expect(message?.wageArrears).toEqual({ employer: '贵州某某劳务有限公司', workers: 14 })
    expect(
      await models.Attachment.countDocuments({ messageId: message?._id, state: 'attached' }),
    ).toBe(2)

    // The office opens it: the 欠薪 details and both photos, drawn from the authenticated download.
    const officeView = await phonePage()
    await signIn(officeView.page, office.account.username)
    await officeView.page.locator('[data-testid=inbox-tab-unassigned]').click()
    await officeView.page
      .locator('[data-testid=inbox-row]', { hasText: title })
      .click({ timeout: 15_000 })
    await officeView.page.locator('[data-testid=staff-wage-arrears]').waitFor({ timeout: 15_000 })
    await expect(
      officeView.page.locator('[data-testid=staff-wage-arrears]').textContent(),
    ).resolves.toContain('欠薪单位或老板：贵州某某劳务有限公司')
    await expect(
      officeView.page.locator('[data-testid=staff-content]').textContent(),
    ).resolves.toContain('【欠薪情况】')
    await officeView.page
      .locator('[data-testid=staff-photo-item]')
      .nth(1)
      .waitFor({ timeout: 15_000 })
    await officeView.page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-testid=staff-photo-item] img')).filter(
          (image) => (image as HTMLImageElement).naturalWidth > 0,
        ).length === 2,
      undefined,
      { timeout: 15_000 },
    )
    await expect(imageSizes(officeView.page, '[data-testid=staff-photo-item]')).resolves.toEqual([
      [40, 30],
      [30, 40],
    ])
    expect(officeView.errors).toEqual([])
    await citizen.close()
    await officeView.close()
  }, 120_000)
})
