// 代录入 in the H5 staff app: the office records a call received yesterday afternoon and reads
// the 查询码 out to the caller; the deadline counts from yesterday, not from the typing.
import { beijingDate, formatLookupCode } from '../../shared/src'
import { createModels } from '../../server/src/db/models'
import { formatChineseDate } from '../../miniapp/src/utils/dates'
import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn, waitForText } = usePages(app)

const DAY_MS = 24 * 60 * 60 * 1000

describe('代录入 in the H5 staff app', () => {
  it('the office fills in the form, is told what is wrong, and sees the 查询码', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室王五' })
    // The server runs on the real clock: yesterday is always a valid receipt, tomorrow never.
    const yesterday = beijingDate(new Date(Date.now() - DAY_MS))
    const tomorrow = beijingDate(new Date(Date.now() + DAY_MS))

    const view = await phonePage()
    const { page } = view
    await signIn(page, office.account.username)
    await page.locator('[data-testid=inbox-intake]').click()
    await page.locator('[data-testid=intake-form]').waitFor({ timeout: 15_000 })

    await page.locator('[data-testid=intake-channel-phone]').click()
    await page.locator('[data-testid=intake-received-date] input').fill(tomorrow)
    await page.locator('[data-testid=intake-received-time] input').fill('15:30')
    await page.locator('[data-testid=intake-category-consult]').click()
    await page.locator('[data-testid=intake-title] input').fill('来电咨询失业保险金申领条件')
    await page
      .locator('[data-testid=intake-content] textarea')
      .fill('来电人询问失业后如何申领失业保险金，需要满足哪些条件，到哪里办理。')
    await page.locator('[data-testid=intake-phone] input').fill('13900004545')
    await page.locator('[data-testid=intake-submit]').click()

    // Errors next to their fields; nothing is stored.
    await waitForText(page, 'error-receivedAt', '收到时间不能晚于当前时间')
    await waitForText(page, 'error-name', '请填写来电/来信人姓名')
    const models = createModels(app.db)
    expect(await models.Message.countDocuments()).toBe(0)

    await page.locator('[data-testid=intake-received-date] input').fill(yesterday)
    await page.locator('[data-testid=intake-name] input').fill('张先生')
    await page.locator('[data-testid=intake-submit]').click()
    await page.locator('[data-testid=intake-result]').waitFor({ timeout: 15_000 })

    const stored = await models.Message.findOne().lean()
    expect(stored).toMatchObject({
      channel: 'phone',
      name: '张先生',
      phone: '13900004545',
      receivedDate: yesterday,
      intake: { recordedBy: String(office.account._id), recordedByName: '办公室王五' },
    })
    await expect(page.locator('[data-testid=intake-code]').textContent()).resolves.toBe(
      formatLookupCode(stored?.code ?? ''),
    )
    await expect(page.locator('[data-testid=intake-due]').textContent()).resolves.toContain(
      formatChineseDate(stored?.dueDate ?? ''),
    )

    // The recorded message follows the normal lifecycle: it opens in the staff detail page.
    await page.locator('[data-testid=intake-open]').click()
    await waitForText(page, 'staff-channel', '来源渠道：电话')
    await waitForText(page, 'staff-title', '来电咨询失业保险金申领条件')
    expect(view.errors).toEqual([])
    await view.close()
  }, 90_000)
})
