import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { StaffMessageDetail, StaffMessageListItem } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { inboxRow } from '../../../test/staff-fixtures'
import { flush, signInStaff, texts } from '../../../test/ui'
import StaffInbox from './index'

const row = (id: string, title: string) => inboxRow(id, { category: 'consult', title })

function detail(item: StaffMessageListItem): StaffMessageDetail {
  return {
    ...item,
    content: '我想查询养老保险累计缴费年限。',
    name: '王五',
    phone: '13800138000',
    allowPublish: false,
    conversation: [
      { kind: 'question', content: '我想查询养老保险累计缴费年限。', at: item.receivedAt },
    ],
    history: [],
  }
}

const FIRST = row('6650a1b2c3d4e5f601234561', '养老保险缴费年限怎么查询')
const SECOND = row('6650a1b2c3d4e5f601234562', '失业保险金怎么申领')

/** Resizes the browser window (the staff pages' desk layout starts at 1024 px). */
function resizeWindow(width: number) {
  act(() => {
    window.innerWidth = width
    window.dispatchEvent(new Event('resize'))
  })
}

beforeEach(() => {
  taro.clearStorageSync()
})

afterEach(() => {
  window.innerWidth = 390
})

describe('staff inbox on a desk', () => {
  it('shows the office the side navigation, a table, and the chosen message beside it', async () => {
    window.innerWidth = 1280
    signInStaff('office')
    routeApi({
      'GET /api/v1/staff/messages': answer(200, { items: [FIRST, SECOND], nextCursor: null }),
      [`GET /api/v1/staff/messages/${SECOND.id}`]: answer(200, detail(SECOND)),
      'GET /api/v1/units': answer(200, { items: [] }),
    })
    render(<StaffInbox />)
    await flush()

    expect(screen.getByTestId('staff-who').textContent).toBe('测试人员 · 办公室')
    const nav = screen.getByTestId('staff-nav')
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['收件箱', '代录入', '回复选登', '办事指南', '统计'])
    expect(screen.getByTestId('staff-nav-inbox').getAttribute('aria-current')).toBe('page')
    expect(screen.getByTestId('inbox-table').getAttribute('role')).toBe('table')
    expect(texts('row-title')).toEqual([FIRST.title, SECOND.title])

    fireEvent.click(screen.getAllByTestId('row-title')[1] as HTMLElement)
    await flush()
    // Beside the table, not a page of its own; only one frame around it.
    expect(taro.navigateTo).not.toHaveBeenCalled()
    const beside = screen.getByTestId('inbox-detail')
    expect(within(beside).getByTestId('staff-title').textContent).toBe(SECOND.title)
    expect(screen.getAllByTestId('staff-desk')).toHaveLength(1)
    expect(requestsTo(`GET /api/v1/staff/messages/${SECOND.id}`)).toHaveLength(1)
    const rows = screen.getAllByTestId('inbox-row')
    expect(rows.map((element) => element.getAttribute('data-selected'))).toEqual(['false', 'true'])

    fireEvent.click(screen.getByTestId('staff-nav-dashboard'))
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/dashboard/index' })
  })

  it('updates the chosen row in place after an action in the message beside the table', async () => {
    window.innerWidth = 1280
    signInStaff('office')
    const waiting = inboxRow(SECOND.id, {
      title: SECOND.title,
      status: 'submitted',
      unit: undefined,
      unitName: undefined,
    })
    const dispatched: StaffMessageDetail = {
      ...detail(waiting),
      status: 'assigned',
      unit: 'employment',
      unitName: '市就业局',
    }
    routeApi({
      'GET /api/v1/staff/messages': answer(200, { items: [FIRST, waiting], nextCursor: null }),
      [`GET /api/v1/staff/messages/${SECOND.id}`]: answer(200, detail(waiting)),
      'GET /api/v1/units': answer(200, {
        items: [{ code: 'employment', name: '市就业局' }],
      }),
      [`POST /api/v1/staff/messages/${SECOND.id}/assign`]: answer(200, dispatched),
    })
    render(<StaffInbox />)
    await flush()
    fireEvent.click(screen.getAllByTestId('row-title')[1] as HTMLElement)
    await flush()
    expect(texts('row-unit')).toEqual(['市社保局', '待分办'])

    fireEvent.click(screen.getByTestId('action-assign'))
    fireEvent.click(screen.getByTestId('unit-option-employment'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('assign-submit'))
    })
    await flush()

    // The row says what the panel says, where it stood, still chosen; the list was not reloaded.
    expect(texts('row-unit')).toEqual(['市社保局', '市就业局'])
    expect(texts('row-title')).toEqual([FIRST.title, SECOND.title])
    const rows = screen.getAllByTestId('inbox-row')
    expect(rows.map((element) => element.getAttribute('data-selected'))).toEqual(['false', 'true'])
    expect(requestsTo('GET /api/v1/staff/messages')).toHaveLength(1)
    expect(within(screen.getByTestId('inbox-detail')).getByTestId('staff-status').textContent).toBe(
      '办理中',
    )
  })

  it('updates the rows of a lead’s merged duplicates when the lead is dispatched (并单)', async () => {
    window.innerWidth = 1280
    signInStaff('office')
    const waiting = { status: 'submitted' as const, unit: undefined, unitName: undefined }
    const lead = inboxRow(FIRST.id, { ...waiting, code: 'DF3H4JK5', title: '工地拖欠工资' })
    const duplicate = inboxRow(SECOND.id, {
      ...waiting,
      code: 'BC7K9MQ2',
      title: '工地拖欠工资（第二封）',
      mergedIntoCode: 'DF3H4JK5',
    })
    const moved = { status: 'assigned' as const, unit: 'employment', unitName: '市就业局' }
    const dispatched: StaffMessageDetail = { ...detail(lead), ...moved, isLead: true }
    routeApi({
      // The tab, then the duplicate found by its 查询码 after the lead's dispatch.
      'GET /api/v1/staff/messages': [
        answer(200, { items: [lead, duplicate], nextCursor: null }),
        answer(200, { items: [{ ...duplicate, ...moved }], nextCursor: null }),
      ],
      [`GET /api/v1/staff/messages/${lead.id}`]: answer(200, { ...detail(lead), isLead: true }),
      'GET /api/v1/units': answer(200, { items: [{ code: 'employment', name: '市就业局' }] }),
      [`POST /api/v1/staff/messages/${lead.id}/assign`]: answer(200, dispatched),
    })
    render(<StaffInbox />)
    await flush()
    fireEvent.click(screen.getAllByTestId('row-title')[0] as HTMLElement)
    await flush()
    // Opening the lead fetches nothing more.
    expect(requestsTo('GET /api/v1/staff/messages')).toHaveLength(1)

    fireEvent.click(screen.getByTestId('action-assign'))
    fireEvent.click(screen.getByTestId('unit-option-employment'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('assign-submit'))
    })
    await flush()
    await flush()

    expect(texts('row-unit')).toEqual(['市就业局', '市就业局'])
    const lookups = requestsTo('GET /api/v1/staff/messages').slice(1)
    expect(lookups.map((sent) => sent.url.split('?')[1])).toEqual(['q=BC7K9MQ2&limit=1'])
    const rows = screen.getAllByTestId('inbox-row')
    expect(rows.map((element) => element.getAttribute('data-selected'))).toEqual(['true', 'false'])
  })

  it('offers a handler only the inbox and the statistics', async () => {
    window.innerWidth = 1280
    signInStaff('handler', 'social-insurance')
    routeApi({ 'GET /api/v1/staff/messages': answer(200, { items: [], nextCursor: null }) })
    render(<StaffInbox />)
    await flush()
    const nav = screen.getByTestId('staff-nav')
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['收件箱', '统计'])
    expect(screen.getByTestId('staff-who').textContent).toBe('测试人员 · 经办人')
  })

  it('goes back to the phone layout when the window narrows', async () => {
    window.innerWidth = 1280
    signInStaff('office')
    routeApi({
      'GET /api/v1/staff/messages': answer(200, { items: [FIRST], nextCursor: null }),
    })
    render(<StaffInbox />)
    await flush()
    expect(screen.getByTestId('inbox-table')).toBeTruthy()

    resizeWindow(800)
    expect(screen.queryByTestId('staff-nav')).toBeNull()
    expect(screen.queryByTestId('inbox-table')).toBeNull()
    fireEvent.click(screen.getByTestId('inbox-row'))
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/staff/detail/index?id=${FIRST.id}`,
    })
  })
})
