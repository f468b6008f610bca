// The clerk with a citizen on the phone: finds the message by its 查询码 (typed with the
// hyphen), by the caller's phone and by a word of its title, in the H5 inbox.
import type { Page } from 'playwright-core'
import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn } = usePages(app)
const PHONE = '13900007272'

async function submit(body: Record<string, string>) {
  const response = await fetch(`${app.url}/api/v1/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ category: 'complaint', name: '赵六', consent: true, ...body }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; code: string }
}

async function searchInbox(page: Page, text: string) {
  await page.locator('[data-testid=inbox-search] input').fill(text)
  await page.locator('[data-testid=inbox-search-button]').click()
  await page.locator('[data-testid=inbox-search-state]').waitFor({ timeout: 15_000 })
}

/** The 查询码 shown on each row once the rows (or the empty state) are on screen. */
async function rowCodes(page: Page): Promise<string[]> {
  await page
    .locator('[data-testid=inbox-row], [data-testid=inbox-empty]')
    .first()
    .waitFor({ timeout: 15_000 })
  return page.locator('[data-testid=row-code]').allTextContents()
}

describe('staff inbox search in the H5 app', () => {
  it('finds a message by 查询码, phone and words; another unit finds nothing', async () => {
    const wages = await submit({
      title: '工地欠薪问题',
      content: '老板拖欠我们12名农民工工资三个月了，请帮忙处理。',
      phone: PHONE,
    })
    await submit({ title: '社保卡补办', content: '社会保障卡丢了怎么补办？', phone: '13700001111' })
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })
    const display = `${wages.code.slice(0, 4)}-${wages.code.slice(4)}`

    const view = await phonePage()
    await signIn(view.page, office.account.username)
    await view.page.locator('[data-testid=inbox-row]').first().waitFor({ timeout: 15_000 })

    await searchInbox(view.page, display)
    await expect(
      view.page
        .locator('[data-testid=inbox-row]', { hasText: '工地欠薪问题' })
        .locator('[data-testid=row-code]')
        .textContent({ timeout: 15_000 }),
    ).resolves.toBe(`查询码 ${display}`)
    expect(await rowCodes(view.page)).toEqual([`查询码 ${display}`])
    await expect(
      view.page.locator('[data-testid=row-received]').first().textContent(),
    ).resolves.toMatch(/^收到 \d{4}-\d{2}-\d{2}$/)

    await searchInbox(view.page, '拖欠工资')
    await view.page
      .locator('[data-testid=inbox-row]', { hasText: '工地欠薪问题' })
      .waitFor({ timeout: 15_000 })
    expect(await rowCodes(view.page)).toEqual([`查询码 ${display}`])

    await searchInbox(view.page, PHONE)
    await view.page
      .locator('[data-testid=inbox-row]', { hasText: '工地欠薪问题' })
      .waitFor({ timeout: 15_000 })
    expect(await rowCodes(view.page)).toEqual([`查询码 ${display}`])
    const reads = await createModels(app.db)
      .MessageEvent.find({ type: 'personal_data_viewed' })
      .lean()
    expect(reads.map((event) => String(event.messageId))).toEqual([wages.id])

    // A handler of a unit that does not hold the message: the same code finds nothing.
    const handler = await createStaff(app.db, { role: 'handler', unit: 'employment' })
    const other = await phonePage()
    await signIn(other.page, handler.account.username)
    await searchInbox(other.page, display)
    await other.page.locator('[data-testid=inbox-empty]').waitFor({ timeout: 15_000 })
    await expect(other.page.locator('[data-testid=inbox-empty]').textContent()).resolves.toBe(
      '没有找到符合条件的留言。',
    )

    for (const page of [view, other]) expect(page.errors).toEqual([])
    await Promise.all([view.close(), other.close()])
  }, 90_000)
})
