import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, waitForText } = usePages(app)
const SLUG = 'unemployment-benefit-claim'
const COMPLAINT = '窗口要求的材料和指南上写的不一样'
const RESPONSE = '已与市社保局核对窗口要求，更新了材料清单'

describe('差评 replies reach the rater, in the H5 app', () => {
  it('the rater sees the office’s response on the guide page and in 我的留言; another device does not', async () => {
    const office = await createStaff(app.db, { role: 'office' })
    const citizen = await phonePage()
    await citizen.page.goto(`${app.url}/#/pages/guides/detail?slug=${SLUG}`)
    await citizen.page.locator('[data-testid=guide-level-1]').click({ timeout: 15_000 })
    await citizen.page.locator('[data-testid=guide-comment] textarea').fill(COMPLAINT)
    await citizen.page.locator('[data-testid=guide-rate]').click()
    await waitForText(citizen.page, 'guide-rated', '感谢您的评价')
    // Right after rating: the rating is listed, awaiting the office.
    await waitForText(citizen.page, 'rating-reply-pending', '正在核实处理')

    // The office records its response (the staff page is covered by guides.e2e.test.ts).
    const list = await fetch(`${app.url}/api/v1/staff/guide-ratings?status=open`, {
      headers: { Authorization: office.authorization },
    })
    const { items } = (await list.json()) as { items: { id: string }[] }
    expect(items).toHaveLength(1)
    const answered = await fetch(`${app.url}/api/v1/staff/guide-ratings/${items[0]?.id}/response`, {
      method: 'POST',
      headers: { Authorization: office.authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: RESPONSE }),
    })
    expect(answered.status).toBe(200)

    await citizen.page.reload()
    await waitForText(citizen.page, 'rating-reply-response', RESPONSE)
    await citizen.page.goto(`${app.url}/#/pages/my-messages/index`)
    await waitForText(citizen.page, 'rating-reply-response', RESPONSE)
    await expect(
      citizen.page.locator('[data-testid=rating-replies]').textContent(),
    ).resolves.toContain(COMPLAINT)

    // Another device (another anonymous rater) sees nothing of it.
    const stranger = await phonePage()
    await stranger.page.goto(`${app.url}/#/pages/guides/detail?slug=${SLUG}`)
    await stranger.page.locator('[data-testid=guide-rating]').waitFor({ timeout: 15_000 })
    await stranger.page.waitForLoadState('networkidle')
    expect(await stranger.page.locator('[data-testid=rating-replies]').count()).toBe(0)

    for (const view of [citizen, stranger]) expect(view.errors).toEqual([])
    await Promise.all([citizen.close(), stranger.close()])
  }, 90_000)
})
