import { createModels } from '../../server/src/db/models'
import { useBrowserApp } from '../support/browser-app'

const app = useBrowserApp()

describe('a citizen leaves a message in the H5 app', () => {
  it('fills in the form, submits, and sees the lookup code and due date', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } })
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))

    await page.goto(`${app.url}/`)
    await page.locator('[data-testid=entry-message-new]').click()
    await page.locator('[data-testid=category-complaint]').click()
    await page.locator('[data-testid=input-title] input').fill('公司拖欠三个月工资')
    await page
      .locator('[data-testid=input-content] textarea')
      .fill('我所在的公司从今年八月起一直没有发工资，多次找老板都没有结果，请问应该怎么维权？')
    await page.locator('[data-testid=input-name] input').fill('王五')
    await page.locator('[data-testid=input-phone] input').fill('139 0000 2222')
    await page.locator('[data-testid=consent]').click()
    await page.locator('[data-testid=submit]').click()

    const codeText =
      (await page.locator('[data-testid=lookup-code]').textContent({ timeout: 15_000 })) ?? ''
    const code = codeText.replace(/[^0-9A-Z]/g, '')
    expect(code).toHaveLength(8)
    await expect(page.locator('[data-testid=due-date]').textContent()).resolves.toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日/,
    )

    const stored = await createModels(app.db).Message.findOne({ code }).lean()
    expect(stored).toMatchObject({
      category: 'complaint',
      title: '公司拖欠三个月工资',
      name: '王五',
      phone: '13900002222',
      allowPublish: false,
      status: 'submitted',
    })
    const shownDue = (await page.locator('[data-testid=due-date]').textContent()) ?? ''
    const [, y, m, d] = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(shownDue) ?? []
    expect(`${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`).toBe(stored?.dueDate)
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('shows the schema’s Chinese errors and sends nothing when the form is empty', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } })
    const posts: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url())
    })
    await page.goto(`${app.url}/#/pages/message-new/index`)
    await page.locator('[data-testid=submit]').click()

    await expect(page.locator('[data-testid=error-title]').textContent()).resolves.toContain(
      '请填写留言标题',
    )
    await expect(page.locator('[data-testid=error-consent]').textContent()).resolves.toContain(
      '隐私保护说明',
    )
    expect(posts).toEqual([])
    await page.close()
  })
})
