import { act, fireEvent, render, screen } from '@testing-library/react'
import type { CitizenMessageView } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import MessageNew from '../message-new/index'
import MyMessages from './index'

const CODE = 'BC7K9MQ2'
const PHONE = '13800138000'

const REPLIED: CitizenMessageView = {
  id: '6650a1b2c3d4e5f6a7b8c9d0',
  code: CODE,
  category: 'consult',
  title: '养老保险缴费年限怎么查询',
  content: '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。',
  status: 'replied',
  receivedAt: '2025-09-30T10:00:00.000+08:00',
  dueDate: '2025-10-14',
  dueAt: '2025-10-14T23:59:59.999+08:00',
  provisional: false,
  unitName: '社会保险科',
  answer: {
    kind: 'reply',
    content: '您好！您反映的问题已收悉，现答复如下：可通过社保经办窗口查询。',
    answeredAt: '2025-10-09T16:30:00.000+08:00',
    unitName: '社会保险科',
  },
  conversation: [
    {
      kind: 'question',
      content: '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。',
      at: '2025-09-30T10:00:00.000+08:00',
    },
    {
      kind: 'reply',
      content: '您好！您反映的问题已收悉，现答复如下：可通过社保经办窗口查询。',
      at: '2025-10-09T16:30:00.000+08:00',
      unitName: '社会保险科',
    },
  ],
  canRate: true,
  canFollowUp: true,
  history: [
    { type: 'submitted', at: '2025-09-30T10:00:00.000+08:00', label: '留言已提交' },
    { type: 'assigned', at: '2025-10-08T01:05:00.000Z', label: '已转交社会保险科办理' },
    { type: 'replied', at: '2025-10-09T16:30:00.000+08:00', label: '已答复' },
  ],
}

const WAITING: CitizenMessageView = {
  ...REPLIED,
  status: 'submitted',
  unitName: undefined,
  answer: undefined,
  conversation: REPLIED.conversation.slice(0, 1),
  canRate: false,
  canFollowUp: false,
  provisional: true,
  dueDate: '2026-01-08',
  history: [REPLIED.history[0]!],
}

const LOOKUP = 'GET /api/v1/messages/lookup'
const RATING = `POST /api/v1/messages/${CODE}/rating`
const FOLLOW_UP = `POST /api/v1/messages/${CODE}/follow-up`

function typeInto(testId: string, value: string) {
  fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } }))
}

/** Lets Taro's web components (Stencil) finish rendering a form that has just appeared. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

function text(testId: string): string {
  return screen.getByTestId(testId).textContent ?? ''
}

async function lookUp(code = 'bc7k-9mq2', phone = '138 0013 8000') {
  typeInto('lookup-code-input', code)
  typeInto('lookup-phone-input', phone)
  fireEvent.click(screen.getByTestId('lookup-submit'))
}

beforeEach(() => {
  taro.clearStorageSync()
  taro.routerParams.current = {}
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})

describe('我的留言 lookup', () => {
  it('checks the code and phone with the shared schema before asking the server', () => {
    routeApi({})
    render(<MyMessages />)
    typeInto('lookup-code-input', 'BC7K')
    typeInto('lookup-phone-input', '12345')
    fireEvent.click(screen.getByTestId('lookup-submit'))

    expect(text('error-code')).toBe('查询码应为 8 位字母和数字')
    expect(text('error-phone')).toBe('请填写正确的手机号码或带区号的固定电话')
    expect(requestsTo(LOOKUP)).toHaveLength(0)
    expect(text('my-codes-empty')).toContain('本机还没有保存查询码')
  })

  it('shows the server’s message when no message matches', async () => {
    routeApi({
      [LOOKUP]: answer(404, {
        error: { code: 'not_found', message: '未找到该留言，请核对查询码和联系电话' },
      }),
    })
    render(<MyMessages />)
    await lookUp()

    expect(await screen.findByTestId('lookup-error')).toBeTruthy()
    expect(text('lookup-error')).toBe('未找到该留言，请核对查询码和联系电话')
    const [sent] = requestsTo(LOOKUP)
    expect(sent?.url).toBe(`/api/v1/messages/lookup?code=${CODE}&phone=${PHONE}`)
    expect(screen.queryByTestId('message-detail')).toBeNull()
    // A code that found nothing is not saved on the device.
    expect(taro.setStorageSync).not.toHaveBeenCalled()

    // The next attempt starts clean: the old error does not stay beside the new one.
    typeInto('lookup-phone-input', '')
    fireEvent.click(screen.getByTestId('lookup-submit'))
    expect(screen.queryByTestId('lookup-error')).toBeNull()
    expect(text('error-phone')).toBe('请填写联系电话')
  })

  it('says lookups are too frequent on 429', async () => {
    routeApi({ [LOOKUP]: answer(429, null, { 'Retry-After': '120' }) })
    render(<MyMessages />)
    await lookUp()
    expect((await screen.findByTestId('lookup-error')).textContent).toBe(
      '查询过于频繁，请 2 分钟后再试',
    )
  })

  it('shows the answer, the unit and the timeline in Beijing time, and saves the code only', async () => {
    routeApi({ [LOOKUP]: answer(200, REPLIED) })
    render(<MyMessages />)
    await lookUp()

    await screen.findByTestId('message-detail')
    expect(text('detail-status')).toBe('已答复')
    expect(text('detail-category')).toBe('咨询')
    expect(text('detail-title')).toBe(REPLIED.title)
    expect(text('detail-content')).toBe(REPLIED.content)
    expect(text('detail-unit')).toBe('办理单位：社会保险科')
    expect(screen.getAllByTestId('turn-label').map((label) => label.textContent)).toEqual(['答复'])
    expect(text('turn-content')).toBe(REPLIED.answer?.content)
    expect(text('turn-meta')).toBe('社会保险科 · 2025年10月9日 16:30')
    expect(screen.queryByTestId('detail-due')).toBeNull()
    const items = screen.getAllByTestId('timeline-item').map((item) => item.textContent)
    expect(items).toEqual([
      '留言已提交2025年9月30日 10:00',
      '已转交社会保险科办理2025年10月8日 09:05',
      '已答复2025年10月9日 16:30',
    ])
    expect(screen.getByTestId('rating-form')).toBeTruthy()
    expect(screen.getByTestId('followup-form')).toBeTruthy()
    expect(taro.setStorageSync).toHaveBeenCalledWith('zhengmin.myMessageCodes', [
      expect.objectContaining({ code: CODE }),
    ])
    expect(JSON.stringify(taro.setStorageSync.mock.calls)).not.toContain(PHONE)
  })

  it('shows the provisional deadline and no answer while the message waits', async () => {
    routeApi({ [LOOKUP]: answer(200, WAITING) })
    render(<MyMessages />)
    await lookUp()

    await screen.findByTestId('message-detail')
    expect(text('detail-status')).toBe('已提交')
    expect(text('detail-due')).toBe(
      '预计最迟答复日期：2026年1月8日（约，以国家节假日安排公布后为准）',
    )
    expect(text('detail-unit')).toBe('办理单位：待分办')
    expect(text('conversation-pending')).toBe('正在办理，最迟于2026年1月8日答复，请届时再来查看。')
    expect(screen.queryByTestId('rating-form')).toBeNull()
    expect(screen.queryByTestId('followup-form')).toBeNull()
  })

  it('shows a decline with its reason', async () => {
    routeApi({
      [LOOKUP]: answer(200, {
        ...REPLIED,
        status: 'declined',
        answer: { ...REPLIED.answer, kind: 'decline', content: '该事项已进入仲裁程序。' },
        conversation: [
          REPLIED.conversation[0]!,
          { ...REPLIED.conversation[1]!, kind: 'decline', content: '该事项已进入仲裁程序。' },
        ],
      }),
    })
    render(<MyMessages />)
    await lookUp()
    await screen.findByTestId('message-detail')
    expect(text('detail-status')).toBe('不予受理')
    expect(text('turn-label')).toBe('不予受理')
    expect(text('turn-content')).toBe('该事项已进入仲裁程序。')
  })

  it('lists saved codes and asks for the phone when one is tapped', () => {
    taro.setStorageSync('zhengmin.myMessageCodes', [
      { code: CODE, savedAt: '2025-09-30T02:00:00.000Z' },
    ])
    routeApi({})
    render(<MyMessages />)
    fireEvent.click(screen.getByTestId(`my-code-${CODE}`))
    expect(
      (screen.getByTestId('lookup-code-input') as HTMLInputElement).getAttribute('value'),
    ).toBe('BC7K-9MQ2')
    expect(text('lookup-ask-phone')).toContain('BC7K-9MQ2')
    expect(requestsTo(LOOKUP)).toHaveLength(0)
  })
})

describe('我的留言 rating', () => {
  it('requires a reason for 不满意, then sends the rating after confirmation', async () => {
    const rated = { ...REPLIED, status: 'closed' as const, canRate: false, canFollowUp: false }
    routeApi({
      [LOOKUP]: answer(200, REPLIED),
      [RATING]: answer(200, {
        ...rated,
        rating: { level: 2, comment: '答复没有说明办理地点', ratedAt: '2025-10-10T09:00:00+08:00' },
      }),
    })
    render(<MyMessages />)
    await lookUp()
    await screen.findByTestId('rating-form')
    await settle()

    fireEvent.click(screen.getByTestId('rating-level-2'))
    fireEvent.click(screen.getByTestId('rating-submit'))
    expect(text('error-rating-comment')).toBe('选择“不满意”或“非常不满意”时，请写明原因')
    expect(taro.showModal).not.toHaveBeenCalled()
    expect(requestsTo(RATING)).toHaveLength(0)

    typeInto('rating-comment', ' 答复没有说明办理地点 ')
    await act(async () => {
      fireEvent.click(screen.getByTestId('rating-submit'))
    })

    expect(taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('提交后留言将办结') }),
    )
    const [sent] = requestsTo(RATING)
    expect(sent?.data).toEqual({ phone: PHONE, level: 2, comment: '答复没有说明办理地点' })
    expect(await screen.findByTestId('rating-result')).toBeTruthy()
    expect(text('rating-result')).toContain('不满意')
    expect(text('detail-status')).toBe('已办结')
    expect(screen.queryByTestId('rating-form')).toBeNull()
  })

  it('sends nothing when the citizen cancels the confirmation', async () => {
    taro.showModal.mockImplementation(() =>
      Promise.resolve({ confirm: false, cancel: true, errMsg: 'ok' }),
    )
    routeApi({ [LOOKUP]: answer(200, REPLIED) })
    render(<MyMessages />)
    await lookUp()
    await screen.findByTestId('rating-form')
    await settle()
    fireEvent.click(screen.getByTestId('rating-level-5'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('rating-submit'))
    })
    expect(taro.showModal).toHaveBeenCalledTimes(1)
    expect(requestsTo(RATING)).toHaveLength(0)
    expect(screen.getByTestId('rating-form')).toBeTruthy()
  })
})

describe('我的留言 follow-up', () => {
  it('validates, confirms and sends the follow-up once', async () => {
    routeApi({
      [LOOKUP]: answer(200, REPLIED),
      [FOLLOW_UP]: answer(200, {
        ...REPLIED,
        status: 'reopened',
        canFollowUp: false,
        canRate: false,
        followUp: { content: '请问需要带哪些材料？', at: '2025-10-10T09:00:00+08:00' },
        dueDate: '2025-10-17',
        conversation: [
          ...REPLIED.conversation,
          { kind: 'followUp', content: '请问需要带哪些材料？', at: '2025-10-10T09:00:00+08:00' },
        ],
      }),
    })
    render(<MyMessages />)
    await lookUp()
    await screen.findByTestId('followup-form')
    await settle()

    typeInto('followup-content', '材料')
    fireEvent.click(screen.getByTestId('followup-submit'))
    expect(text('error-followup')).toBe('追问内容至少5个字')
    expect(requestsTo(FOLLOW_UP)).toHaveLength(0)

    typeInto('followup-content', '请问需要带哪些材料？')
    await act(async () => {
      fireEvent.click(screen.getByTestId('followup-submit'))
    })
    expect(taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('只能追问一次') }),
    )
    expect(requestsTo(FOLLOW_UP)[0]?.data).toEqual({
      phone: PHONE,
      content: '请问需要带哪些材料？',
    })
    await screen.findByText('我的追问')
    // The first answer stays, the follow-up follows it, and the new deadline is shown.
    expect(screen.getAllByTestId('turn-label').map((label) => label.textContent)).toEqual([
      '答复',
      '我的追问',
    ])
    expect(text('detail-due')).toBe('预计最迟答复日期：2025年10月17日')
    expect(text('conversation-pending')).toBe(
      '正在办理，最迟于2025年10月17日答复，请届时再来查看。',
    )
    expect(text('detail-status')).toBe('追问办理中')
    expect(screen.queryByTestId('followup-form')).toBeNull()
  })
})

describe('查看办理进度 after submitting', () => {
  it('opens 我的留言 with the code and looks the message up with the phone kept in memory', async () => {
    routeApi({
      'GET /api/v1/calendar/deadline': answer(503, null),
      'POST /api/v1/messages': answer(201, {
        id: REPLIED.id,
        code: CODE,
        status: 'submitted',
        receivedAt: REPLIED.receivedAt,
        receivedDate: '2025-09-30',
        dueDate: '2025-10-14',
        dueAt: REPLIED.dueAt,
        provisional: false,
      }),
      [LOOKUP]: answer(200, WAITING),
    })
    const form = render(<MessageNew />)
    fireEvent.click(screen.getByTestId('category-consult'))
    typeInto('input-title', REPLIED.title)
    typeInto('input-content', REPLIED.content)
    typeInto('input-phone', '138-0013-8000')
    fireEvent.click(screen.getByTestId('consent'))
    fireEvent.click(screen.getByTestId('submit'))
    await screen.findByTestId('submission-result')

    fireEvent.click(screen.getByTestId('view-progress'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/my-messages/index?code=${CODE}` })
    // The code is on the device; the phone is not.
    expect(taro.getStorageSync('zhengmin.myMessageCodes')).toEqual([
      expect.objectContaining({ code: CODE }),
    ])
    expect(JSON.stringify(taro.setStorageSync.mock.calls)).not.toContain(PHONE)
    form.unmount()

    taro.routerParams.current = { code: CODE }
    render(<MyMessages />)
    await screen.findByTestId('message-detail')
    expect(requestsTo(LOOKUP)[0]?.url).toBe(`/api/v1/messages/lookup?code=${CODE}&phone=${PHONE}`)
  })
})
