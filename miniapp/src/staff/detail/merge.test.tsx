import { fireEvent, render, screen } from '@testing-library/react'
import type { MergeOverview, StaffMessageDetail } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff } from '../../../test/ui'
import { resetStaffSessionMemory } from '../../stores/staff-session'
import StaffMessageDetailPage from './index'

const ID = '6650a1b2c3d4e5f6a7b8c9d0'
const LEAD_ID = '6650a1b2c3d4e5f6a7b8c9d1'
const DETAIL = `GET /api/v1/staff/messages/${ID}`
const MERGE = `/api/v1/staff/messages/${ID}/merge`

const MESSAGE: StaffMessageDetail = {
  id: ID,
  code: 'BC7K9MQ2',
  category: 'complaint',
  title: '某建筑公司拖欠农民工工资',
  content: '我们在某工地干活三个月，公司一直拖欠工资不发。',
  name: '工人甲',
  phone: '13900003401',
  status: 'assigned',
  unit: 'labor-inspection',
  unitName: '劳动保障监察执法科',
  receivedAt: '2026-03-02T10:00:00.000+08:00',
  dueDate: '2026-03-09',
  dueAt: '2026-03-09T23:59:59.999+08:00',
  provisional: false,
  workingDaysLeft: 5,
  urgency: 'normal',
  extended: false,
  allowPublish: false,
  conversation: [
    { kind: 'question', content: '我们在某工地干活三个月。', at: '2026-03-02T10:00:00.000+08:00' },
  ],
  history: [],
}
const LEAD_ROW = {
  id: LEAD_ID,
  code: 'DF3H4JK5',
  title: '工地拖欠工资',
  category: 'complaint' as const,
  status: 'assigned' as const,
  receivedAt: '2026-03-02T09:00:00.000+08:00',
  unitName: '劳动保障监察执法科',
}
const OPEN_PANEL: MergeOverview = {
  duplicates: [],
  candidates: [LEAD_ROW],
  mergeable: true,
  unmergeable: false,
}
const MERGED: StaffMessageDetail = {
  ...MESSAGE,
  awaitingLead: true,
  duplicateOf: {
    id: LEAD_ID,
    code: LEAD_ROW.code,
    title: LEAD_ROW.title,
    linkedAt: '2026-03-02T11:00:00.000+08:00',
  },
}
const MERGED_PANEL: MergeOverview = {
  duplicateOf: MERGED.duplicateOf,
  duplicates: [],
  candidates: [],
  mergeable: false,
  unmergeable: true,
}

beforeEach(() => {
  taro.clearStorageSync()
  resetStaffSessionMemory()
  taro.routerParams.current = { id: ID }
})

describe('staff detail: 并单', () => {
  it('lets the office merge into a similar open message, after confirming', async () => {
    signInStaff('office')
    routeApi({
      [DETAIL]: [answer(200, MESSAGE), answer(200, MERGED)],
      'GET /api/v1/units': answer(200, { items: [] }),
      [`GET ${MERGE}`]: [answer(200, OPEN_PANEL), answer(200, MERGED_PANEL)],
      [`POST ${MERGE}`]: answer(200, MERGED_PANEL),
    })
    render(<StaffMessageDetailPage />)
    await flush()

    expect(screen.getAllByTestId('merge-candidate')[0]?.textContent).toContain('DF3H-4JK5')
    fireEvent.click(screen.getByTestId('merge-pick'))
    expect(screen.getByTestId('merge-confirm').textContent).toContain(
      '确认将本留言并入“工地拖欠工资”',
    )
    expect(requestsTo(`POST ${MERGE}`)).toHaveLength(0)
    fireEvent.click(screen.getByTestId('merge-confirm-button'))
    await flush()
    await flush()

    expect(requestsTo(`POST ${MERGE}`)[0]?.data).toEqual({ leadCode: 'DF3H4JK5' })
    expect(screen.getByTestId('staff-merged').textContent).toContain(
      '已与主办留言（查询码 DF3H-4JK5）合并办理，将随主办留言一并答复',
    )
    // Handled through the lead: no answer form here, but it can be separated again.
    expect(screen.queryByTestId('staff-actions')).toBeNull()
    expect(screen.getByTestId('merge-undo')).toBeTruthy()
  })

  it('tells the office a duplicate waiting for dispatch goes with its lead, and offers no dispatch', async () => {
    signInStaff('office')
    const waiting: StaffMessageDetail = { ...MERGED, status: 'submitted' }
    delete waiting.unit
    delete waiting.unitName
    routeApi({
      [DETAIL]: answer(200, waiting),
      'GET /api/v1/units': answer(200, { items: [] }),
      [`GET ${MERGE}`]: answer(200, MERGED_PANEL),
    })
    render(<StaffMessageDetailPage />)
    await flush()
    expect(screen.getByTestId('staff-merged').textContent).toContain(
      '已与主办留言（查询码 DF3H-4JK5）合并办理，将随主办留言一并分办和答复。',
    )
    expect(screen.queryByTestId('action-assign')).toBeNull()
  })

  it('looks a lead up by its 查询码 and shows why it cannot be used', async () => {
    signInStaff('office')
    routeApi({
      [DETAIL]: answer(200, MESSAGE),
      'GET /api/v1/units': answer(200, { items: [] }),
      [`GET ${MERGE}`]: [
        answer(200, { ...OPEN_PANEL, candidates: [] }),
        answer(200, {
          ...OPEN_PANEL,
          candidates: [{ ...LEAD_ROW, refusal: '主办留言已答复或已办结，只能并入尚未答复的留言' }],
        }),
      ],
    })
    render(<StaffMessageDetailPage />)
    await flush()
    expect(screen.getByTestId('merge-no-candidates')).toBeTruthy()
    fireEvent(
      screen.getByTestId('merge-code'),
      new CustomEvent('input', { detail: { value: 'df3h-4jk5' } }),
    )
    fireEvent.click(screen.getByTestId('merge-search'))
    await flush()
    expect(requestsTo(`GET ${MERGE}`)[1]?.url).toContain('?code=df3h-4jk5')
    expect(screen.getByTestId('merge-candidate-refusal').textContent).toContain('已答复')
    expect(screen.queryByTestId('merge-pick')).toBeNull()
  })

  it('shows a handler 匿名 for an anonymous 举报 and no merge panel', async () => {
    signInStaff('handler', 'labor-inspection')
    const hidden: StaffMessageDetail = {
      ...MESSAGE,
      category: 'report',
      anonymous: true,
      contactHidden: true,
    }
    delete hidden.name
    delete hidden.phone
    routeApi({
      [DETAIL]: answer(200, hidden),
      'GET /api/v1/units': answer(200, { items: [] }),
    })
    render(<StaffMessageDetailPage />)
    await flush()
    expect(screen.getByTestId('staff-citizen').textContent).toBe(
      '留言人：匿名 · 联系电话：匿名（举报人选择对承办科室匿名）',
    )
    expect(screen.queryByTestId('merge-panel')).toBeNull()
  })
})
