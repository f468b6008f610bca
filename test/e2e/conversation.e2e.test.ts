import type { Page } from 'playwright-core'
import { beijingDate } from '@zhengmin/shared'
import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn, waitForText, confirm } = usePages(app)
const PHONE = '13900007272'
const TITLE = '工地拖欠工资如何处理'
const FIRST = '您好！经核查，已责成用人单位于12月15日前足额支付拖欠的工资，请留意到账情况。'
const FOLLOW_UP = '到今天工资仍未到账，请再帮忙督促用人单位。'
const SECOND = '您好！经再次督促，用人单位承诺本周内支付，劳动保障监察将跟踪到底。'

/** "2026-12-01" → "2026年12月1日", as the app writes dates. */
const chinese = (date: string) => {
  const [year, month, day] = date.split('-')
  return `${year}年${Number(month)}月${Number(day)}日`
}

async function replyAs(page: Page, text: string) {
  await page.locator('[data-testid=inbox-tab-open]').click()
  await page.locator('[data-testid=inbox-row]', { hasText: TITLE }).click({ timeout: 15_000 })
  await page.locator('[data-testid=action-reply]').click({ timeout: 15_000 })
  await page.locator('[data-testid=reply-text] textarea').fill(text)
  await page.locator('[data-testid=reply-submit]').click()
  await confirm(page)
  await waitForText(page, 'staff-status', '已答复')
}

async function lookUp(page: Page, code: string) {
  await page.goto(`${app.url}/#/pages/my-messages/index`)
  await page.locator('[data-testid=lookup-code-input] input').fill(code)
  await page.locator('[data-testid=lookup-phone-input] input').fill(PHONE)
  await page.locator('[data-testid=lookup-submit]').click()
  await page.locator('[data-testid=message-detail]').waitFor({ timeout: 15_000 })
}

describe('the whole conversation, in the H5 app', () => {
  it('submit → reply → 追问 → second reply: both answers in order with their dates, in the lookup and the draft', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })
    const handler = await createStaff(app.db, {
      role: 'handler',
      unit: 'labor-inspection',
      displayName: '监察王五',
    })
    const models = createModels(app.db)

    // The citizen writes, allowing publication.
    const citizen = await phonePage()
    await citizen.page.goto(`${app.url}/#/pages/message-new/index`)
    await citizen.page.locator('[data-testid=category-complaint]').click()
    await citizen.page.locator('[data-testid=input-title] input').fill(TITLE)
    await citizen.page
      .locator('[data-testid=input-content] textarea')
      .fill('我在工地干了三个月，老板一直拖欠工资不发，请帮忙处理。')
    await citizen.page.locator('[data-testid=input-phone] input').fill(PHONE)
    await citizen.page.locator('[data-testid=allow-publish]').click()
    await citizen.page.locator('[data-testid=consent]').click()
    await citizen.page.locator('[data-testid=submit]').click()
    const codeText =
      (await citizen.page.locator('[data-testid=lookup-code]').textContent({ timeout: 15_000 })) ??
      ''
    const code = codeText.replace(/[^0-9A-Z]/g, '')
    expect(code).toHaveLength(8)

    // The office dispatches it; the handler replies.
    const officeView = await phonePage()
    await signIn(officeView.page, office.account.username)
    await officeView.page.locator('[data-testid=inbox-tab-unassigned]').click()
    await officeView.page
      .locator('[data-testid=inbox-row]', { hasText: TITLE })
      .click({ timeout: 15_000 })
    await officeView.page.locator('[data-testid=action-assign]').click({ timeout: 15_000 })
    await officeView.page.locator('[data-testid=unit-option-labor-inspection]').click()
    await officeView.page.locator('[data-testid=assign-submit]').click()
    await waitForText(officeView.page, 'staff-status', '办理中')
    const handlerView = await phonePage()
    await signIn(handlerView.page, handler.account.username)
    await replyAs(handlerView.page, FIRST)

    // The citizen reads the answer and follows up.
    await lookUp(citizen.page, code)
    await citizen.page.locator('[data-testid=followup-content] textarea').fill(FOLLOW_UP)
    await citizen.page.locator('[data-testid=followup-submit]').click()
    await confirm(citizen.page, '提交')
    await waitForText(citizen.page, 'detail-status', '追问办理中')

    // While the 追问 is open: the first answer, the follow-up, and the new deadline.
    const reopened = await models.Message.findOne({ code }).lean()
    if (!reopened) throw new Error('message not stored')
    await lookUp(citizen.page, code)
    const turns = citizen.page.locator('[data-testid=conversation-turn]')
    await expect(turns.locator('[data-testid=turn-label]').allTextContents()).resolves.toEqual([
      '答复',
      '我的追问',
    ])
    await expect(citizen.page.locator('[data-testid=detail-due]').textContent()).resolves.toContain(
      `预计最迟答复日期：${chinese(reopened.dueDate)}`,
    )
    await expect(
      citizen.page.locator('[data-testid=conversation-pending]').textContent(),
    ).resolves.toContain(`最迟于${chinese(reopened.dueDate)}答复`)

    // The second reply; the lookup then reads both answers in order, each with its date.
    await handlerView.page.goto(`${app.url}/`)
    await handlerView.page.locator('[data-testid=entry-staff]').click()
    await handlerView.page.locator('[data-testid=staff-inbox]').waitFor({ timeout: 15_000 })
    await replyAs(handlerView.page, SECOND)
    await lookUp(citizen.page, code)
    await waitForText(citizen.page, 'detail-status', '已答复')
    const stored = await models.Message.findOne({ code }).lean()
    const [first, second] = stored?.answers ?? []
    if (!first || !second) throw new Error('both answers should be stored')
    await expect(turns.locator('[data-testid=turn-label]').allTextContents()).resolves.toEqual([
      '答复',
      '我的追问',
      '再次答复',
    ])
    await expect(turns.locator('[data-testid=turn-content]').allTextContents()).resolves.toEqual([
      FIRST,
      FOLLOW_UP,
      SECOND,
    ])
    const metas = await turns.locator('[data-testid=turn-meta]').allTextContents()
    expect(metas[0]).toContain(`劳动保障监察执法科`)
    expect(metas[0]).toContain(chinese(beijingDate(first.answeredAt)))
    expect(metas[2]).toContain(chinese(beijingDate(second.answeredAt)))
    expect(await citizen.page.locator('[data-testid=detail-due]').count()).toBe(0)

    // The office's draft offers the same exchange in order.
    await officeView.page.goto(`${app.url}/`)
    await officeView.page.locator('[data-testid=entry-staff]').click()
    await officeView.page.locator('[data-testid=inbox-publications]').click({ timeout: 15_000 })
    await officeView.page
      .locator('[data-testid=candidate-row]', { hasText: TITLE })
      .click({ timeout: 15_000 })
    await officeView.page.locator('[data-testid=original-question]').waitFor({ timeout: 15_000 })
    for (const [field, text] of [
      ['answer', FIRST],
      ['followUp', FOLLOW_UP],
      ['followUpAnswer', SECOND],
    ]) {
      await expect(
        officeView.page.locator(`[data-testid=original-${field}]`).textContent(),
      ).resolves.toBe(text)
      await expect(
        officeView.page.locator(`[data-testid=editor-${field}] textarea`).inputValue(),
      ).resolves.toBe(text)
    }

    for (const view of [citizen, officeView, handlerView]) expect(view.errors).toEqual([])
    await Promise.all([citizen.close(), officeView.close(), handlerView.close()])
  }, 120_000)
})
