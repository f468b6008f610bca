import { act, render, screen } from '@testing-library/react'
import { answer, routeApi } from '../../../test/api-double'
import { inboxRow } from '../../../test/staff-fixtures'
import * as taro from '../../../test/taro'
import { signInStaff } from '../../../test/ui'
import StaffInbox from './index'

const ROW = inboxRow('6650a1b2c3d4e5f6a7b8c9d0', {
  title: '某工地拖欠工资（第二封）',
  unit: 'labor-inspection',
  unitName: '劳动保障监察执法科',
  receivedAt: '2026-03-02T10:00:00.000+08:00',
  dueDate: '2026-03-09',
  dueAt: '2026-03-09T23:59:59.999+08:00',
  workingDaysLeft: 5,
})

describe('staff inbox: 并单', () => {
  it('marks a merged duplicate with its lead’s 查询码', async () => {
    taro.clearStorageSync()
    signInStaff('office')
    routeApi({
      'GET /api/v1/staff/messages': answer(200, {
        items: [ROW, { ...ROW, id: '6650a1b2c3d4e5f6a7b8c9d1', mergedIntoCode: 'DF3H4JK5' }],
        nextCursor: null,
      }),
    })
    render(<StaffInbox />)
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(screen.getAllByTestId('row-merged').map((badge) => badge.textContent)).toEqual([
      '已与 DF3H-4JK5 合并办理',
    ])
  })
})
