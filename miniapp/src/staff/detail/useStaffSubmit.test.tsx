import { fireEvent, render, screen } from '@testing-library/react'
import { Button, Text, View } from '@tarojs/components'
import * as taro from '../../../test/taro'
import { flush } from '../../../test/ui'
import { ProblemNotice } from '../../components/ProblemNotice'
import { ApiError } from '../../services/api'
import { useStaffSubmit, type Confirmation } from './useStaffSubmit'

interface ProbeProps {
  work: () => Promise<string>
  onDone: (result: string) => void
  onSignedOut: () => void
  onConflict?: () => void
  confirmation?: Confirmation
}

/** A form with one button that submits `work` through the hook and shows its state. */
function Probe({ work, onDone, onSignedOut, onConflict, confirmation }: ProbeProps) {
  const { busy, problem, submit } = useStaffSubmit({
    onSignedOut,
    ...(onConflict ? { onConflict } : {}),
  })
  return (
    <View>
      <Button data-testid="go" onClick={() => void submit(work, onDone, confirmation)}>
        提交
      </Button>
      <Text data-testid="busy">{busy ? 'busy' : 'idle'}</Text>
      <ProblemNotice testId="problem" message={problem} />
    </View>
  )
}

function setUp(overrides: Partial<ProbeProps> = {}) {
  const props = {
    work: jest.fn(() => Promise.resolve('updated')),
    onDone: jest.fn(),
    onSignedOut: jest.fn(),
    ...overrides,
  }
  render(<Probe {...props} />)
  return props
}

async function press() {
  fireEvent.click(screen.getByTestId('go'))
  await flush()
}

/** A call that finishes when the test says so. */
function gatedWork() {
  let open: () => void = () => {}
  const gate = new Promise<void>((resolve) => {
    open = resolve
  })
  const work = jest.fn(async () => {
    await gate
    return 'updated'
  })
  return { work, open: () => open() }
}

const problemText = () => screen.queryByTestId('problem')?.textContent ?? null
const refusal = (status: number, message: string, fields?: { field: string; message: string }[]) =>
  new ApiError({ status, code: 'refused', message, ...(fields ? { fields } : {}) })

describe('useStaffSubmit', () => {
  beforeEach(() => {
    taro.showModal.mockReset()
    taro.showModal.mockImplementation(() =>
      Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
    )
  })

  it('hands the result to onDone, busy only while the call is under way', async () => {
    const { work, open } = gatedWork()
    const { onDone } = setUp({ work })
    await press()
    expect(screen.getByTestId('busy').textContent).toBe('busy')
    expect(onDone).not.toHaveBeenCalled()

    open()
    await flush()
    expect(onDone).toHaveBeenCalledWith('updated')
    expect(screen.getByTestId('busy').textContent).toBe('idle')
    expect(problemText()).toBeNull()
  })

  it('ignores a second tap while the first call is under way', async () => {
    const { work, open } = gatedWork()
    const { onDone } = setUp({ work })
    await press()
    await press()
    open()
    await flush()
    expect(work).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledTimes(1)

    await press()
    expect(work).toHaveBeenCalledTimes(2)
  })

  it('asks first, with 确定 unless the action names its button, and sends nothing when cancelled', async () => {
    taro.showModal.mockImplementationOnce(() =>
      Promise.resolve({ confirm: false, cancel: true, errMsg: 'ok' }),
    )
    const { work, onDone } = setUp({ confirmation: { title: '确认转办', content: '确定吗？' } })
    await press()
    expect(taro.showModal).toHaveBeenCalledWith({
      title: '确认转办',
      content: '确定吗？',
      confirmText: '确定',
      cancelText: '取消',
    })
    expect(work).not.toHaveBeenCalled()
    expect(onDone).not.toHaveBeenCalled()
    expect(screen.getByTestId('busy').textContent).toBe('idle')

    await press()
    expect(work).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledWith('updated')
  })

  it('passes a named confirm button through', async () => {
    setUp({ confirmation: { title: '确认签发', content: '确定签发吗？', confirmText: '签发' } })
    await press()
    expect(taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ confirmText: '签发', cancelText: '取消' }),
    )
  })

  it('hands a 401 to onSignedOut without showing a problem', async () => {
    const { onSignedOut, onDone } = setUp({
      work: () => Promise.reject(refusal(401, '请重新登录')),
    })
    await press()
    expect(onSignedOut).toHaveBeenCalledTimes(1)
    expect(onDone).not.toHaveBeenCalled()
    expect(problemText()).toBeNull()
  })

  it('tells a 409 was refreshed and asks the page to reload, when it handles conflicts', async () => {
    const onConflict = jest.fn()
    setUp({ onConflict, work: () => Promise.reject(refusal(409, '留言状态已变化')) })
    await press()
    expect(problemText()).toBe('留言状态已变化（已刷新为最新状态，请查看后再操作）')
    expect(onConflict).toHaveBeenCalledTimes(1)
  })

  it('shows a 409 as the server words it without a conflict handler', async () => {
    setUp({ work: () => Promise.reject(refusal(409, '主办留言已答复')) })
    await press()
    expect(problemText()).toBe('主办留言已答复')
  })

  it("shows a refusal's first field message, and a failure without an answer in plain words", async () => {
    const work = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(
        refusal(400, '请求有误', [{ field: 'reason', message: '理由不能超过500字' }]),
      )
      .mockRejectedValueOnce(new Error('network down'))
    const { onSignedOut } = setUp({ work })
    await press()
    expect(problemText()).toBe('理由不能超过500字')

    await press()
    expect(problemText()).toBe('操作未成功，请稍后重试')
    expect(onSignedOut).not.toHaveBeenCalled()
    expect(screen.getByTestId('busy').textContent).toBe('idle')
  })
})
