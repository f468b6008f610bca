import { act, fireEvent, render, screen } from '@testing-library/react'
import { idempotencyKeySchema, MESSAGE_LIMITS } from '@zhengmin/shared'
import { fixDate } from '../../../test/clock'
import * as taro from '../../../test/taro'
import {
  answer,
  deferred,
  mockApi,
  networkFailure,
  requests,
  submissions,
} from '../../../test/api-double'
import { typeInto } from '../../../test/ui'
import { SUBMITTED_MESSAGE } from '../../../test/message-fixtures'
import MessageNew from './index'

const TITLE = '养老保险缴费年限怎么查询'
const CONTENT = '我在毕节工作了十年，想知道如何查询自己的养老保险累计缴费年限。'

function fillValidForm({ consent = true }: { consent?: boolean } = {}) {
  fireEvent.click(screen.getByTestId('category-consult'))
  typeInto('input-title', `  ${TITLE} `)
  typeInto('input-content', CONTENT)
  typeInto('input-phone', '138 0013 8000')
  if (consent) fireEvent.click(screen.getByTestId('consent'))
}

function clickSubmit() {
  fireEvent.click(screen.getByTestId('submit'))
}

function text(testId: string): string {
  return screen.getByTestId(testId).textContent ?? ''
}

afterEach(() => jest.useRealTimers())

describe('我要留言 form', () => {
  it('shows the schema’s Chinese messages for an empty submission and sends nothing', async () => {
    mockApi({})
    render(<MessageNew />)

    clickSubmit()

    expect(text('error-category')).toBe('请选择留言类型')
    expect(text('error-title')).toBe('请填写留言标题')
    expect(text('error-content')).toBe(`留言内容至少${MESSAGE_LIMITS.contentMin}个字`)
    expect(text('error-phone')).toBe('请填写联系电话')
    expect(text('error-consent')).toBe('请阅读并同意《隐私保护说明》')
    expect(screen.queryByTestId('error-name')).toBeNull()
    expect(submissions()).toHaveLength(0)
    expect(taro.pageScrollTo).toHaveBeenCalledWith(
      expect.objectContaining({ selector: '#field-category' }),
    )
  })

  it('counts the title and names the limit when it is too long', () => {
    mockApi({})
    render(<MessageNew />)
    fillValidForm()

    typeInto('input-title', '社'.repeat(MESSAGE_LIMITS.titleMax + 1))
    expect(text('counter-title')).toBe('51/50')
    clickSubmit()

    expect(text('error-title')).toBe('标题不能超过50个字')
    expect(screen.queryByTestId('error-content')).toBeNull()
    expect(submissions()).toHaveLength(0)
  })

  it('clears a field’s error as soon as the citizen edits it', () => {
    mockApi({})
    render(<MessageNew />)
    clickSubmit()
    expect(text('error-title')).toBe('请填写留言标题')

    typeInto('input-title', TITLE)

    expect(screen.queryByTestId('error-title')).toBeNull()
    expect(text('error-phone')).toBe('请填写联系电话')
  })

  it('refuses to submit without consent to the privacy notice', () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillValidForm({ consent: false })

    clickSubmit()

    expect(text('error-consent')).toBe('请阅读并同意《隐私保护说明》')
    expect(screen.queryByTestId('error-title')).toBeNull()
    expect(submissions()).toHaveLength(0)
    expect(screen.getByTestId('consent').getAttribute('aria-checked')).toBe('false')

    fireEvent.click(screen.getByTestId('consent'))
    expect(screen.getByTestId('consent').getAttribute('aria-checked')).toBe('true')
    expect(screen.queryByTestId('error-consent')).toBeNull()
  })

  it('submits a valid message once, with an Idempotency-Key, then shows the code and due date', async () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillValidForm()
    fireEvent(
      screen.getByTestId('allow-publish'),
      new CustomEvent('change', { detail: { value: true } }),
    )

    clickSubmit()

    expect(await screen.findByText('留言已提交')).toBeTruthy()
    expect(submissions()).toHaveLength(1)
    const [sent] = submissions()
    expect(sent?.url).toBe('/api/v1/messages')
    expect(sent?.data).toEqual({
      category: 'consult',
      title: TITLE,
      content: CONTENT,
      phone: '13800138000',
      allowPublish: true,
      consent: true,
    })
    const key = sent?.header?.['Idempotency-Key']
    expect(idempotencyKeySchema.safeParse(key).success).toBe(true)
    expect(sent?.header?.['Content-Type']).toBe('application/json')

    expect(text('lookup-code')).toBe('BC7K-9MQ2')
    expect(text('due-date')).toBe('最迟于2025年10月14日答复')
    expect(screen.getByText(/请截图或抄下查询码并妥善保存/)).toBeTruthy()
  })

  it('sends the optional name when given, trimmed', async () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillValidForm()
    typeInto('input-name', ' 张三 ')

    clickSubmit()

    await screen.findByTestId('lookup-code')
    expect(submissions()[0]?.data).toEqual(expect.objectContaining({ name: '张三' }))
  })

  it('marks a provisional due date as approximate', async () => {
    mockApi({
      submissions: [
        answer(201, { ...SUBMITTED_MESSAGE, dueDate: '2027-01-08', provisional: true }),
      ],
    })
    render(<MessageNew />)
    fillValidForm()

    clickSubmit()

    await screen.findByTestId('lookup-code')
    expect(text('due-date')).toBe('最迟于2027年1月8日答复（约，以国家节假日安排公布后为准）')
  })

  it('reuses the same Idempotency-Key when the citizen retries after a network failure', async () => {
    mockApi({ submissions: [networkFailure(), answer(200, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillValidForm()

    clickSubmit()
    expect(await screen.findByText('网络连接失败，请稍后重试')).toBeTruthy()
    expect(screen.getByText(/不会重复提交/)).toBeTruthy()
    expect(screen.queryByTestId('lookup-code')).toBeNull()

    clickSubmit()
    await screen.findByTestId('lookup-code')

    const [first, retry] = submissions()
    expect(submissions()).toHaveLength(2)
    expect(first?.header?.['Idempotency-Key']).toBeTruthy()
    expect(retry?.header?.['Idempotency-Key']).toBe(first?.header?.['Idempotency-Key'])
    expect(retry?.data).toEqual(first?.data)
    expect(text('lookup-code')).toBe('BC7K-9MQ2')
  })

  it('uses a new Idempotency-Key for the next message after "再写一条留言"', async () => {
    mockApi({
      submissions: [
        answer(201, SUBMITTED_MESSAGE),
        answer(201, { ...SUBMITTED_MESSAGE, code: 'XY7K9MQ3' }),
      ],
    })
    render(<MessageNew />)
    fillValidForm()
    clickSubmit()
    await screen.findByTestId('lookup-code')

    fireEvent.click(screen.getByTestId('write-another'))
    expect(text('counter-title')).toBe('0/50')
    expect(screen.getByTestId('consent').getAttribute('aria-checked')).toBe('false')
    fillValidForm()
    clickSubmit()
    await screen.findByText('XY7K-9MQ3')

    const [first, second] = submissions()
    expect(second?.header?.['Idempotency-Key']).not.toBe(first?.header?.['Idempotency-Key'])
  })

  it('disables the button while submitting and ignores a second tap', async () => {
    const pending = deferred()
    mockApi({ submissions: [pending.answer] })
    render(<MessageNew />)
    fillValidForm()

    clickSubmit()
    clickSubmit()

    const button = screen.getByTestId('submit')
    expect(button.textContent).toBe('正在提交…')
    expect(button.getAttribute('disabled')).not.toBeNull()
    // The request leaves once the (here empty) WeChat steps before it are done.
    await act(async () => {})
    expect(submissions()).toHaveLength(1)

    await act(async () => {
      pending.resolve({ statusCode: 201, data: SUBMITTED_MESSAGE, header: {} })
    })
    expect(text('lookup-code')).toBe('BC7K-9MQ2')
    expect(submissions()).toHaveLength(1)
  })

  it('shows the server’s field errors next to the fields', async () => {
    mockApi({
      submissions: [
        answer(400, {
          error: {
            code: 'validation_failed',
            message: '请检查填写的内容',
            requestId: 'req-1',
            fields: [{ field: 'phone', message: '请填写正确的手机号码或带区号的固定电话' }],
          },
        }),
      ],
    })
    render(<MessageNew />)
    fillValidForm()

    clickSubmit()

    expect(await screen.findByText('请检查填写的内容')).toBeTruthy()
    expect(text('error-phone')).toBe('请填写正确的手机号码或带区号的固定电话')
    expect(screen.queryByText(/不会重复提交/)).toBeNull()
  })

  it('explains a rate limit with the Retry-After delay', async () => {
    mockApi({
      submissions: [
        answer(
          429,
          { error: { code: 'rate_limited', message: '提交过于频繁，请 600 秒后再试' } },
          { 'retry-after': '600' },
        ),
      ],
    })
    render(<MessageNew />)
    fillValidForm()

    clickSubmit()

    expect(await screen.findByText('提交过于频繁，请 10 分钟后再试')).toBeTruthy()
  })

  it('shows the expected reply date before submitting, when the server gives it', async () => {
    // Only the clock is fixed (timers stay real, so the rendering still settles): the preview must
    // ask for the deadline of a message received at exactly this instant.
    fixDate(new Date('2025-09-30T02:00:00.000Z'))
    mockApi({
      deadline: answer(200, {
        receivedDate: '2025-09-30',
        dueDate: '2025-10-14',
        dueAt: '2025-10-14T23:59:59.999+08:00',
        provisional: false,
      }),
    })
    render(<MessageNew />)

    const hint = await screen.findByTestId('deadline-preview')
    expect(hint.textContent).toBe('现在提交，预计最迟答复日期：2025年10月14日')
    const [preview] = requests()
    expect(preview?.method).toBe('GET')
    const url = new URL(preview?.url ?? '', 'http://app.test')
    expect(url.pathname).toBe('/api/v1/calendar/deadline')
    expect(url.searchParams.get('workingDays')).toBe('5')
    expect(url.searchParams.get('receivedAt')).toBe('2025-09-30T02:00:00.000Z')
  })

  it('hides the expected reply date when it cannot be had', async () => {
    mockApi({})
    render(<MessageNew />)
    await act(async () => {})

    expect(requests()).toHaveLength(1)
    expect(screen.queryByTestId('deadline-preview')).toBeNull()
    expect(screen.getByTestId('submit').textContent).toBe('提交留言')
  })

  it('copies the formatted lookup code', async () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillValidForm()
    clickSubmit()
    await screen.findByTestId('lookup-code')

    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-code'))
    })

    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'BC7K-9MQ2' })
  })
})
