import { createModels } from '../../server/src/db/models'
import { useBrowserApp, usePages } from '../support/browser-app'
import { insertAnsweredMessage } from '../support/messages'
import { createStaff } from '../support/staff'

const app = useBrowserApp()
const { phonePage, signIn, waitForText, confirm } = usePages(app)

/** Signs the office in on a phone-sized page and opens the draft of the answered message titled so. */
async function openDraft(username: string, title: string) {
  const officeView = await phonePage()
  await signIn(officeView.page, username)
  await officeView.page.locator('[data-testid=inbox-publications]').click()
  await officeView.page
    .locator('[data-testid=candidate-row]', { hasText: title })
    .click({ timeout: 15_000 })
  await officeView.page.locator('[data-testid=original-question]').waitFor({ timeout: 15_000 })
  return officeView
}

describe('回复选登 in the H5 app', () => {
  it('the office publishes a redacted answer, a citizen finds it by keyword, the office hides it', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室李四' })
    const message = await insertAnsweredMessage(app.db, {
      title: '灵活就业人员参保咨询',
      content: '我叫周晓梅，电话13900003434，想咨询灵活就业人员参加养老保险需要哪些材料？',
      name: '周晓梅',
      phone: '13900003434',
    })

    // The office opens 回复选登 from the inbox and the answer from the queue.
    const officeView = await openDraft(office.account.username, '灵活就业人员参保咨询')

    // The author's name and phone are marked in the original and masked in the proposal.
    const marks = officeView.page.locator(
      '[data-testid=original-question] [data-testid=finding-mark]',
    )
    await expect(marks.allTextContents()).resolves.toEqual(['周晓梅', '13900003434'])
    const question = officeView.page.locator('[data-testid=editor-question] textarea')
    await expect(question.inputValue()).resolves.toBe(
      '我叫周**，电话139****3434，想咨询灵活就业人员参加养老保险需要哪些材料？',
    )

    // A phone number typed into the answer is caught at once and masked with one click.
    const answerBox = officeView.page.locator('[data-testid=editor-answer] textarea')
    await answerBox.fill(
      '您好！灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记，经办人电话13812345678。',
    )
    await waitForText(officeView.page, 'finding-row', '手机号码：13812345678')
    await officeView.page.locator('[data-testid=editor-mask]').click()
    await expect(answerBox.inputValue()).resolves.toContain('经办人电话138****5678。')
    await officeView.page
      .locator('[data-testid=editor-title] input')
      .fill('灵活就业人员参加养老保险需要哪些材料')

    // Preview exactly as the public sees it, then publish.
    await officeView.page.locator('[data-testid=editor-preview]').click()
    await waitForText(officeView.page, 'publication-title', '灵活就业人员参加养老保险需要哪些材料')
    await officeView.page.locator('[data-testid=editor-publish]').click()
    await confirm(officeView.page, '发布')
    await officeView.page.locator('[data-testid=staff-publications]').waitFor({ timeout: 15_000 })

    // A citizen finds it by keyword and reads it, without the author's data.
    const citizen = await phonePage()
    await citizen.page.goto(`${app.url}/`)
    await citizen.page.locator('[data-testid=entry-publications]').click()
    await citizen.page.locator('[data-testid=publications-search] input').fill('养老保险')
    await citizen.page.locator('[data-testid=publications-search-button]').click()
    await citizen.page
      .locator('[data-testid=publication-row]', { hasText: '灵活就业人员参加养老保险需要哪些材料' })
      .click({ timeout: 15_000 })
    await waitForText(citizen.page, 'publication-question', '我叫周**，电话139****3434')
    const shown =
      (await citizen.page.locator('[data-testid=publication-detail]').textContent()) ?? ''
    expect(shown).toContain('经办人电话138****5678')
    expect(shown).not.toContain('13900003434')
    expect(shown).not.toContain('周晓梅')

    // The office hides it; the citizen's next search no longer finds it.
    await officeView.page.locator('[data-testid=publications-tab-published]').click()
    await officeView.page.locator('[data-testid=unpublish]').click({ timeout: 15_000 })
    await officeView.page
      .locator('[data-testid=unpublish-reason] textarea')
      .fill('答复依据的政策已调整')
    await officeView.page.locator('[data-testid=unpublish-confirm]').click()
    await confirm(officeView.page, '撤下')
    await officeView.page
      .locator('[data-testid=staff-publications-empty]')
      .waitFor({ timeout: 15_000 })

    await citizen.page.goto(`${app.url}/#/pages/publications/index`)
    await citizen.page.locator('[data-testid=publications-search] input').fill('养老保险')
    await citizen.page.locator('[data-testid=publications-search-button]').click()
    await citizen.page.locator('[data-testid=publications-empty]').waitFor({ timeout: 15_000 })

    const models = createModels(app.db)
    const stored = await models.Publication.findOne({ messageId: message._id }).lean()
    expect(stored).toMatchObject({ status: 'hidden', hidden: { reason: '答复依据的政策已调整' } })
    const events = await models.MessageEvent.find({ messageId: message._id }).sort({
      at: 1,
      _id: 1,
    })
    expect(events.map((event) => event.type)).toEqual([
      'personal_data_viewed',
      'published',
      'unpublished',
    ])
    for (const view of [citizen, officeView]) expect(view.errors).toEqual([])
    await Promise.all([citizen.close(), officeView.close()])
  }, 120_000)

  it('marks a third party’s name and an address, also behind hidden characters, and masks them with 一键打码', async () => {
    const office = await createStaff(app.db, { role: 'office', displayName: '办公室王五' })
    await insertAnsweredMessage(app.db, {
      title: '包工头拖欠工资',
      content:
        '包工头杨德富拖欠我们工资半年了，他的电话139\u200b0000\u200b5566，我家住七星关区洪山路12号3单元501室。',
      name: '周晓梅',
      phone: '13900003434',
    })

    const officeView = await openDraft(office.account.username, '包工头拖欠工资')

    // The original marks the foreman's name, his phone (zero-width spaces and all) and the address.
    const marks = officeView.page.locator(
      '[data-testid=original-question] [data-testid=finding-mark]',
    )
    await expect(marks.allTextContents()).resolves.toEqual([
      '杨德富',
      '139\u200b0000\u200b5566',
      '七星关区洪山路12号3单元501室',
    ])
    // The proposal is masked and carries no hidden characters.
    const question = officeView.page.locator('[data-testid=editor-question] textarea')
    await expect(question.inputValue()).resolves.toBe(
      '包工头杨**拖欠我们工资半年了，他的电话139****5566，我家住七星关区***。',
    )

    // A name and an address typed into the answer are caught as the office types.
    const answerBox = officeView.page.locator('[data-testid=editor-answer] textarea')
    await answerBox.fill(
      '您好！经监察大队调查，项目经理吴斌已承诺结清工资，请到大方县顺德路8号2栋办理登记。',
    )
    await waitForText(officeView.page, 'finding-row', '人名：吴斌')
    await waitForText(officeView.page, 'finding-row', '住址：大方县顺德路8号2栋')
    await officeView.page.locator('[data-testid=editor-mask]').click()
    await expect(answerBox.inputValue()).resolves.toBe(
      '您好！经监察大队调查，项目经理吴*已承诺结清工资，请到大方县***办理登记。',
    )
    await officeView.page.locator('[data-testid=editor-clean]').waitFor({ timeout: 15_000 })
    expect(officeView.errors).toEqual([])
    await officeView.close()
  }, 120_000)
})
