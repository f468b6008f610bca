import type { Page } from 'playwright-core'
import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

// 市社保局's answers go out only when its unit head (科室负责人) signs them off.
const app = useBrowserApp({ answerSignoff: { 'social-insurance': 'unit-head' } })
const { phonePage, signIn, waitForText, confirm } = usePages(app)
const PHONE = '13900007171'
const TITLE = '养老保险转移接续'
const FIRST_DRAFT = '您好！养老保险关系转移请到社保局咨询办理。'
const COMMENT = '请写明需要携带的材料和办理时限。'
const CORRECTED =
  '您好！养老保险关系转移接续可向新参保地社保经办机构申请，携带身份证即可，一般15个工作日内办结。'
const DISPATCH_NOTE = '请核实其跨省缴费年限后答复。'

/** Opens the row with this title in the given inbox tab. */
async function openFromInbox(page: Page, tab: string) {
  await page.locator(`[data-testid=inbox-tab-${tab}]`).click()
  const row = page.locator('[data-testid=inbox-row]', { hasText: TITLE })
  await row.waitFor({ timeout: 15_000 })
  return row
}

/** The pending answer card once it shows this state. */
async function waitForPending(page: Page, status: 'pending' | 'returned') {
  await page
    .locator(`[data-testid=pending-answer][data-status=${status}]`)
    .waitFor({ timeout: 15_000 })
}

describe('an answer signed off by the unit head, in the H5 app', () => {
  it('the handler answers, the unit head sends it back, the handler resubmits, the unit head approves', async () => {
    const office = await createStaff(app.db, { role: 'office' })
    const handler = await createStaff(app.db, {
      role: 'handler',
      unit: 'social-insurance',
      displayName: '社保局赵六',
    })
    const head = await createStaff(app.db, {
      role: 'unit-head',
      unit: 'social-insurance',
      displayName: '社保局钱科长',
    })

    // A message, dispatched by the office with 分办意见 (through the API: not what is tested).
    const api = (path: string, body: object, authorization?: string) =>
      fetch(`${app.url}/api/v1${path}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: JSON.stringify(body),
      }).then(async (response) => {
        expect(response.status).toBeLessThan(300)
        return (await response.json()) as { id: string; code: string }
      })
    const created = await api('/messages', {
      category: 'consult',
      title: TITLE,
      content: '我从外省回毕节工作，之前在外省缴纳的养老保险怎么转移过来？需要什么材料？',
      phone: PHONE,
      consent: true,
    })
    await api(
      `/staff/messages/${created.id}/assign`,
      { unit: 'social-insurance', dispatchNote: DISPATCH_NOTE },
      office.authorization,
    )

    // The handler reads the 分办意见 and answers: it waits for sign-off.
    const handlerView = await phonePage()
    await signIn(handlerView.page, handler.account.username)
    await (await openFromInbox(handlerView.page, 'open')).click()
    await waitForText(handlerView.page, 'dispatch-note', DISPATCH_NOTE)
    await handlerView.page.locator('[data-testid=action-reply]').click()
    await handlerView.page.locator('[data-testid=signoff-hint]').waitFor({ timeout: 15_000 })
    await handlerView.page.locator('[data-testid=reply-text] textarea').fill(FIRST_DRAFT)
    await handlerView.page.locator('[data-testid=reply-submit]').click()
    await confirm(handlerView.page)
    await waitForPending(handlerView.page, 'pending')
    await waitForText(handlerView.page, 'staff-status', '办理中')

    // The unit head finds it under 待签发 and sends it back with a comment.
    const headView = await phonePage()
    await signIn(headView.page, head.account.username)
    const row = await openFromInbox(headView.page, 'signoff')
    await expect(row.locator('[data-testid=row-signoff]').textContent()).resolves.toBe('待签发')
    await row.click()
    await waitForText(headView.page, 'pending-answer-content', FIRST_DRAFT)
    await waitForText(headView.page, 'pending-answer-author', '社保局赵六')
    await headView.page.locator('[data-testid=signoff-return]').click()
    // The comment is required.
    await headView.page.locator('[data-testid=signoff-return-submit]').click()
    await waitForText(headView.page, 'error-signoff-comment', '请填写退回意见')
    await headView.page.locator('[data-testid=signoff-return-comment] textarea').fill(COMMENT)
    await headView.page.locator('[data-testid=signoff-return-submit]').click()
    await waitForPending(headView.page, 'returned')

    // The handler sees the comment, corrects the answer (it opens with the draft) and resubmits.
    await handlerView.page.reload()
    await waitForText(handlerView.page, 'pending-answer-returned', COMMENT)
    await handlerView.page.locator('[data-testid=action-reply]').click()
    const editor = handlerView.page.locator('[data-testid=reply-text] textarea')
    await expect(editor.inputValue()).resolves.toBe(FIRST_DRAFT)
    await editor.fill(CORRECTED)
    await handlerView.page.locator('[data-testid=reply-submit]').click()
    await confirm(handlerView.page)
    await waitForPending(handlerView.page, 'pending')

    // The unit head approves after confirming: the answer goes out.
    await headView.page.reload()
    await waitForText(headView.page, 'pending-answer-content', CORRECTED)
    await headView.page.locator('[data-testid=signoff-approve]').click()
    await confirm(headView.page, '签发')
    await waitForText(headView.page, 'staff-status', '已答复')
    await expect(headView.page.locator('[data-testid=pending-answer]').count()).resolves.toBe(0)

    const models = createModels(app.db)
    const stored = await models.Message.findOne({ code: created.code }).lean()
    expect(stored).toMatchObject({
      status: 'replied',
      answer: { kind: 'reply', content: CORRECTED, staffId: String(handler.account._id) },
      dispatchNote: { text: DISPATCH_NOTE },
    })
    expect(stored?.pendingAnswer).toBeUndefined()
    const events = await models.MessageEvent.find({
      messageId: stored?._id,
      type: { $ne: 'personal_data_viewed' },
    }).sort({ at: 1, _id: 1 })
    expect(events.map((event) => event.type)).toEqual([
      'submitted',
      'assigned',
      'dispatch_noted',
      'answer_submitted',
      'answer_returned',
      'answer_submitted',
      'answer_signed_off',
      'replied',
    ])
    for (const view of [handlerView, headView]) expect(view.errors).toEqual([])
    await Promise.all([handlerView.close(), headView.close()])
  }, 120_000)
})
