import { fireEvent, render, screen } from '@testing-library/react'
import type { StaffGuideListItem, StaffGuideRating } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, typeInto } from '../../../test/ui'
import StaffGuides from './index'

const guide: StaffGuideListItem = {
  slug: 'unemployment-benefit-claim',
  seedItem: 73,
  officialName: '失业保险金申领',
  shortName: '失业保险金申领',
  theme: 'social-insurance',
  unit: 'social-insurance',
  unitName: '市社保局',
  version: 1,
  lastChangedOn: '2026-11-22',
  complete: false,
  partsVerified: 5,
  partsTotal: 7,
  disclosure: { state: 'overdue', dueDate: '2026-03-30', workingDaysLeft: -1 },
  pendingChange: { effectiveOn: '2026-03-02', note: '材料调整' },
  openLowRatings: 1,
}
const rating: StaffGuideRating = {
  id: 'r1',
  slug: 'unemployment-benefit-claim',
  guideName: '失业保险金申领',
  level: 1,
  comment: '材料清单不对',
  at: '2026-03-20T10:00:00.000+08:00',
}

beforeEach(() => {
  taro.clearStorageSync()
})

describe('办事指南管理', () => {
  it('is for the office only', () => {
    signInStaff('handler', 'employment')
    routeApi({})
    render(<StaffGuides />)
    expect(screen.getByText('办事指南由办公室维护，您的账号没有此权限。')).toBeTruthy()
  })

  it('flags guides whose update is overdue and opens the editor', async () => {
    signInStaff('office')
    routeApi({ 'GET /api/v1/staff/guides': answer(200, { items: [guide] }) })
    render(<StaffGuides />)
    await flush()
    expect(screen.getByTestId('guides-attention').textContent).toContain('1 项指南')
    expect(screen.getByTestId('guide-disclosure').textContent).toBe('已超期（2026年3月30日前）')
    expect(screen.getByTestId('staff-guide-completeness').textContent).toBe(
      '已核实 5/7 部分，有待确认内容',
    )
    fireEvent.click(screen.getByTestId('staff-guide-row'))
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/staff/guides/editor?slug=unemployment-benefit-claim',
    })
  })

  it('records the response to a low rating', async () => {
    signInStaff('office')
    routeApi({
      'GET /api/v1/staff/guides': answer(200, { items: [guide] }),
      'GET /api/v1/staff/guide-ratings': [
        answer(200, { items: [rating], nextCursor: null }),
        answer(200, { items: [], nextCursor: null }),
      ],
      'POST /api/v1/staff/guide-ratings/r1/response': answer(200, { ...rating }),
    })
    render(<StaffGuides />)
    await flush()
    fireEvent.click(screen.getByTestId('guides-tab-ratings'))
    await flush()
    expect(screen.getByTestId('low-rating-comment').textContent).toBe('材料清单不对')
    fireEvent.click(screen.getByTestId('rating-respond'))
    typeInto('rating-response', '已更新材料清单')
    fireEvent.click(screen.getByTestId('rating-response-submit'))
    await flush()
    expect(requestsTo('POST /api/v1/staff/guide-ratings/r1/response')[0]?.data).toEqual({
      text: '已更新材料清单',
    })
    expect(screen.getByTestId('ratings-empty')).toBeTruthy()
  })
})
