import { act, fireEvent, render, screen } from '@testing-library/react'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { fetchStaffMe } from '../../services/staff'
import { resetStaffSessionMemory, staffSession } from '../../stores/staff-session'
import StaffLogin from './index'

const TOKEN = 'a'.repeat(43)
const SESSION = {
  token: TOKEN,
  expiresAt: '2099-01-01T00:00:00.000+08:00',
  staff: { id: 's1', username: 'office', displayName: '办公室张三', role: 'office' },
}

function typeInto(testId: string, value: string) {
  fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } }))
}

async function logIn(username: string, password: string) {
  typeInto('login-username', username)
  typeInto('login-password', password)
  await act(async () => {
    fireEvent.click(screen.getByTestId('login-submit'))
  })
}

beforeEach(() => {
  taro.clearStorageSync()
  resetStaffSessionMemory()
})

describe('staff login', () => {
  it('asks for both fields before sending anything', () => {
    routeApi({})
    render(<StaffLogin />)
    fireEvent.click(screen.getByTestId('login-submit'))
    expect(screen.getByTestId('error-username').textContent).toBe('请填写用户名')
    expect(screen.getByTestId('error-password').textContent).toBe('请填写密码')
    expect(taro.request).not.toHaveBeenCalled()
  })

  it('stores the token, opens the inbox and sends the token as a Bearer header afterwards', async () => {
    routeApi({
      'POST /api/v1/staff/session': answer(200, SESSION),
      'GET /api/v1/staff/me': answer(200, SESSION.staff),
    })
    render(<StaffLogin />)
    await logIn(' Office ', 'demo-pass-2026')

    expect(requestsTo('POST /api/v1/staff/session')[0]?.data).toEqual({
      username: 'office',
      password: 'demo-pass-2026',
    })
    expect(taro.setStorageSync).toHaveBeenCalledWith('zhengmin.staffSession', SESSION)
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/inbox/index' })

    // A new page load reads the session back from storage.
    resetStaffSessionMemory()
    await expect(fetchStaffMe()).resolves.toEqual(SESSION.staff)
    expect(requestsTo('GET /api/v1/staff/me')[0]?.header?.Authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('shows the server’s message for wrong credentials and stores nothing', async () => {
    routeApi({
      'POST /api/v1/staff/session': answer(401, {
        error: { code: 'invalid_credentials', message: '用户名或密码错误' },
      }),
    })
    render(<StaffLogin />)
    await logIn('office', 'wrong-password')
    expect(screen.getByTestId('login-error').textContent).toBe('用户名或密码错误')
    expect(staffSession()).toBeNull()
    expect(taro.redirectTo).not.toHaveBeenCalled()
  })

  it('says logins from here wait, with the wait the server names', async () => {
    routeApi({
      'POST /api/v1/staff/session': answer(
        429,
        {
          error: {
            code: 'login_throttled',
            message: '登录失败次数过多，请 15 分钟后再试',
          },
        },
        { 'Retry-After': '900' },
      ),
    })
    render(<StaffLogin />)
    await logIn('office', 'wrong-password')
    const error = screen.getByTestId('login-error')
    expect(error.textContent).toBe('登录失败次数过多，请 15 分钟后再试')
    expect(error.getAttribute('data-locked')).toBe('true')
  })

  it('goes straight to the inbox with a live stored session', () => {
    taro.setStorageSync('zhengmin.staffSession', SESSION)
    routeApi({})
    render(<StaffLogin />)
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/inbox/index' })
  })
})
