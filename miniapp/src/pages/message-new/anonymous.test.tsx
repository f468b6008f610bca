import { fireEvent, render, screen } from '@testing-library/react'
import { answer, mockApi, submissions } from '../../../test/api-double'
import { typeInto } from '../../../test/ui'
import { SUBMITTED_MESSAGE } from '../../../test/message-fixtures'
import MessageNew from './index'

function fillReport() {
  fireEvent.click(screen.getByTestId('category-report'))
  typeInto('input-title', '举报某公司违规收取押金')
  typeInto('input-content', '某人力资源公司招聘时向求职者收取押金，入职后不予退还。')
  typeInto('input-name', '李四')
  typeInto('input-phone', '13800138000')
  fireEvent.click(screen.getByTestId('consent'))
}

describe('我要留言: anonymous 举报', () => {
  it('offers the choice for 举报 only, with a plain explanation', () => {
    mockApi({})
    render(<MessageNew />)
    expect(screen.queryByTestId('anonymous')).toBeNull()
    fireEvent.click(screen.getByTestId('category-complaint'))
    expect(screen.queryByTestId('anonymous')).toBeNull()
    fireEvent.click(screen.getByTestId('category-report'))
    expect(screen.getByTestId('anonymous').getAttribute('data-checked')).toBe('false')
    expect(screen.getByTestId('anonymous-note').textContent).toContain('只看到“匿名”')
    expect(screen.getByTestId('anonymous-note').textContent).toContain('凭查询码和联系电话查询')
  })

  it('sends anonymous: true when ticked', async () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillReport()
    fireEvent.click(screen.getByTestId('anonymous'))
    expect(screen.getByTestId('anonymous').getAttribute('data-checked')).toBe('true')
    fireEvent.click(screen.getByTestId('submit'))
    await screen.findByTestId('lookup-code')
    expect(submissions()[0]?.data).toEqual(
      expect.objectContaining({ category: 'report', anonymous: true, name: '李四' }),
    )
  })

  it('drops the choice when the citizen switches to another category', async () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillReport()
    fireEvent.click(screen.getByTestId('anonymous'))
    fireEvent.click(screen.getByTestId('category-complaint'))
    expect(screen.queryByTestId('anonymous')).toBeNull()
    fireEvent.click(screen.getByTestId('submit'))
    await screen.findByTestId('lookup-code')
    expect(submissions()[0]?.data).not.toHaveProperty('anonymous')
  })
})
