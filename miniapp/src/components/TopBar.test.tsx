import { fireEvent, render, screen } from '@testing-library/react'
import * as taro from '../../test/taro'
import { PageProblem } from './PageProblem'
import { TopBar } from './TopBar'

describe('TopBar (H5)', () => {
  it('offers only 首页 on a page opened directly, e.g. from a shared link', () => {
    taro.getCurrentPages.mockReturnValue([{}])
    render(<TopBar title="办事指南" />)
    expect(screen.queryByTestId('top-bar-back')).toBeNull()
    expect(screen.getByRole('heading').textContent).toBe('办事指南')
    fireEvent.keyDown(screen.getByTestId('top-bar-home'), { key: 'Enter' })
    expect(taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('offers 返回 when there is a page to go back to', () => {
    taro.getCurrentPages.mockReturnValue([{}, {}])
    render(<TopBar title="办事指南" />)
    fireEvent.click(screen.getByTestId('top-bar-back'))
    expect(taro.navigateBack).toHaveBeenCalledWith({ delta: 1 })
  })
})

describe('PageProblem', () => {
  it('offers 重试 only when it may help, and always the list and home', () => {
    const retry = jest.fn()
    const { rerender } = render(
      <PageProblem
        testId="problem"
        message="加载失败，请稍后重试"
        onRetry={retry}
        list={{ label: '办事指南', url: '/pages/guides/index' }}
      />,
    )
    fireEvent.click(screen.getByTestId('retry'))
    expect(retry).toHaveBeenCalled()
    expect(screen.getByTestId('problem').getAttribute('role')).toBe('alert')

    rerender(
      <PageProblem
        testId="problem"
        message="该办事指南不存在或已下线。"
        list={{ label: '办事指南', url: '/pages/guides/index' }}
      />,
    )
    expect(screen.queryByTestId('retry')).toBeNull()
    fireEvent.click(screen.getByTestId('back-to-list'))
    expect(taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/guides/index' })
    expect(screen.getByTestId('back-home').textContent).toBe('返回首页')
  })
})
