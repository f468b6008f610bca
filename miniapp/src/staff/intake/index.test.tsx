import { act, fireEvent, render, screen } from '@testing-library/react'
import { beijingDate, type IntakeResult } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, typeInto } from '../../../test/ui'
import StaffIntake from './index'
import { emptyIntakeForm, validateIntake } from './form'

const RECORDED: IntakeResult = {
  id: '6650a1b2c3d4e5f601234567',
  code: 'BC7K9MQ2',
  channel: 'phone',
  status: 'submitted',
  receivedAt: '2026-03-06T15:30:00.000+08:00',
  receivedDate: '2026-03-06',
  dueDate: '2026-03-13',
  dueAt: '2026-03-13T23:59:59.999+08:00',
  provisional: false,
  smsSent: true,
}

beforeEach(() => {
  taro.clearStorageSync()
})

// The form checks the receipt against the desk computer's clock: yesterday is always valid.
const YESTERDAY = beijingDate(new Date(Date.now() - 24 * 60 * 60 * 1000))

function fillIn() {
  fireEvent.click(screen.getByTestId('intake-channel-phone'))
  typeInto('intake-received-date', YESTERDAY)
  typeInto('intake-received-time', '15:30')
  fireEvent.click(screen.getByTestId('intake-category-consult'))
  typeInto('intake-title', '来电咨询失业保险金申领条件')
  typeInto('intake-content', '来电人询问失业后如何申领失业保险金，需要满足哪些条件。')
  typeInto('intake-name', '张先生')
  typeInto('intake-phone', '139 0000 1111')
}

describe('代录入', () => {
  it('records a phone message in Beijing time and shows the 查询码 to read out', async () => {
    signInStaff('office')
    routeApi({ 'POST /api/v1/staff/intake': answer(201, RECORDED) })
    render(<StaffIntake />)
    fillIn()
    await act(async () => {
      fireEvent.click(screen.getByTestId('intake-submit'))
    })
    await flush()
    expect(requestsTo('POST /api/v1/staff/intake')[0]?.data).toEqual({
      channel: 'phone',
      receivedAt: `${YESTERDAY}T15:30:00+08:00`,
      category: 'consult',
      title: '来电咨询失业保险金申领条件',
      content: '来电人询问失业后如何申领失业保险金，需要满足哪些条件。',
      name: '张先生',
      phone: '139 0000 1111',
    })
    expect(screen.getByTestId('intake-code').textContent).toBe('BC7K-9MQ2')
    expect(screen.getByTestId('intake-due').textContent).toContain('2026年3月13日')
  })

  it('shows what is wrong next to each field and sends nothing', async () => {
    signInStaff('office')
    routeApi({})
    render(<StaffIntake />)
    typeInto('intake-received-time', '25:00')
    await act(async () => {
      fireEvent.click(screen.getByTestId('intake-submit'))
    })
    expect(screen.getByTestId('error-channel').textContent).toBe('请选择来源渠道')
    expect(screen.getByTestId('error-receivedAt').textContent).toContain('15:30')
    expect(screen.getByTestId('error-name').textContent).toBe('请填写来电/来信人姓名')
    expect(requestsTo('POST /api/v1/staff/intake')).toHaveLength(0)
  })

  it('asks for the 工单号 of a 12345 工单 and shows the server’s field errors', async () => {
    signInStaff('handler', 'petition')
    routeApi({
      'POST /api/v1/staff/intake': answer(409, {
        error: {
          code: 'hotline_ticket_exists',
          message: '该12345工单已登记（查询码 BC7K9MQ2），请勿重复录入',
          requestId: 'r',
        },
      }),
    })
    render(<StaffIntake />)
    fillIn()
    fireEvent.click(screen.getByTestId('intake-channel-hotline12345'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('intake-submit'))
    })
    expect(screen.getByTestId('error-hotlineTicketId').textContent).toBe('请填写12345工单号')
    typeInto('intake-hotlineTicketId', 'BJ-0001')
    await act(async () => {
      fireEvent.click(screen.getByTestId('intake-submit'))
    })
    await flush()
    expect(screen.getByTestId('intake-problem').textContent).toContain('请勿重复录入')
  })

  it('tells other handlers the page is not theirs', () => {
    signInStaff('handler', 'social-insurance')
    routeApi({})
    render(<StaffIntake />)
    expect(screen.getByTestId('staff-intake').textContent).toContain('仅限办公室和信访窗口')
    expect(screen.queryByTestId('intake-form')).toBeNull()
  })
})

describe('validateIntake', () => {
  const now = new Date('2026-03-09T02:00:00Z')

  it('presets the receipt to now in Beijing time', () => {
    expect(emptyIntakeForm(now)).toMatchObject({
      receivedDate: '2026-03-09',
      receivedTime: '10:00',
    })
  })

  it('refuses a receipt in the future or more than 30 days back', () => {
    const base = {
      ...emptyIntakeForm(now),
      channel: 'letter' as const,
      category: 'suggestion' as const,
      title: '来信建议',
      content: '建议在社保服务大厅增加老年人专用窗口。',
      name: '王先生',
      phone: '13900001111',
    }
    expect(validateIntake({ ...base, receivedTime: '10:01' }, now).errors?.receivedAt).toBe(
      '收到时间不能晚于当前时间',
    )
    expect(validateIntake({ ...base, receivedDate: '2026-02-06' }, now).errors?.receivedAt).toBe(
      '收到时间不能早于30天前，请核对后录入',
    )
    expect(validateIntake(base, now).errors).toBeUndefined()
  })
})
