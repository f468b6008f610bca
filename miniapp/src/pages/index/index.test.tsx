import { fireEvent, render, screen } from '@testing-library/react'
import * as taro from '../../../test/taro'
import Index from './index'

describe('home page', () => {
  it('names the bureau and the product', () => {
    render(<Index />)
    expect(screen.getByText('毕节市人力资源和社会保障局')).toBeTruthy()
    expect(screen.getByText('政民互动')).toBeTruthy()
  })

  it('opens the message form from 我要留言', () => {
    render(<Index />)
    fireEvent.click(screen.getByTestId('entry-message-new'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/message-new/index' })
  })

  it('opens 我的留言, which works, from its entry', () => {
    render(<Index />)
    const entry = screen.getByTestId('entry-my-messages')
    expect(entry.textContent).toContain('我的留言')
    expect(entry.textContent).not.toContain('即将上线')
    fireEvent.click(entry)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/my-messages/index' })
  })

  it('links staff to their login page', () => {
    render(<Index />)
    fireEvent.click(screen.getByTestId('entry-staff'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
  })

  it('links 隐私政策 and 用户协议, and shares as the service itself', () => {
    render(<Index />)
    fireEvent.click(screen.getByTestId('link-privacy'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/legal/privacy' })
    fireEvent.click(screen.getByTestId('link-terms'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/legal/terms' })
    expect(taro.shareEvents.appMessage?.()).toEqual({
      title: '毕节市人力资源和社会保障局 政民互动',
      path: '/pages/index/index',
    })
  })

  it('opens 回复选登 from its entry', () => {
    render(<Index />)
    const entry = screen.getByTestId('entry-publications')
    expect(entry.textContent).toContain('回复选登')
    expect(entry.textContent).not.toContain('即将上线')
    fireEvent.click(entry)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/publications/index' })
  })

  it('opens 办事指南 from its entry', () => {
    render(<Index />)
    fireEvent.click(screen.getByTestId('entry-guides'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/guides/index' })
  })

  it('turns 长辈模式 on and off, remembering the choice on the device', () => {
    taro.clearStorageSync()
    const first = render(<Index />)
    expect(screen.getByTestId('home').className).not.toContain('elder-mode')

    fireEvent(
      screen.getByTestId('elder-mode-switch'),
      new CustomEvent('change', { detail: { value: true } }),
    )
    expect(screen.getByTestId('home').className).toContain('elder-mode')
    expect(taro.setStorageSync).toHaveBeenCalledWith('zhengmin.elderMode', true)
    first.unmount()

    // Shown again (another visit): still on.
    render(<Index />)
    expect(screen.getByTestId('home').className).toContain('elder-mode')
    fireEvent(
      screen.getByTestId('elder-mode-switch'),
      new CustomEvent('change', { detail: { value: false } }),
    )
    expect(screen.getByTestId('home').className).not.toContain('elder-mode')
    // Off is remembered as a choice (in WeChat it overrides an enlarged WeChat font).
    expect(taro.getStorageSync('zhengmin.elderMode')).toBe(false)
  })

  it('hides the 政务微信 card, placeholders and all, while it is not configured', () => {
    render(<Index />)
    expect(screen.queryByTestId('wechat-account')).toBeNull()
    expect(screen.getByTestId('home').textContent).not.toMatch(/待公布|待配置/)
  })

  it('offers 12333 as a phone link', () => {
    render(<Index />)
    const call = screen.getByTestId('hotline-call')
    expect(call.getAttribute('href')).toBe('tel:12333')
    expect(call.textContent).toBe('拨打 12333')
  })

  it('opens an entry with the keyboard (Enter), as with a tap', () => {
    render(<Index />)
    const entry = screen.getByTestId('entry-guides')
    expect(entry.getAttribute('role')).toBe('link')
    expect(entry.getAttribute('tabindex')).toBe('0')
    fireEvent.keyDown(entry, { key: 'Enter' })
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/guides/index' })
  })
})

describe('home page with the 政务微信 account configured', () => {
  const globals = globalThis as unknown as Record<string, string>

  afterEach(() => {
    globals.ZHENGMIN_WECHAT_ACCOUNT_NAME = ''
    globals.ZHENGMIN_WECHAT_QR_URL = ''
  })

  it('shows the configured account name and QR code', () => {
    globals.ZHENGMIN_WECHAT_ACCOUNT_NAME = '测试账号'
    globals.ZHENGMIN_WECHAT_QR_URL = 'https://example.org/qr.png'
    render(<Index />)
    const wechat = screen.getByTestId('wechat-account')
    expect(wechat.textContent).toContain('关注「测试账号」')
    expect(wechat.textContent).not.toContain('待公布')
    expect(wechat.querySelector('taro-image-core')?.getAttribute('src')).toBe(
      'https://example.org/qr.png',
    )
  })
})
