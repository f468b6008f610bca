import { fireEvent, render, screen } from '@testing-library/react'
import * as taro from '../../../test/taro'
import ComingSoon from './index'

describe('coming-soon page', () => {
  afterEach(() => {
    taro.routerParams.current = {}
  })

  it('says honestly which feature is not available yet', () => {
    taro.routerParams.current = { feature: 'replies' }
    render(<ComingSoon />)
    expect(screen.getByText('回复选登即将上线')).toBeTruthy()
    expect(
      screen.getByText('上线后可在这里阅读经留言人同意公开、已隐去个人信息的留言及答复。'),
    ).toBeTruthy()
    expect(taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '回复选登' })
  })

  it('falls back to a generic title for an unknown feature', () => {
    taro.routerParams.current = { feature: 'nonsense' }
    render(<ComingSoon />)
    expect(screen.getByText('该功能即将上线')).toBeTruthy()
    expect(taro.setNavigationBarTitle).not.toHaveBeenCalled()
  })

  it('leads to the message form, which works', () => {
    render(<ComingSoon />)
    fireEvent.click(screen.getByTestId('coming-soon-write'))
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/message-new/index' })
  })
})
