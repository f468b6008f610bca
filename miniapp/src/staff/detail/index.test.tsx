import { act, fireEvent, render, screen } from '@testing-library/react'
import type { StaffMessageDetail } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, STAFF_TOKEN, typeInto } from '../../../test/ui'
import { resetStaffSessionMemory } from '../../stores/staff-session'
import StaffMessageDetailPage from './index'

const TOKEN = STAFF_TOKEN
const ID = '6650a1b2c3d4e5f6a7b8c9d0'
const DETAIL = `GET /api/v1/staff/messages/${ID}`

const UNITS = {
  items: [
    { code: 'social-insurance', name: '市社保局' },
    { code: 'employment', name: '市就业局' },
  ],
}

const SUBMITTED: StaffMessageDetail = {
  id: ID,
  code: 'BC7K9MQ2',
  category: 'consult',
  title: '养老保险缴费年限怎么查询',
  content: '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。',
  name: '王五',
  phone: '13800138000',
  status: 'submitted',
  receivedAt: '2025-09-30T10:00:00.000+08:00',
  dueDate: '2025-10-14',
  dueAt: '2025-10-14T23:59:59.999+08:00',
  provisional: false,
  workingDaysLeft: 4,
  urgency: 'normal',
  extended: false,
  allowPublish: false,
  conversation: [
    {
      kind: 'question',
      content: '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。',
      at: '2025-09-30T10:00:00.000+08:00',
    },
  ],
  history: [
    {
      id: 'e1',
      type: 'submitted',
      at: '2025-09-30T10:00:00.000+08:00',
      actorKind: 'citizen',
      label: '留言已提交',
      internal: false,
    },
    {
      id: 'e2',
      type: 'note',
      actorKind: 'staff',
      at: '2025-09-30T11:00:00.000+08:00',
      label: '添加了内部备注',
      internal: true,
      text: '与上周一条留言内容相近',
      actorName: '办公室张三',
    },
  ],
}

const ASSIGNED: StaffMessageDetail = {
  ...SUBMITTED,
  status: 'assigned',
  unit: 'social-insurance',
  unitName: '市社保局',
  history: [
    ...SUBMITTED.history,
    {
      id: 'e3',
      type: 'assigned',
      at: '2025-09-30T12:00:00.000+08:00',
      actorKind: 'staff',
      label: '分派至市社保局',
      internal: false,
    },
  ],
}

beforeEach(() => {
  taro.clearStorageSync()
  resetStaffSessionMemory()
  taro.routerParams.current = { id: ID }
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})

describe('staff message detail', () => {
  it('shows the citizen’s contact details and marks internal notes', async () => {
    signInStaff('office')
    routeApi({ [DETAIL]: answer(200, SUBMITTED), 'GET /api/v1/units': answer(200, UNITS) })
    render(<StaffMessageDetailPage />)
    await flush()

    expect(requestsTo(DETAIL)[0]?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    expect(screen.getByTestId('staff-citizen').textContent).toBe(
      '留言人：王五 · 联系电话：13800138000',
    )
    expect(screen.getByTestId('staff-due').textContent).toBe(
      '答复期限：2025年10月14日 · 剩余 4 个工作日',
    )
    const items = screen.getAllByTestId('history-item')
    expect(items.map((item) => item.getAttribute('data-internal'))).toEqual(['false', 'true'])
    expect(items[1]?.textContent).toContain('内部备注')
    expect(items[1]?.textContent).toContain('与上周一条留言内容相近')
    // The office dispatches: assign, decline and note; no reply before dispatch.
    expect(screen.getByTestId('action-assign')).toBeTruthy()
    expect(screen.queryByTestId('action-reply')).toBeNull()
  })

  it('lets the office assign the message to a unit', async () => {
    signInStaff('office')
    routeApi({
      [DETAIL]: answer(200, SUBMITTED),
      'GET /api/v1/units': answer(200, UNITS),
      [`POST /api/v1/staff/messages/${ID}/assign`]: answer(200, ASSIGNED),
    })
    render(<StaffMessageDetailPage />)
    await flush()

    fireEvent.click(screen.getByTestId('action-assign'))
    // No suggestion: nothing is chosen and no hint is shown.
    expect(screen.queryByTestId('routing-suggestion')).toBeNull()
    fireEvent.click(screen.getByTestId('assign-submit'))
    expect(screen.getByTestId('error-action').textContent).toBe('请选择经办科室')

    fireEvent.click(screen.getByTestId('unit-option-social-insurance'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('assign-submit'))
    })
    const [sent] = requestsTo(`POST /api/v1/staff/messages/${ID}/assign`)
    expect(sent?.data).toEqual({ unit: 'social-insurance' })
    expect(sent?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
    expect(screen.getByTestId('staff-status').textContent).toBe('办理中')
    expect(screen.getByTestId('staff-unit').textContent).toBe('经办科室：市社保局')
  })

  it('does not offer assignment to a handler, who can reply to their unit’s message', async () => {
    signInStaff('handler', 'social-insurance')
    routeApi({ [DETAIL]: answer(200, ASSIGNED), 'GET /api/v1/units': answer(200, UNITS) })
    render(<StaffMessageDetailPage />)
    await flush()
    expect(screen.queryByTestId('action-assign')).toBeNull()
    expect(screen.queryByTestId('action-review')).toBeNull()
    for (const action of ['reply', 'transfer', 'decline', 'extension', 'note']) {
      expect(screen.getByTestId(`action-${action}`)).toBeTruthy()
    }
  })

  it('sends the reply, with a template, only after confirmation', async () => {
    signInStaff('handler', 'social-insurance')
    const replied: StaffMessageDetail = {
      ...ASSIGNED,
      status: 'replied',
      urgency: 'answered',
      onTime: true,
      answer: { kind: 'reply', content: 'x', answeredAt: '2025-10-09T16:30:00.000+08:00' },
      conversation: [
        ...ASSIGNED.conversation,
        {
          kind: 'reply',
          content: 'x',
          at: '2025-10-09T16:30:00.000+08:00',
          unitName: '社会保险科',
          answeredBy: '测试人员',
        },
      ],
    }
    routeApi({
      [DETAIL]: answer(200, ASSIGNED),
      'GET /api/v1/units': answer(200, UNITS),
      [`POST /api/v1/staff/messages/${ID}/reply`]: answer(200, replied),
    })
    render(<StaffMessageDetailPage />)
    await flush()

    fireEvent.click(screen.getByTestId('action-reply'))
    await flush()
    fireEvent.click(screen.getByTestId('reply-template-0'))
    fireEvent.click(screen.getByTestId('reply-template-3'))
    typeInto(
      'reply-text',
      '您好！您反映的问题已收悉，现答复如下：\n可携带身份证到经办窗口查询。\n感谢您的关注与支持。',
    )

    taro.showModal.mockImplementationOnce(() =>
      Promise.resolve({ confirm: false, cancel: true, errMsg: 'ok' }),
    )
    await act(async () => {
      fireEvent.click(screen.getByTestId('reply-submit'))
    })
    expect(requestsTo(`POST /api/v1/staff/messages/${ID}/reply`)).toHaveLength(0)

    await act(async () => {
      fireEvent.click(screen.getByTestId('reply-submit'))
    })
    expect(taro.showModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '确认发送答复' }),
    )
    expect(requestsTo(`POST /api/v1/staff/messages/${ID}/reply`)[0]?.data).toEqual({
      content:
        '您好！您反映的问题已收悉，现答复如下：\n可携带身份证到经办窗口查询。\n感谢您的关注与支持。',
    })
    expect(screen.getByTestId('staff-status').textContent).toBe('已答复')
    expect(screen.getByTestId('staff-answered-at').textContent).toBe(
      '首次答复 2025年10月9日 16:30 · 按期答复',
    )
    expect(screen.getByTestId('turn-meta').textContent).toBe(
      '社会保险科（测试人员） · 2025年10月9日 16:30',
    )
    expect(screen.queryByTestId('action-reply')).toBeNull()
  })

  it('shows the conflict and reloads when someone else acted first', async () => {
    signInStaff('handler', 'social-insurance')
    const declinedElsewhere: StaffMessageDetail = { ...ASSIGNED, status: 'declined' }
    routeApi({
      [DETAIL]: [answer(200, ASSIGNED), answer(200, declinedElsewhere)],
      'GET /api/v1/units': answer(200, UNITS),
      [`POST /api/v1/staff/messages/${ID}/reply`]: answer(409, {
        error: { code: 'state_conflict', message: '该留言已被其他工作人员处理' },
      }),
    })
    render(<StaffMessageDetailPage />)
    await flush()

    fireEvent.click(screen.getByTestId('action-reply'))
    await flush()
    typeInto('reply-text', '答复内容')
    await act(async () => {
      fireEvent.click(screen.getByTestId('reply-submit'))
    })
    await flush()

    expect(requestsTo(`POST /api/v1/staff/messages/${ID}/reply`)[0]?.data).toEqual({
      content: '答复内容',
    })
    expect(screen.getByTestId('action-error').textContent).toContain('该留言已被其他工作人员处理')
    expect(requestsTo(DETAIL)).toHaveLength(2)
    expect(screen.getByTestId('staff-status').textContent).toBe('不予受理')
  })

  it('asks for a reason before declining and confirms the decline', async () => {
    signInStaff('office')
    routeApi({
      [DETAIL]: answer(200, SUBMITTED),
      'GET /api/v1/units': answer(200, UNITS),
      [`POST /api/v1/staff/messages/${ID}/decline`]: answer(200, {
        ...SUBMITTED,
        status: 'declined',
      }),
    })
    render(<StaffMessageDetailPage />)
    await flush()
    fireEvent.click(screen.getByTestId('action-decline'))
    await flush()
    expect(screen.getByTestId('decline-hint').textContent).toContain('仲裁')
    fireEvent.click(screen.getByTestId('decline-submit'))
    expect(screen.getByTestId('error-action').textContent).toBe('请填写不予受理的理由')
    expect(taro.showModal).not.toHaveBeenCalled()

    typeInto('decline-text', '该事项已进入劳动人事争议仲裁程序。')
    await act(async () => {
      fireEvent.click(screen.getByTestId('decline-submit'))
    })
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认不予受理' }))
    expect(requestsTo(`POST /api/v1/staff/messages/${ID}/decline`)[0]?.data).toEqual({
      reason: '该事项已进入劳动人事争议仲裁程序。',
    })
  })

  it('shows the office a requested extension and approves it', async () => {
    signInStaff('office')
    const requested: StaffMessageDetail = {
      ...ASSIGNED,
      extensionStatus: 'requested',
      extension: {
        workingDays: 3,
        reason: '需向省社保局核实政策口径',
        status: 'requested',
        requestedAt: '2025-10-09T09:00:00.000+08:00',
        originalDueDate: '2025-10-14',
      },
    }
    const approved: StaffMessageDetail = {
      ...requested,
      dueDate: '2025-10-17',
      extended: true,
      extensionStatus: 'approved',
      extension: { ...requested.extension!, status: 'approved' },
    }
    routeApi({
      [DETAIL]: answer(200, requested),
      'GET /api/v1/units': answer(200, UNITS),
      [`POST /api/v1/staff/messages/${ID}/extension/approve`]: answer(200, approved),
    })
    render(<StaffMessageDetailPage />)
    await flush()
    expect(screen.getByTestId('staff-extension').textContent).toBe('延期申请：3 个工作日（待审批）')
    // A request is pending, so the unit cannot ask again; the office reviews it.
    expect(screen.queryByTestId('action-extension')).toBeNull()
    fireEvent.click(screen.getByTestId('action-review'))
    expect(screen.getByTestId('extension-request').textContent).toContain(
      '需向省社保局核实政策口径',
    )
    await act(async () => {
      fireEvent.click(screen.getByTestId('extension-approve'))
    })
    await flush()
    expect(requestsTo(`POST /api/v1/staff/messages/${ID}/extension/approve`)).toHaveLength(1)
    expect(screen.getByTestId('staff-extension').textContent).toBe(
      '延期申请：3 个工作日（已同意） · 原期限 2025年10月14日',
    )
    expect(screen.queryByTestId('action-review')).toBeNull()
  })

  it('opens dispatch with the suggested unit chosen and says why', async () => {
    signInStaff('office')
    const suggested: StaffMessageDetail = {
      ...SUBMITTED,
      routingSuggestion: {
        unit: 'social-insurance',
        unitName: '市社保局',
        reason: 'rule',
        keyword: '养老保险',
      },
    }
    routeApi({
      [DETAIL]: answer(200, suggested),
      'GET /api/v1/units': answer(200, UNITS),
      [`POST /api/v1/staff/messages/${ID}/assign`]: answer(200, ASSIGNED),
    })
    render(<StaffMessageDetailPage />)
    await flush()
    fireEvent.click(screen.getByTestId('action-assign'))
    expect(screen.getByTestId('routing-suggestion').textContent).toBe(
      '系统建议：市社保局（关键词“养老保险”）',
    )
    expect(screen.getByTestId('unit-option-social-insurance').getAttribute('aria-checked')).toBe(
      'true',
    )
    await act(async () => {
      fireEvent.click(screen.getByTestId('assign-submit'))
    })
    expect(requestsTo(`POST /api/v1/staff/messages/${ID}/assign`)[0]?.data).toEqual({
      unit: 'social-insurance',
    })
  })

  it('names the citizen’s choice and lets the office pick another unit', async () => {
    signInStaff('office')
    const chosen: StaffMessageDetail = {
      ...SUBMITTED,
      suggestedUnit: 'social-insurance',
      routingSuggestion: { unit: 'social-insurance', unitName: '市社保局', reason: 'citizen' },
    }
    routeApi({
      [DETAIL]: answer(200, chosen),
      'GET /api/v1/units': answer(200, UNITS),
      [`POST /api/v1/staff/messages/${ID}/assign`]: answer(200, ASSIGNED),
    })
    render(<StaffMessageDetailPage />)
    await flush()
    fireEvent.click(screen.getByTestId('action-assign'))
    expect(screen.getByTestId('routing-suggestion').textContent).toBe(
      '系统建议：市社保局（留言人选择）',
    )
    fireEvent.click(screen.getByTestId('unit-option-employment'))
    expect(screen.getByTestId('unit-option-social-insurance').getAttribute('aria-checked')).toBe(
      'false',
    )
    await act(async () => {
      fireEvent.click(screen.getByTestId('assign-submit'))
    })
    expect(requestsTo(`POST /api/v1/staff/messages/${ID}/assign`)[0]?.data).toEqual({
      unit: 'employment',
    })
  })
})
