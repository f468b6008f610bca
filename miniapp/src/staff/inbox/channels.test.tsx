import { act, fireEvent, render, screen } from '@testing-library/react'
import type { ChannelStats, StaffMessageListItem } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, texts } from '../../../test/ui'
import { ChannelTable } from '../dashboard/ChannelTable'
import StaffInbox from './index'

const LIST = 'GET /api/v1/staff/messages'

const hotlineRow: StaffMessageListItem = {
  id: '6650a1b2c3d4e5f601234567',
  code: 'BC7K9MQ2',
  category: 'complaint',
  title: '单位未按时缴纳社会保险费',
  status: 'submitted',
  receivedAt: '2026-03-09T09:10:00.000+08:00',
  dueDate: '2026-03-16',
  dueAt: '2026-03-16T23:59:59.999+08:00',
  provisional: false,
  workingDaysLeft: 5,
  urgency: 'normal',
  extended: false,
  channel: 'hotline12345',
  hotlineTicketId: 'BJ-0001',
}

beforeEach(() => {
  taro.clearStorageSync()
})

describe('channels in the staff app', () => {
  it('offers 代录入 to the office and filters the inbox by channel', async () => {
    signInStaff('office')
    routeApi({ [LIST]: answer(200, { items: [hotlineRow], nextCursor: null }) })
    render(<StaffInbox />)
    await flush()
    fireEvent.click(screen.getByTestId('inbox-intake'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/intake/index' })

    await act(async () => {
      fireEvent.click(screen.getByTestId('inbox-channel-hotline12345'))
    })
    await flush()
    expect(requestsTo(LIST).at(-1)?.url).toContain('channel=hotline12345')
    expect(texts('row-channel')).toEqual(['12345工单'])
  })

  it('offers 代录入 to the 信访窗口 but not to other handlers', async () => {
    routeApi({ [LIST]: answer(200, { items: [], nextCursor: null }) })
    signInStaff('handler', 'petition')
    const petition = render(<StaffInbox />)
    await flush()
    expect(screen.queryByTestId('inbox-intake')).not.toBeNull()
    petition.unmount()
    signInStaff('handler', 'employment')
    render(<StaffInbox />)
    await flush()
    expect(screen.queryByTestId('inbox-intake')).toBeNull()
  })

  it('shows the figures per channel with 样本不足 below the minimum sample', () => {
    const rate = (n: number, d: number) => ({
      value: d >= 5 ? n / d : null,
      numerator: n,
      denominator: d,
      insufficient: d < 5,
    })
    const stats: ChannelStats = {
      from: '2026-03-01',
      to: '2026-03-31',
      rows: [
        {
          channel: 'app',
          label: '网上留言',
          received: 12,
          answered: 10,
          answeredOnTime: 9,
          onTimeRate: rate(9, 10),
          overdue: 1,
        },
        {
          channel: 'phone',
          label: '电话',
          received: 3,
          answered: 2,
          answeredOnTime: 2,
          onTimeRate: rate(2, 2),
          overdue: 0,
        },
      ],
    }
    render(<ChannelTable stats={stats} />)
    // Cells run together: label, received, answered, rate, overdue.
    expect(texts('stats-channel-table-row')).toEqual(['网上留言121090.0%1', '电话32样本不足0'])
  })
})
