import { fireEvent, render, screen } from '@testing-library/react'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { answer, deferred, networkFailure, requestsTo, routeApi } from '../../test/api-double'
import * as taro from '../../test/taro'
import { flush, signInStaff } from '../../test/ui'
import { staffRequest } from '../services/staff'
import { resetStaffSessionMemory } from '../stores/staff-session'
import { LoadState } from './LoadState'
import { useStaffData } from './useStaffData'

/** A page that loads one figure with the hook and shows it. */
function FigurePage() {
  const state = useStaffData<{ count: number }>()
  const { load } = state
  useEffect(() => {
    void load(() => staffRequest({ method: 'GET', path: '/api/v1/staff/figure' }))
  }, [load])
  return (
    <View>
      <LoadState state={state} testId="figure" />
      {state.data ? <Text data-testid="figure-value">{state.data.count}</Text> : null}
    </View>
  )
}

describe('useStaffData', () => {
  beforeEach(() => {
    taro.clearStorageSync()
    resetStaffSessionMemory()
  })

  it('shows 正在加载… until the answer arrives, then the data', async () => {
    signInStaff('office')
    const pending = deferred()
    routeApi({ 'GET /api/v1/staff/figure': pending.answer })
    render(<FigurePage />)
    await flush()
    expect(screen.getByTestId('figure-loading').textContent).toBe('正在加载…')
    expect(screen.queryByTestId('figure-value')).toBeNull()

    pending.resolve({ statusCode: 200, data: { count: 7 }, header: {}, errMsg: 'request:ok' })
    await flush()
    expect(screen.getByTestId('figure-value').textContent).toBe('7')
    expect(screen.queryByTestId('figure-loading')).toBeNull()
    expect(screen.queryByTestId('figure-error')).toBeNull()
  })

  it('shows the failure with 重试, which loads again and shows the data', async () => {
    signInStaff('office')
    routeApi({ 'GET /api/v1/staff/figure': [networkFailure(), answer(200, { count: 3 })] })
    render(<FigurePage />)
    await flush()
    expect(screen.getByTestId('figure-error').getAttribute('role')).toBe('alert')
    expect(screen.getByTestId('figure-error').textContent).toContain('重试')
    expect(screen.queryByTestId('figure-value')).toBeNull()

    fireEvent.click(screen.getByTestId('figure-retry'))
    await flush()
    expect(requestsTo('GET /api/v1/staff/figure')).toHaveLength(2)
    expect(screen.queryByTestId('figure-error')).toBeNull()
    expect(screen.getByTestId('figure-value').textContent).toBe('3')
  })

  it('shows the server’s own message when it gives one', async () => {
    signInStaff('office')
    routeApi({
      'GET /api/v1/staff/figure': answer(503, {
        error: { code: 'db_unavailable', message: '服务暂时不可用，请稍后重试' },
      }),
    })
    render(<FigurePage />)
    await flush()
    expect(screen.getByTestId('figure-error').textContent).toContain('服务暂时不可用，请稍后重试')
  })

  it('sends a 401 to the login page, saying the session ran out, and forgets the session', async () => {
    signInStaff('office')
    routeApi({
      'GET /api/v1/staff/figure': answer(401, {
        error: { code: 'unauthenticated', message: '请先登录' },
      }),
    })
    render(<FigurePage />)
    await flush()
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
    expect(taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '登录已失效，请重新登录' }),
    )
    expect(screen.queryByTestId('figure-error')).toBeNull()
    expect(taro.getStorageSync('zhengmin.staffSession')).toBe('')
  })

  it('sends a visitor who is not signed in to the login page without asking the server', async () => {
    routeApi({})
    render(<FigurePage />)
    await flush()
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
    expect(taro.showToast).not.toHaveBeenCalled()
    expect(taro.request).not.toHaveBeenCalled()
  })

  it('shows only the answer to the latest load', async () => {
    signInStaff('office')
    const slow = deferred()
    routeApi({ 'GET /api/v1/staff/first': slow.answer, 'GET /api/v1/staff/second': answer(200, 2) })
    function TwoLoads() {
      const { load, data } = useStaffData<number>()
      useEffect(() => {
        void load(() => staffRequest({ method: 'GET', path: '/api/v1/staff/first' }))
        void load(() => staffRequest({ method: 'GET', path: '/api/v1/staff/second' }))
      }, [load])
      return <Text data-testid="value">{String(data)}</Text>
    }
    render(<TwoLoads />)
    await flush()
    slow.resolve({ statusCode: 200, data: 1, header: {}, errMsg: 'request:ok' })
    await flush()
    expect(screen.getByTestId('value').textContent).toBe('2')
  })
})
