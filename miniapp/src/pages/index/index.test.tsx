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

  it.each([
    ['entry-guides', 'guides', '办事指南'],
    ['entry-my-messages', 'my-messages', '我的留言'],
    ['entry-replies', 'replies', '回复选登'],
  ])('marks %s as coming soon and opens the coming-soon page', (testId, feature, title) => {
    render(<Index />)
    const entry = screen.getByTestId(testId)
    expect(entry.textContent).toContain(title)
    expect(entry.textContent).toContain('即将上线')
    fireEvent.click(entry)
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/coming-soon/index?feature=${feature}`,
    })
  })

  it('says the 政务微信 account is yet to be published when it is not configured', () => {
    render(<Index />)
    const wechat = screen.getByTestId('wechat-account')
    expect(wechat.textContent).toContain('账号信息待公布')
    expect(wechat.textContent).toContain('二维码待配置')
    expect(wechat.querySelector('taro-image-core')).toBeNull()
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
