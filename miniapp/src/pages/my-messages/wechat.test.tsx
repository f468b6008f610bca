import { act, fireEvent, render, screen } from '@testing-library/react'
import type { CitizenMessageView, MyMessagePage } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import MessageNew from '../message-new/index'
import MyMessages from './index'

const TOKEN = 'w'.repeat(43)
const CODE = 'BC7K9MQ2'
const LOGIN = 'POST /api/v1/auth/wechat'
const LIST = 'GET /api/v1/me/messages'
const DETAIL = `GET /api/v1/me/messages/${CODE}`
const RATING = `POST /api/v1/me/messages/${CODE}/rating`

const SESSION = { token: TOKEN, expiresAt: '2099-01-01T00:00:00.000+08:00' }
const PAGE: MyMessagePage = {
  items: [
    {
      code: CODE,
      category: 'consult',
      title: '养老保险缴费年限怎么查询',
      status: 'replied',
      receivedAt: '2025-09-30T10:00:00.000+08:00',
      dueDate: '2025-10-14',
      provisional: false,
    },
  ],
  nextCursor: null,
}
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
  answer: {
    kind: 'reply',
    content: '您好！可通过社保经办窗口查询。',
    answeredAt: '2025-10-09T16:30:00.000+08:00',
  },
  conversation: [
    {
      kind: 'question',
      content: '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。',
      at: '2025-09-30T10:00:00.000+08:00',
    },
    {
      kind: 'reply',
      content: '您好！可通过社保经办窗口查询。',
      at: '2025-10-09T16:30:00.000+08:00',
    },
  ],
  canRate: true,
  canFollowUp: true,
  history: [],
}

async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

beforeEach(() => {
  taro.clearStorageSync()
  taro.routerParams.current = {}
  taro.getEnv.mockReturnValue(taro.ENV_TYPE.WEAPP)
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})
afterEach(() => {
  taro.getEnv.mockReturnValue(taro.ENV_TYPE.WEB)
})

describe('我的留言 inside WeChat', () => {
  it('signs in with wx.login, lists the citizen’s messages and rates one without a phone', async () => {
    routeApi({
      [LOGIN]: answer(200, SESSION),
      [LIST]: answer(200, PAGE),
      [DETAIL]: answer(200, REPLIED),
      [RATING]: answer(200, { ...REPLIED, status: 'closed', canRate: false, canFollowUp: false }),
    })
    render(<MyMessages />)
    await settle()
    await settle()

    expect(requestsTo(LOGIN)[0]?.data).toEqual({ code: 'wx-login-code' })
    expect(requestsTo(LIST)[0]?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    const rows = screen.getAllByTestId('wechat-message')
    expect(rows.map((row) => row.textContent)).toEqual([
      '养老保险缴费年限怎么查询咨询 · 答复期限 2025年10月14日已答复',
    ])
    // The lookup form stays for messages left elsewhere.
    expect(screen.getByTestId('lookup-submit')).toBeTruthy()

    fireEvent.click(rows[0]!)
    await screen.findByTestId('message-detail')
    expect(requestsTo(DETAIL)[0]?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    fireEvent.click(screen.getByTestId('rating-level-4'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('rating-submit'))
    })
    await settle()
    expect(requestsTo(RATING)[0]?.data).toEqual({ level: 4 })
    expect(requestsTo(RATING)[0]?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    // One login, reused.
    expect(requestsTo(LOGIN)).toHaveLength(1)
  })

  it('opens the message named by the answer notice straight away', async () => {
    taro.setStorageSync('zhengmin.citizenSession', SESSION)
    taro.routerParams.current = { code: CODE }
    routeApi({ [LIST]: answer(200, PAGE), [DETAIL]: answer(200, REPLIED) })
    render(<MyMessages />)
    await screen.findByTestId('message-detail')
    expect(taro.login).not.toHaveBeenCalled()
    expect(screen.getByTestId('turn-content').textContent).toBe(REPLIED.answer?.content)
  })

  it('falls back to the lookup form when the server offers no WeChat login', async () => {
    routeApi({
      [LOGIN]: answer(503, { error: { code: 'wechat_unavailable', message: '暂不支持微信登录' } }),
    })
    render(<MyMessages />)
    await settle()
    await settle()
    expect(screen.queryByTestId('wechat-messages')).toBeNull()
    expect(screen.getByTestId('lookup-submit')).toBeTruthy()
    expect(requestsTo(LIST)).toHaveLength(0)
  })

  it('forgets an expired login and shows the lookup form', async () => {
    taro.setStorageSync('zhengmin.citizenSession', SESSION)
    routeApi({
      [LIST]: answer(401, {
        error: { code: 'citizen_unauthenticated', message: '微信登录已失效，请重新进入小程序' },
      }),
    })
    render(<MyMessages />)
    await settle()
    await settle()
    expect(screen.queryByTestId('wechat-messages')).toBeNull()
    expect(taro.getStorageSync('zhengmin.citizenSession')).toBe('')
  })

  it('does not sign in with WeChat in a browser', async () => {
    taro.getEnv.mockReturnValue(taro.ENV_TYPE.WEB)
    routeApi({})
    render(<MyMessages />)
    await settle()
    expect(taro.login).not.toHaveBeenCalled()
    expect(screen.queryByTestId('wechat-messages')).toBeNull()
  })
})

describe('我要留言 inside WeChat', () => {
  function typeInto(testId: string, value: string) {
    fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } }))
  }

  async function submitValidForm() {
    fireEvent.click(screen.getByTestId('category-consult'))
    typeInto('input-title', '养老保险缴费年限怎么查询')
    typeInto('input-content', '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。')
    typeInto('input-phone', '13800138000')
    fireEvent.click(screen.getByTestId('consent'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit'))
    })
    await settle()
  }

  const SUBMITTED = {
    id: '6650a1b2c3d4e5f6a7b8c9d0',
    code: CODE,
    status: 'submitted',
    receivedAt: '2025-09-30T10:00:00.000+08:00',
    dueDate: '2025-10-14',
    dueAt: '2025-10-14T23:59:59.999+08:00',
    provisional: false,
  }

  it.each([
    ['accept', true],
    ['reject', false],
  ])('asks for the answer notice; %s is sent with the WeChat login', async (choice, notify) => {
    taro.setStorageSync('zhengmin.citizenSession', SESSION)
    taro.requestSubscribeMessage.mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      'answer-template-0001': choice,
    })
    routeApi({
      'GET /api/v1/calendar/deadline': answer(503, null),
      'POST /api/v1/messages': answer(201, SUBMITTED),
    })
    render(<MessageNew />)
    await submitValidForm()

    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith(
      expect.objectContaining({ tmplIds: ['answer-template-0001'] }),
    )
    const [sent] = requestsTo('POST /api/v1/messages')
    expect(sent?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    expect((sent?.data as { notifyOnAnswer?: boolean }).notifyOnAnswer).toBe(
      notify ? true : undefined,
    )
  })

  it('asks for the notice first thing in the tap, before the WeChat login and the submission', async () => {
    // No stored login: the tap has to sign in with wx.login and a request before submitting.
    taro.requestSubscribeMessage.mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      'answer-template-0001': 'accept',
    })
    routeApi({
      'GET /api/v1/calendar/deadline': answer(503, null),
      [LOGIN]: answer(200, SESSION),
      'POST /api/v1/messages': answer(201, SUBMITTED),
    })
    render(<MessageNew />)
    await settle()
    fireEvent.click(screen.getByTestId('category-consult'))
    typeInto('input-title', '养老保险缴费年限怎么查询')
    typeInto('input-content', '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。')
    typeInto('input-phone', '13800138000')
    fireEvent.click(screen.getByTestId('consent'))
    const requestsBeforeTap = taro.request.mock.calls.length

    // Synchronously within the tap: the prompt is already on screen before anything awaited.
    act(() => {
      fireEvent.click(screen.getByTestId('submit'))
    })
    expect(taro.requestSubscribeMessage).toHaveBeenCalledTimes(1)
    const promptOrder = taro.requestSubscribeMessage.mock.invocationCallOrder[0] ?? Infinity
    await settle()

    expect(taro.login).toHaveBeenCalledTimes(1)
    expect(promptOrder).toBeLessThan(taro.login.mock.invocationCallOrder[0] ?? -1)
    const tapRequests = taro.request.mock.invocationCallOrder.slice(requestsBeforeTap)
    expect(tapRequests.length).toBeGreaterThanOrEqual(2)
    for (const order of tapRequests) expect(promptOrder).toBeLessThan(order)
    const [sent] = requestsTo('POST /api/v1/messages')
    expect(sent?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    expect((sent?.data as { notifyOnAnswer?: boolean }).notifyOnAnswer).toBe(true)
  })

  it('does not ask for the notice when the form is invalid', () => {
    routeApi({ 'GET /api/v1/calendar/deadline': answer(503, null) })
    render(<MessageNew />)
    fireEvent.click(screen.getByTestId('submit'))
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled()
    expect(taro.login).not.toHaveBeenCalled()
  })
})
