import { render, screen } from '@testing-library/react'
import type { Publication } from '@zhengmin/shared'
import { answer, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush } from '../../../test/ui'
import PublicationDetail from './detail'

const PUBLICATION: Publication = {
  id: 'a1',
  title: '养老保险怎么转移',
  question: '我从外省回毕节工作，养老保险怎么转移？',
  answer: '您好！请向新参保地社保经办机构提出转移接续申请。',
  category: 'consult',
  unit: 'social-insurance',
  unitName: '市社保局',
  answeredDate: '2026-03-04',
  publishedDate: '2026-03-05',
}

beforeEach(() => {
  taro.routerParams.current = { id: 'a1' }
})
afterEach(() => {
  taro.routerParams.current = {}
})

describe('回复选登 detail', () => {
  it('shows the question and answer, and shares the title only', async () => {
    routeApi({ 'GET /api/v1/publications/a1': answer(200, PUBLICATION) })
    render(<PublicationDetail />)
    await flush()
    expect(screen.getByTestId('publication-title').textContent).toBe('养老保险怎么转移')
    expect(screen.getByTestId('publication-question').textContent).toBe(PUBLICATION.question)
    expect(screen.getByTestId('publication-answer').textContent).toBe(PUBLICATION.answer)
    expect(screen.getByText('答复单位：市社保局')).toBeTruthy()
    expect(taro.shareEvents.appMessage?.()).toEqual({
      title: '养老保险怎么转移',
      path: '/pages/publications/detail?id=a1',
    })
  })

  it('says when the item was taken down', async () => {
    routeApi({
      'GET /api/v1/publications/a1': answer(404, {
        error: { code: 'not_found', message: '该选登内容不存在或已撤下' },
      }),
    })
    render(<PublicationDetail />)
    await flush()
    expect(screen.getByTestId('publication-error').textContent).toContain('不存在或已撤下')
  })
})
