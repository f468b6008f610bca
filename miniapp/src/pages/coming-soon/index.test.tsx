import { fireEvent, render, screen } from '@testing-library/react'
import * as taro from '../../../test/taro'
import ComingSoon from './index'

describe('coming-soon page', () => {
  afterEach(() => {
    taro.routerParams.current = {}
  })

  it('says honestly which feature is not available yet', () => {
    taro.routerParams.current = { feature: 'guides' }
    render(<ComingSoon />)
    expect(screen.getByText('办事指南即将上线')).toBeTruthy()
    expect(
      screen.getByText('上线后可在这里查阅人力资源和社会保障业务的办理条件、所需材料和流程。'),
    ).toBeTruthy()
    expect(taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '办事指南' })
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
