import { fireEvent, render, screen } from '@testing-library/react'
import type { ContentCheckView, PublicationDraft } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, typeInto } from '../../../test/ui'
import { clearBatch } from '../../stores/publication-batch'
import PublicationEditor from './editor'

const MESSAGE_ID = '0123456789abcdef01234567'
const DRAFT_ROUTE = `GET /api/v1/staff/publications/draft/${MESSAGE_ID}`
const PUBLISH = 'POST /api/v1/staff/publications'

const text = {
  title: '灵活就业人员如何参保',
  question: '想咨询灵活就业人员参加养老保险需要哪些材料？',
  answer: '您好！灵活就业人员可持身份证到社保经办机构办理参保登记。',
}
const draftWith = (contentCheck?: ContentCheckView): PublicationDraft => ({
  messageId: MESSAGE_ID,
  category: 'consult',
  answeredDate: '2026-03-04',
  original: text,
  originalFindings: [],
  proposal: text,
  ...(contentCheck ? { contentCheck } : {}),
})

beforeEach(() => {
  taro.clearStorageSync()
  clearBatch()
  signInStaff('office')
  taro.routerParams.current = { messageId: MESSAGE_ID }
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})
afterEach(() => {
  taro.routerParams.current = {}
})

describe('publication editor: WeChat content check', () => {
  it.each<[ContentCheckView, string]>([
    [{ state: 'pass', label: 100, labelText: '正常' }, '微信内容安全检测：通过'],
    [{ state: 'risky', label: 20003, labelText: '辱骂' }, '有风险（辱骂）；发布需填写理由'],
    [{ state: 'review', label: 21000, labelText: '其他' }, '建议人工复核（其他）'],
    [{ state: 'pending' }, '检测中'],
    [{ state: 'failed' }, '未能完成检测'],
    [{ state: 'off' }, '未开启（服务器未配置微信）'],
    [{ state: 'not_applicable' }, '未检测'],
  ])('shows the check %j', async (check, expected) => {
    routeApi({ [DRAFT_ROUTE]: answer(200, draftWith(check)) })
    render(<PublicationEditor />)
    await flush()
    const notice = screen.getByTestId('editor-content-check')
    expect(notice.textContent).toContain(expected)
    expect(notice.getAttribute('data-state')).toBe(check.state)
  })

  it('a risky message is published only with a recorded reason', async () => {
    const refusal = answer(422, {
      error: {
        code: 'content_risk',
        message:
          '微信内容安全检测认为该留言存在风险（辱骂）；经人工审核确认可以公开的，请填写理由后仍要发布',
        fields: [{ field: 'messageId', message: '微信内容安全检测认为该留言存在风险（辱骂）' }],
      },
    })
    routeApi({
      [DRAFT_ROUTE]: answer(200, draftWith({ state: 'risky', label: 20003, labelText: '辱骂' })),
      [PUBLISH]: [refusal, answer(201, { id: 'p1' })],
    })
    render(<PublicationEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('editor-publish'))
    await flush()
    expect(screen.getByTestId('editor-error').textContent).toContain('存在风险（辱骂）')

    const open = screen.getByTestId('editor-override-open')
    expect(open.textContent).toContain('已人工审核内容')
    fireEvent.click(open)
    typeInto('editor-override-reason', '经人工核对为正常咨询，检测有误')
    fireEvent.click(screen.getByTestId('editor-override-publish'))
    await flush()
    expect(requestsTo(PUBLISH)).toHaveLength(2)
    expect((requestsTo(PUBLISH)[1]?.data as { override?: unknown }).override).toEqual({
      reason: '经人工核对为正常咨询，检测有误',
    })
  })

  it('says nothing about the check when an older server does not send it', async () => {
    routeApi({ [DRAFT_ROUTE]: answer(200, draftWith()) })
    render(<PublicationEditor />)
    await flush()
    expect(screen.queryByTestId('editor-content-check')).toBeNull()
  })
})
