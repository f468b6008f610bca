import { act, fireEvent, render, screen } from '@testing-library/react'
import type { StaffMessageDetail } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff } from '../../../test/ui'
import { resetStaffSessionMemory } from '../../stores/staff-session'
import StaffMessageDetailPage from './index'

const ID = '6650a1b2c3d4e5f6a7b8c9d1'
const DETAIL = `GET /api/v1/staff/messages/${ID}`
const APPROVE = `POST /api/v1/staff/messages/${ID}/signoff/approve`
const RETURN = `POST /api/v1/staff/messages/${ID}/signoff/return`
const DRAFT = '您好！养老金领取手续请到社保局办理。'

const WAITING: StaffMessageDetail = {
  id: ID,
  code: 'BC7K9MQ3',
  category: 'consult',
  title: '退休后养老金领取',
  content: '我明年退休，想咨询一下养老金领取需要办理哪些手续？',
  phone: '13800138000',
  status: 'assigned',
  unit: 'social-insurance',
  unitName: '市社保局',
  receivedAt: '2026-03-02T10:00:00.000+08:00',
  dueDate: '2026-03-09',
  dueAt: '2026-03-09T23:59:59.999+08:00',
  provisional: false,
  workingDaysLeft: 4,
  urgency: 'normal',
  extended: false,
  allowPublish: false,
  signoff: 'pending',
  signoffLevel: 'unit-head',
  pendingAnswer: {
    status: 'pending',
    kind: 'reply',
    content: DRAFT,
    level: 'unit-head',
    submittedAt: '2026-03-03T09:00:00.000+08:00',
    authorName: '社保局赵六',
  },
  dispatchNote: {
    text: '请核实视同缴费年限',
    at: '2026-03-02T11:00:00.000+08:00',
    byName: '办公室',
  },
  conversation: [{ kind: 'question', content: '我明年退休…', at: '2026-03-02T10:00:00.000+08:00' }],
  history: [],
}

const RETURNED: StaffMessageDetail = {
  ...WAITING,
  signoff: 'returned',
  pendingAnswer: {
    ...WAITING.pendingAnswer!,
    status: 'returned',
    returned: { comment: '请写明办理地点', at: '2026-03-03T10:00:00.000+08:00', byName: '钱科长' },
  },
}

beforeEach(() => {
  taro.clearStorageSync()
  resetStaffSessionMemory()
  taro.routerParams.current = { id: ID }
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})

describe('an answer waiting for sign-off, on the staff detail page', () => {
  it('shows the unit head the answer and its author, and 签发 only after confirmation', async () => {
    signInStaff('unit-head', 'social-insurance')
    routeApi({
      [DETAIL]: answer(200, WAITING),
      'GET /api/v1/units': answer(200, { items: [] }),
      [APPROVE]: answer(200, { ...WAITING, signoff: undefined, pendingAnswer: undefined }),
    })
    render(<StaffMessageDetailPage />)
    await flush()

    expect(screen.getByTestId('pending-answer-content').textContent).toBe(DRAFT)
    expect(screen.getByTestId('pending-answer-author').textContent).toContain('社保局赵六')
    expect(screen.getByTestId('dispatch-note').textContent).toContain('请核实视同缴费年限')
    // Nothing goes past the waiting answer.
    expect(screen.queryByTestId('action-reply')).toBeNull()
    expect(screen.queryByTestId('action-transfer')).toBeNull()

    taro.showModal.mockImplementationOnce(() =>
      Promise.resolve({ confirm: false, cancel: true, errMsg: 'ok' }),
    )
    await act(async () => {
      fireEvent.click(screen.getByTestId('signoff-approve'))
    })
    expect(requestsTo(APPROVE)).toHaveLength(0)
    await act(async () => {
      fireEvent.click(screen.getByTestId('signoff-approve'))
    })
    expect(requestsTo(APPROVE)).toHaveLength(1)
    expect(screen.queryByTestId('pending-answer')).toBeNull()
  })

  it('asks for a comment before sending back', async () => {
    signInStaff('office')
    routeApi({
      [DETAIL]: answer(200, WAITING),
      'GET /api/v1/units': answer(200, { items: [] }),
      [RETURN]: answer(200, RETURNED),
    })
    render(<StaffMessageDetailPage />)
    await flush()

    fireEvent.click(screen.getByTestId('signoff-return'))
    fireEvent.click(screen.getByTestId('signoff-return-submit'))
    expect(screen.getByTestId('error-signoff-comment').textContent).toContain('请填写退回意见')
    expect(requestsTo(RETURN)).toHaveLength(0)
    fireEvent(
      screen.getByTestId('signoff-return-comment'),
      new CustomEvent('input', { detail: { value: '请写明办理地点' } }),
    )
    await act(async () => {
      fireEvent.click(screen.getByTestId('signoff-return-submit'))
    })
    expect(requestsTo(RETURN)[0]?.data).toEqual({ comment: '请写明办理地点' })
    expect(screen.getByTestId('pending-answer').getAttribute('data-status')).toBe('returned')
  })

  it('gives the handler no 签发, and opens a returned answer in the reply editor', async () => {
    signInStaff('handler', 'social-insurance')
    routeApi({ [DETAIL]: answer(200, RETURNED), 'GET /api/v1/units': answer(200, { items: [] }) })
    render(<StaffMessageDetailPage />)
    await flush()

    expect(screen.queryByTestId('signoff-approve')).toBeNull()
    expect(screen.getByTestId('pending-answer-returned').textContent).toContain('请写明办理地点')
    fireEvent.click(screen.getByTestId('action-reply'))
    await flush()
    expect(screen.getByTestId('signoff-hint')).toBeTruthy()
    expect(screen.getByTestId('reply-text').getAttribute('value')).toBe(DRAFT)
  })
})
