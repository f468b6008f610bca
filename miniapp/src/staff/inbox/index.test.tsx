import { act, fireEvent, render, screen } from '@testing-library/react'
import { answer, deferred, requestsTo, routeApi } from '../../../test/api-double'
import { inboxRow } from '../../../test/staff-fixtures'
import * as taro from '../../../test/taro'
import { STAFF_TOKEN as TOKEN, signInStaff as signIn, texts } from '../../../test/ui'
import { resetStaffSessionMemory } from '../../stores/staff-session'
import StaffInbox from './index'

const LIST = 'GET /api/v1/staff/messages'

const row = inboxRow

async function flush() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

beforeEach(() => {
  taro.clearStorageSync()
  resetStaffSessionMemory()
})

describe('staff inbox', () => {
  it('sends the login to the login page when nobody is signed in', () => {
    routeApi({})
    render(<StaffInbox />)
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
    expect(taro.request).not.toHaveBeenCalled()
  })

  it('shows office staff 待分办 first, with the Bearer token and working days left', async () => {
    signIn('office')
    routeApi({
      [LIST]: answer(200, {
        items: [
          row('m1', {
            status: 'submitted',
            unit: undefined,
            unitName: undefined,
            workingDaysLeft: 4,
            provisional: true,
          }),
          row('m2', {
            status: 'submitted',
            unit: undefined,
            unitName: undefined,
            workingDaysLeft: 0,
          }),
        ],
        nextCursor: null,
      }),
    })
    render(<StaffInbox />)
    await flush()

    expect(texts('inbox-tab-unassigned')).toEqual(['待分办'])
    expect(screen.getByTestId('inbox-tab-unassigned').getAttribute('data-selected')).toBe('true')
    const [sent] = requestsTo(LIST)
    expect(sent?.url).toBe('/api/v1/staff/messages?view=unassigned&limit=20')
    expect(sent?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    expect(texts('row-title')).toEqual(['留言 m1', '留言 m2'])
    expect(texts('row-unit')).toEqual(['待分办', '待分办'])
    expect(texts('row-days')).toEqual(['剩余 4 个工作日', '今日到期'])
    expect(screen.getAllByTestId('row-provisional')).toHaveLength(1)
    expect(screen.getByTestId('inbox-end')).toBeTruthy()
  })

  it('does not show 待分办 to a handler, and shows overdue days on the 超期 tab', async () => {
    signIn('handler', 'social-insurance')
    routeApi({
      [LIST]: [
        answer(200, { items: [row('m1')], nextCursor: null }),
        answer(200, { items: [row('m3', { workingDaysLeft: -2 })], nextCursor: null }),
      ],
    })
    render(<StaffInbox />)
    await flush()

    expect(screen.queryByTestId('inbox-tab-unassigned')).toBeNull()
    expect(texts('row-days')).toEqual(['剩余 3 个工作日'])
    expect(texts('row-unit')).toEqual(['市社保局'])

    fireEvent.click(screen.getByTestId('inbox-tab-overdue'))
    await flush()
    expect(requestsTo(LIST).map((options) => options.url)).toEqual([
      '/api/v1/staff/messages?view=open&limit=20',
      '/api/v1/staff/messages?view=overdue&limit=20',
    ])
    expect(texts('row-title')).toEqual(['留言 m3'])
    expect(texts('row-days')).toEqual(['超期 2 个工作日'])
  })

  it('shows the status instead of days on the 已答复 tab', async () => {
    signIn('handler', 'social-insurance')
    routeApi({
      [LIST]: [
        answer(200, { items: [], nextCursor: null }),
        answer(200, { items: [row('m4', { status: 'replied', workingDaysLeft: 1 })] }),
      ],
    })
    render(<StaffInbox />)
    await flush()
    expect(screen.getByTestId('inbox-empty').textContent).toContain('办理中')

    fireEvent.click(screen.getByTestId('inbox-tab-answered'))
    await flush()
    expect(texts('row-days')).toEqual(['已答复'])
  })

  it('loads the next page with the cursor when the list reaches the bottom', async () => {
    signIn('handler', 'social-insurance')
    routeApi({
      [LIST]: [
        answer(200, { items: [row('m1'), row('m2')], nextCursor: 'c-2' }),
        answer(200, { items: [row('m5')], nextCursor: null }),
      ],
    })
    render(<StaffInbox />)
    await flush()
    expect(screen.getByTestId('inbox-more')).toBeTruthy()

    act(() => taro.pageEvents.reachBottom?.())
    await flush()
    expect(requestsTo(LIST)[1]?.url).toBe('/api/v1/staff/messages?view=open&cursor=c-2&limit=20')
    expect(texts('row-title')).toEqual(['留言 m1', '留言 m2', '留言 m5'])
    expect(screen.queryByTestId('inbox-more')).toBeNull()
  })

  it('shows a newer tab’s rows even if an older request answers later', async () => {
    signIn('office')
    const slow = deferred()
    routeApi({
      [LIST]: [slow.answer, answer(200, { items: [row('m9')], nextCursor: null })],
    })
    render(<StaffInbox />)
    fireEvent.click(screen.getByTestId('inbox-tab-open'))
    await flush()
    slow.resolve({ statusCode: 200, data: { items: [row('m0')] }, header: {} })
    await flush()
    expect(texts('row-title')).toEqual(['留言 m9'])
  })

  it('goes back to the login when the session has expired', async () => {
    signIn('office')
    routeApi({
      [LIST]: answer(401, {
        error: { code: 'session_expired', message: '登录已失效，请重新登录' },
      }),
    })
    render(<StaffInbox />)
    await flush()
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
    expect(taro.getStorageSync('zhengmin.staffSession')).toBe('')
  })

  it('logs out on the server and forgets the token', async () => {
    signIn('office')
    routeApi({
      [LIST]: answer(200, { items: [], nextCursor: null }),
      'DELETE /api/v1/staff/session': answer(204, ''),
    })
    render(<StaffInbox />)
    await flush()
    await act(async () => {
      fireEvent.click(screen.getByTestId('staff-logout'))
    })
    expect(requestsTo('DELETE /api/v1/staff/session')[0]?.header?.Authorization).toBe(
      `Bearer ${TOKEN}`,
    )
    expect(taro.getStorageSync('zhengmin.staffSession')).toBe('')
    expect(taro.reLaunch).toHaveBeenCalledWith({ url: '/staff/login/index' })
  })

  it('switches 长辈模式 (larger text) and remembers it', async () => {
    signIn('handler', 'social-insurance')
    routeApi({ [LIST]: answer(200, { items: [row('m1')], nextCursor: null }) })
    render(<StaffInbox />)
    await flush()
    const page = screen.getByTestId('staff-inbox')
    expect(page.className).not.toContain('elder-mode')
    fireEvent.click(screen.getByTestId('staff-elder-mode'))
    expect(screen.getByTestId('staff-inbox').className).toContain('elder-mode')
    expect(screen.getByTestId('staff-elder-mode').textContent).toBe('标准字')
    expect(taro.getStorageSync('zhengmin.elderMode')).toBe(true)
  })

  it('searches every state with the words as typed and filters, then goes back to the tab', async () => {
    signIn('office')
    routeApi({
      [LIST]: [
        answer(200, { items: [row('m1')], nextCursor: null }),
        answer(200, { items: [row('m2', { code: 'QRST5678' })], nextCursor: null }),
        answer(200, { items: [], nextCursor: null }),
        answer(200, { items: [row('m1')], nextCursor: null }),
      ],
    })
    render(<StaffInbox />)
    await flush()
    expect(texts('row-code')).toEqual(['查询码 BC7K-9MQ2'])
    expect(texts('row-received')).toEqual(['收到 2025-09-30'])

    fireEvent(
      screen.getByTestId('inbox-search'),
      new CustomEvent('input', { detail: { value: ' 社保卡 补办 ' } }),
    )
    fireEvent(
      screen.getByTestId('inbox-from'),
      new CustomEvent('input', { detail: { value: '2025-09-01' } }),
    )
    fireEvent.click(screen.getByTestId('inbox-search-button'))
    await flush()
    expect(requestsTo(LIST)[1]?.url).toBe(
      `/api/v1/staff/messages?q=${encodeURIComponent('社保卡 补办')}&from=2025-09-01&limit=20`,
    )
    expect(texts('row-code')).toEqual(['查询码 QRST-5678'])
    expect(screen.getByTestId('inbox-search-state')).toBeTruthy()
    expect(screen.getByTestId('inbox-tab-unassigned').getAttribute('data-selected')).toBe('false')

    fireEvent.click(screen.getByTestId('inbox-category-consult'))
    await flush()
    expect(requestsTo(LIST)[2]?.url).toContain('&category=consult&')
    expect(texts('inbox-empty')).toEqual(['没有找到符合条件的留言。'])

    fireEvent.click(screen.getByTestId('inbox-search-clear'))
    await flush()
    expect(requestsTo(LIST)[3]?.url).toBe('/api/v1/staff/messages?view=unassigned&limit=20')
    expect(screen.getByTestId('inbox-tab-unassigned').getAttribute('data-selected')).toBe('true')
    expect(screen.queryByTestId('inbox-search-state')).toBeNull()
  })
})
