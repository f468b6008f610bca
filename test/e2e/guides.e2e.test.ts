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
    const shippedMaterials = shipped.materials.status === 'known' ? shipped.materials.value : []
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

    // The office adds a material through the form: a row, its original marked, moved up.
    await officeView.page.locator('[data-testid=guides-tab-guides]').click()
    await officeView.page
      .locator(`[data-testid=staff-guide-row][data-slug=${SLUG}]`)
      .click({ timeout: 15_000 })
    await officeView.page
      .locator('[data-testid=guide-form-tab-materials]')
      .click({ timeout: 15_000 })
    const before = shippedMaterials.length
    const newRow = `materials-value-${before}`
    await officeView.page.locator('[data-testid=materials-value-add]').click()
    await officeView.page.locator(`[data-testid=${newRow}-name] input`).fill('户口簿')
    await officeView.page.locator(`[data-testid=${newRow}-originals-pending]`).click()
    await officeView.page.locator(`[data-testid=${newRow}-originals-value] input`).fill('1')
    await officeView.page.locator(`[data-testid=${newRow}-up]`).click()
    await expect(
      officeView.page.locator('[data-testid=materials-value-0-name] input').inputValue(),
    ).resolves.toBe('户口簿')
    // The preview is what the citizen will see.
    await officeView.page.locator('[data-testid=guide-preview-toggle]').click()
    await waitForText(officeView.page, 'guide-preview', '户口簿')
    await officeView.page.locator('[data-testid=guide-preview-toggle]').click()
    await officeView.page.locator('[data-testid=guide-summary] input').fill('申请材料新增户口簿')
    await officeView.page.locator('[data-testid=guide-publish]').click()
    await confirm(officeView.page, '发布')
    // The history says what changed, in words.
    await waitForText(officeView.page, 'guide-revision', '申请材料新增户口簿')
    const changes = await officeView.page
      .locator('[data-testid=guide-revision-change]')
      .allTextContents()
    expect(changes).toEqual(['· 新增材料“户口簿”（第1项）'])

    // The citizen's next visit shows the new material first, with its original.
    await citizen.page.reload()
    await waitForText(citizen.page, 'guide-part-3', '户口簿')
    const first = await citizen.page.locator('[data-testid=guide-material]').first().textContent()
    expect(first).toContain('户口簿')
    expect(first).toContain('原件：1 份')
    // No office note reaches the public page.
    expect(await citizen.page.locator('[data-testid=guide-part-1]').textContent()).not.toContain(
      '待与',
    )

    const models = createModels(app.db)
    const rating = await models.GuideRating.findOne({ slug: SLUG }).lean()
    expect(rating).toMatchObject({
      level: 2,
      awaitingResponse: false,
      response: { text: '已与市社保局核对窗口要求，更新常见问题' },
    })
    const stored = await models.Guide.findById(SLUG).lean()
    expect(stored?.version).toBe(shipped.version + 1)
    const revision = await models.GuideRevision.findOne({ slug: SLUG }).lean()
    expect(revision?.changes).toEqual(['新增材料“户口簿”（第1项）'])
    for (const view of [citizen, officeView]) expect(view.errors).toEqual([])
    await Promise.all([citizen.close(), officeView.close()])
  }, 120_000)

  it('the office editor fits a phone and a desktop screen without sideways scrolling', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室王五' })
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 900 },
    ]) {
      const context = await app.browser.newContext({ viewport })
      const page = await context.newPage()
      await signIn(page, office.account.username)
      await page.goto(`${app.url}/#/staff/guides/editor?slug=${SLUG}`)
      await page.locator('[data-testid=guide-form-tab-materials]').click({ timeout: 15_000 })
      await page.locator('[data-testid=materials-value-add]').click()
      await page.locator('[data-testid=materials-value-1-name] input').waitFor()
      // Evaluated in the page (the test's own types have no DOM).
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      )
      expect({ viewport, overflow }).toEqual({ viewport, overflow: 0 })
      await context.close()
    }
  }, 120_000)
})
