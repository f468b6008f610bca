import { createModels } from '../../server/src/db/models'
import { useBrowserApp } from '../support/browser-app'

const app = useBrowserApp()

describe('我的留言 in the H5 app', () => {
  it('a citizen finds their answered message by code and phone, reads the reply and rates it', async () => {
    const submitted = await fetch(`${app.url}/api/v1/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        category: 'consult',
        title: '参保证明在哪里开',
        content: '请问养老保险参保证明可以在网上开具吗？需要带什么材料？',
        phone: '13900006666',
        consent: true,
      }),
    })
    const { id, code } = (await submitted.json()) as { id: string; code: string }
    // The unit's reply, written straight to the database: the staff workflow is not in this test.
    // It is dated an hour after the stored receipt, not by this machine's clock.
    const received = await createModels(app.db).Message.findById(id, { receivedAt: 1 }).lean()
    if (!received) throw new Error('the submitted message is not stored')
    const answeredAt = new Date(received.receivedAt.getTime() + 60 * 60 * 1000)
    await createModels(app.db).Message.updateOne(
      { _id: id },
      {
        $set: {
          status: 'replied',
          unit: 'social-insurance',
          answer: {
            kind: 'reply',
            content: '您好！可通过国家社会保险公共服务平台查询打印。',
            answeredAt,
          },
        },
      },
    )

    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } })
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${app.url}/`)
    await page.locator('[data-testid=entry-my-messages]').click()
    await page.locator('[data-testid=lookup-code-input] input').fill(code.toLowerCase())
    await page.locator('[data-testid=lookup-phone-input] input').fill('139 0000 6666')
    await page.locator('[data-testid=lookup-submit]').click()

    await expect(
      page.locator('[data-testid=turn-content]').textContent({ timeout: 15_000 }),
    ).resolves.toContain('国家社会保险公共服务平台')
    await expect(page.locator('[data-testid=detail-unit]').textContent()).resolves.toContain(
      '市社保局',
    )

    await page.locator('[data-testid=rating-level-5]').click()
    await page.locator('[data-testid=rating-submit]').click()
    // Taro's H5 modal asks for confirmation, since a rating closes the message.
    await page.locator('.taro-modal__foot >> text=提交').click()

    await page.locator('[data-testid=rating-result]').waitFor({ timeout: 15_000 })
    const stored = await createModels(app.db).Message.findById(id).lean()
    expect(stored).toMatchObject({ status: 'closed', rating: { level: 5 } })
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('says so when the phone does not match', async () => {
    const submitted = await fetch(`${app.url}/api/v1/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        category: 'suggestion',
        title: '建议公布窗口排队情况',
        content: '建议在小程序里显示各办事窗口的实时排队人数。',
        phone: '13900007777',
        consent: true,
      }),
    })
    const { code } = (await submitted.json()) as { code: string }
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${app.url}/#/pages/my-messages/index`)
    await page.locator('[data-testid=lookup-code-input] input').fill(code)
    await page.locator('[data-testid=lookup-phone-input] input').fill('13900008888')
    await page.locator('[data-testid=lookup-submit]').click()
    await expect(
      page.locator('[data-testid=lookup-error]').textContent({ timeout: 15_000 }),
    ).resolves.toContain('未找到该留言')
    await page.close()
  })
})
