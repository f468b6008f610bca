import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn, waitForText } = usePages(app)

/** A citizen's complaint sent straight to the API; returns its 查询码. */
async function submitComplaint(title: string, phone: string): Promise<string> {
  const response = await fetch(`${app.url}/api/v1/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      category: 'complaint',
      title,
      content: '我们在某工地干活三个月，公司一直拖欠工资不发，请劳动监察部门帮忙处理。',
      phone,
      consent: true,
    }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { code: string }).code
}

describe('并单 and anonymous 举报 in the H5 app', () => {
  it('the office merges a duplicate into a similar open message from the staff detail page', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })
    const leadCode = await submitComplaint('某工地拖欠农民工工资（第一封）', '13900003401')
    const duplicateCode = await submitComplaint('某工地拖欠农民工工资（第二封）', '13900003402')

    const view = await phonePage()
    await signIn(view.page, office.account.username)
    await view.page.locator('[data-testid=inbox-tab-unassigned]').click()
    await view.page
      .locator('[data-testid=inbox-row]', { hasText: '第二封' })
      .click({ timeout: 15_000 })
    await view.page.locator('[data-testid=staff-title]').waitFor({ timeout: 15_000 })

    // The panel offers the other open complaint; the office picks it and confirms.
    const candidate = view.page.locator('[data-testid=merge-candidate]', { hasText: '第一封' })
    await candidate.waitFor({ timeout: 15_000 })
    await candidate.locator('[data-testid=merge-pick]').click()
    await waitForText(view.page, 'merge-confirm', '确认将本留言并入')
    await view.page.locator('[data-testid=merge-confirm-button]').click()
    await waitForText(view.page, 'staff-merged', `${leadCode.slice(0, 4)}-${leadCode.slice(4)}`)
    await view.page.locator('[data-testid=merge-undo]').waitFor({ timeout: 15_000 })

    const { Message } = createModels(app.db)
    const lead = await Message.findOne({ code: leadCode }).lean()
    const duplicate = await Message.findOne({ code: duplicateCode }).lean()
    expect(duplicate?.duplicateOf?.messageId).toEqual(lead?._id)
    expect(duplicate?.awaitingLead).toBe(true)
    expect(lead?.duplicateCount).toBe(1)
    expect(view.errors).toEqual([])
    await view.close()
  }, 90_000)

  it('a citizen sends a 举报 anonymously with the form’s checkbox', async () => {
    const citizen = await phonePage()
    await citizen.page.goto(`${app.url}/`)
    await citizen.page.locator('[data-testid=entry-message-new]').click()
    await citizen.page.locator('[data-testid=category-consult]').click()
    expect(await citizen.page.locator('[data-testid=anonymous]').count()).toBe(0)
    await citizen.page.locator('[data-testid=category-report]').click()
    await waitForText(citizen.page, 'anonymous-note', '只看到“匿名”')
    await citizen.page.locator('[data-testid=anonymous]').click()
    await citizen.page.locator('[data-testid=input-title] input').fill('举报某公司违规收取押金')
    await citizen.page
      .locator('[data-testid=input-content] textarea')
      .fill('某人力资源公司招聘时向求职者收取押金五百元，入职后不予退还，请依法查处。')
    await citizen.page.locator('[data-testid=input-name] input').fill('李举报')
    await citizen.page.locator('[data-testid=input-phone] input').fill('13900005656')
    await citizen.page.locator('[data-testid=consent]').click()
    await citizen.page.locator('[data-testid=submit]').click()
    const codeText =
      (await citizen.page.locator('[data-testid=lookup-code]').textContent({ timeout: 15_000 })) ??
      ''
    const code = codeText.replace(/[^0-9A-Z]/g, '')
    const stored = await createModels(app.db).Message.findOne({ code }).lean()
    expect(stored).toMatchObject({ category: 'report', anonymous: true, name: '李举报' })
    expect(citizen.errors).toEqual([])
    await citizen.close()
  }, 90_000)
})
