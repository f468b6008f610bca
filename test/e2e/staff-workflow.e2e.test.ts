import type { Page } from 'playwright-core'
import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn, waitForText, confirm } = usePages(app)
const PHONE = '13900005151'
const REPLY = '您好！失业保险金可在参保地就业服务窗口或线上申领，请携带身份证和离职证明办理。'

/** Opens the row with this title in the given inbox tab. */
async function openFromInbox(page: Page, tab: string, title: string) {
  await page.locator(`[data-testid=inbox-tab-${tab}]`).click()
  await page.locator('[data-testid=inbox-row]', { hasText: title }).click({ timeout: 15_000 })
  await page.locator('[data-testid=staff-title]').waitFor({ timeout: 15_000 })
}

describe('a message from citizen to office to handler and back, in the H5 app', () => {
  it('the citizen submits, the office assigns, the handler replies, the citizen reads and rates', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })
    const handler = await createStaff(app.db, {
      role: 'handler',
      unit: 'employment',
      displayName: '就业局王五',
    })
    const title = '失业保险金怎么申领'

    // The citizen leaves a message.
    const citizen = await phonePage()
    await citizen.page.goto(`${app.url}/`)
    await citizen.page.locator('[data-testid=entry-message-new]').click()
    await citizen.page.locator('[data-testid=category-consult]').click()
    await citizen.page.locator('[data-testid=input-title] input').fill(title)
    await citizen.page
      .locator('[data-testid=input-content] textarea')
      .fill('我上个月被公司辞退了，想申领失业保险金，请问需要什么材料，在哪里办理？')
    await citizen.page.locator('[data-testid=input-phone] input').fill(PHONE)
    await citizen.page.locator('[data-testid=consent]').click()
    await citizen.page.locator('[data-testid=submit]').click()
    const codeText =
      (await citizen.page.locator('[data-testid=lookup-code]').textContent({ timeout: 15_000 })) ??
      ''
    const code = codeText.replace(/[^0-9A-Z]/g, '')
    expect(code).toHaveLength(8)

    // The office finds it in 待分办 and dispatches it to 市就业局.
    const officeView = await phonePage()
    await signIn(officeView.page, office.account.username)
    await openFromInbox(officeView.page, 'unassigned', title)
    await expect(
      officeView.page.locator('[data-testid=staff-citizen]').textContent(),
    ).resolves.toContain(PHONE)
    await officeView.page.locator('[data-testid=action-assign]').click()
    await officeView.page.locator('[data-testid=unit-option-employment]').click()
    await officeView.page.locator('[data-testid=assign-submit]').click()
    await waitForText(officeView.page, 'staff-unit', '市就业局')

    // The handler of 市就业局 sees it in 办理中 with the working days left and replies.
    const handlerView = await phonePage()
    await signIn(handlerView.page, handler.account.username)
    await handlerView.page.locator('[data-testid=inbox-tab-open]').click()
    const row = handlerView.page.locator('[data-testid=inbox-row]', { hasText: title })
    await expect(
      row.locator('[data-testid=row-days]').textContent({ timeout: 15_000 }),
    ).resolves.toMatch(/剩余 \d 个工作日|今日到期/)
    await row.click()
    await handlerView.page.locator('[data-testid=staff-title]').waitFor({ timeout: 15_000 })
    await handlerView.page.locator('[data-testid=action-reply]').click()
    await handlerView.page.locator('[data-testid=reply-text] textarea').fill(REPLY)
    await handlerView.page.locator('[data-testid=reply-submit]').click()
    await confirm(handlerView.page)
    await waitForText(handlerView.page, 'staff-status', '已答复')
    await expect(
      handlerView.page.locator('[data-testid=staff-answered-at]').textContent(),
    ).resolves.toContain('按期答复')

    // The citizen looks the message up, reads the reply and rates it.
    await citizen.page.goto(`${app.url}/#/pages/my-messages/index`)
    await citizen.page.locator('[data-testid=lookup-code-input] input').fill(code)
    await citizen.page.locator('[data-testid=lookup-phone-input] input').fill(PHONE)
    await citizen.page.locator('[data-testid=lookup-submit]').click()
    await expect(
      citizen.page.locator('[data-testid=turn-content]').textContent({ timeout: 15_000 }),
    ).resolves.toBe(REPLY)
    await citizen.page.locator('[data-testid=rating-level-5]').click()
    await citizen.page.locator('[data-testid=rating-submit]').click()
    await citizen.page.locator('.taro-modal__foot >> text=提交').click()
    await citizen.page.locator('[data-testid=rating-result]').waitFor({ timeout: 15_000 })

    const models = createModels(app.db)
    const stored = await models.Message.findOne({ code }).lean()
    expect(stored).toMatchObject({
      status: 'closed',
      unit: 'employment',
      answer: { kind: 'reply', content: REPLY },
      answeredOnTime: true,
      rating: { level: 5 },
    })
    const events = await models.MessageEvent.find({ messageId: stored?._id }).sort({
      at: 1,
      _id: 1,
    })
    expect(events.map((event) => event.type)).toEqual([
      'submitted',
      'personal_data_viewed',
      'assigned',
      'personal_data_viewed',
      'replied',
      'rated',
    ])
    for (const view of [citizen, officeView, handlerView]) expect(view.errors).toEqual([])
    await Promise.all([citizen.close(), officeView.close(), handlerView.close()])
  }, 90_000)
})
