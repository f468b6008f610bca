import { readFileSync } from 'node:fs'
import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { parseCsv } from '../support/csv'
import { insertAnsweredMessage } from '../support/messages'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn, waitForText } = usePages(app)

async function api(path: string, body: object, authorization?: string) {
  const response = await fetch(`${app.url}/api/v1${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization ? { Authorization: authorization } : {}),
    },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as { id: string }
}

describe('办理统计 in the H5 app', () => {
  it('the office opens the dashboard, reads the figures and the chart, and exports a CSV', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })
    const handler = await createStaff(app.db, { role: 'handler', unit: 'employment' })

    // Three messages today: two answered by 市就业局 at once, one left with the office.
    for (let i = 0; i < 3; i += 1) {
      const { id } = await api('/messages', {
        category: 'consult',
        title: `就业补贴申请咨询${i + 1}`,
        content: '请问灵活就业社会保险补贴怎么申请，需要哪些材料？',
        phone: '13900007878',
        consent: true,
      })
      if (i < 2) {
        await api(`/staff/messages/${id}/assign`, { unit: 'employment' }, office.authorization)
        await api(
          `/staff/messages/${id}/reply`,
          { content: '您好，可在毕节市就业局窗口或网上办事大厅申请，需提供身份证和缴费记录。' },
          handler.authorization,
        )
      }
    }
    // And one message long past its deadline, still unanswered at 市社保局.
    const overdue = await insertAnsweredMessage(app.db, {
      title: '养老保险转移接续',
      status: 'assigned',
      receivedDate: '2026-03-02',
      dueDate: '2026-03-09',
      dueAt: new Date('2026-03-09T15:59:59.999Z'),
    })
    await createModels(app.db).Message.updateOne(
      { _id: overdue._id },
      { $unset: { answer: 1, firstAnsweredAt: 1 } },
    )

    const view = await phonePage()
    await signIn(view.page, office.account.username)
    await view.page.locator('[data-testid=inbox-stats]').click()
    await waitForText(view.page, 'stats-received', '3')
    await waitForText(view.page, 'stats-answered', '2')
    // Two answers are under the minimum sample of 5: the rate is not shown as a number.
    await waitForText(view.page, 'stats-on-time', '样本不足')
    await waitForText(view.page, 'stats-overdue', '1')

    // The bar chart is drawn (a canvas) and describes itself; the table has the same figures.
    await view.page.locator('[data-testid=stats-units-chart] canvas').waitFor({ timeout: 15_000 })
    const description = await view.page
      .locator('[data-testid=stats-units-chart]')
      .getAttribute('aria-label')
    expect(description).toContain('市就业局样本不足')
    const employmentRow = view.page.locator(
      '[data-testid=stats-units-table-row][data-key=employment]',
    )
    await expect(employmentRow.textContent()).resolves.toContain('市就业局22样本不足0')
    await view.page.locator('[data-testid=stats-trend-chart] canvas').waitFor()

    // The overdue message is listed with the working days it is overdue.
    await expect(
      view.page.locator('[data-testid=stats-overdue-row]').textContent(),
    ).resolves.toMatch(/养老保险转移接续.*市社保局.*超期 \d+ 个工作日/)

    // The figures export as a CSV the browser saves.
    const [download] = await Promise.all([
      view.page.waitForEvent('download'),
      view.page.locator('[data-testid=stats-export-figures-csv]').click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^留言办理统计_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
    )
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = parseCsv(text.slice(1))
    const employment = rows.find((row) => row[0] === '市就业局')
    expect(employment?.slice(1, 5)).toEqual(['2', '2', '2', '样本不足'])
    expect(rows.find((row) => row[0] === '合计')?.slice(1, 3)).toEqual(['3', '2'])
    // A browser test's time, as the other browser tests give themselves (the project's
    // testTimeout does not reach it: jest's default 5 s applied on a loaded machine).
  }, 120_000)
})
