import { fireEvent, render, screen } from '@testing-library/react'
import { answer, mockApi, submissions } from '../../../test/api-double'
import MessageNew from './index'

const SUBMITTED = {
  id: '6650a1b2c3d4e5f6a7b8c9d0',
  code: 'BC7K9MQ2',
  status: 'submitted',
  receivedAt: '2025-09-30T10:00:00.000+08:00',
  receivedDate: '2025-09-30',
  dueDate: '2025-10-14',
  dueAt: '2025-10-14T23:59:59.999+08:00',
  provisional: false,
}

function typeInto(testId: string, value: string) {
  fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } }))
}

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
    mockApi({ submissions: [answer(201, SUBMITTED)] })
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
    mockApi({ submissions: [answer(201, SUBMITTED)] })
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
