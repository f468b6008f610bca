import { findShippedGuide } from '../../config/src'
import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn, waitForText, confirm } = usePages(app)
const SLUG = 'unemployment-benefit-claim'

describe('办事指南 in the H5 app', () => {
  it('a citizen finds 失业保险金申领, ticks materials and rates it; the office answers and edits', async () => {
    const shipped = findShippedGuide(SLUG)!
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })

    // The citizen searches from the home page and opens the guide.
    const citizen = await phonePage()
    await citizen.page.goto(`${app.url}/`)
    await citizen.page.locator('[data-testid=entry-guides]').click()
    await citizen.page.locator('[data-testid=guides-search] input').fill('失业保险金')
    await citizen.page.locator('[data-testid=guides-search-button]').click()
    await citizen.page
      .locator('[data-testid=guide-row]', { hasText: shipped.shortName })
      .click({ timeout: 15_000 })
    await waitForText(citizen.page, 'guide-title', shipped.officialName)
    for (let part = 1; part <= 7; part += 1) {
      await citizen.page.locator(`[data-testid=guide-part-${part}]`).waitFor()
    }

    // Ticks survive a reload (kept on the device).
    const firstMaterial = citizen.page.locator('[data-testid=guide-material]').first()
    await firstMaterial.click()
    await citizen.page.reload()
    await waitForText(citizen.page, 'guide-title', shipped.officialName)
    await expect(
      citizen.page.locator('[data-testid=guide-material]').first().getAttribute('aria-checked'),
    ).resolves.toBe('true')

    // A low rating needs a reason.
    await citizen.page.locator('[data-testid=guide-level-2]').click()
    await citizen.page
      .locator('[data-testid=guide-comment] textarea')
      .fill('窗口要求的材料和指南上写的不一样')
    await citizen.page.locator('[data-testid=guide-rate]').click()
    await waitForText(citizen.page, 'guide-rated', '1 人评价')

    // The office sees it among the low ratings and records what was done.
    const officeView = await phonePage()
    await signIn(officeView.page, office.account.username)
    await officeView.page.locator('[data-testid=inbox-guides]').click()
    await officeView.page.locator('[data-testid=guides-tab-ratings]').click()
    const row = officeView.page.locator('[data-testid=low-rating-row]', {
      hasText: '窗口要求的材料和指南上写的不一样',
    })
    await expect(row.textContent({ timeout: 15_000 })).resolves.toContain('不满意')
    await row.locator('[data-testid=rating-respond]').click()
    await officeView.page
      .locator('[data-testid=rating-response] textarea')
      .fill('已与市社保局核对窗口要求，更新常见问题')
    await officeView.page.locator('[data-testid=rating-response-submit]').click()
    await officeView.page.locator('[data-testid=ratings-empty]').waitFor({ timeout: 15_000 })

    // The office adds a question to the guide and publishes version 2.
    await officeView.page.locator('[data-testid=guides-tab-guides]').click()
    await officeView.page
      .locator(`[data-testid=staff-guide-row][data-slug=${SLUG}]`)
      .click({ timeout: 15_000 })
    const faq = [
      ...shipped.faq,
      { question: '材料不全怎么办？', answer: '窗口会一次性告知需补正的材料。' },
    ]
    await officeView.page
      .locator('[data-testid=guide-section-faq] textarea')
      .fill(JSON.stringify(faq, null, 2), { timeout: 15_000 })
    await officeView.page
      .locator('[data-testid=guide-summary] input')
      .fill('新增常见问题：材料不全')
    await officeView.page.locator('[data-testid=guide-publish]').click()
    await confirm(officeView.page, '发布')
    await waitForText(officeView.page, 'guide-revision', '新增常见问题：材料不全')

    // The citizen's next visit shows the new question.
    await citizen.page.reload()
    await waitForText(citizen.page, 'guide-faq', '材料不全怎么办？')

    const models = createModels(app.db)
    const rating = await models.GuideRating.findOne({ slug: SLUG }).lean()
    expect(rating).toMatchObject({
      level: 2,
      awaitingResponse: false,
      response: { text: '已与市社保局核对窗口要求，更新常见问题' },
    })
    const stored = await models.Guide.findById(SLUG).lean()
    expect(stored?.version).toBe(shipped.version + 1)
    for (const view of [citizen, officeView]) expect(view.errors).toEqual([])
    await Promise.all([citizen.close(), officeView.close()])
  }, 120_000)
})
