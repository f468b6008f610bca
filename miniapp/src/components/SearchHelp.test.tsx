import { fireEvent, render, screen } from '@testing-library/react'
import { answer, requestsTo, routeApi } from '../../test/api-double'
import * as taro from '../../test/taro'
import { flush, texts } from '../../test/ui'
import Publications from '../pages/publications/index'
import Guides from '../pages/guides/index'
import { hitRuns } from './SearchHelp'

const PUBLICATIONS = 'GET /api/v1/publications'
const GUIDES = 'GET /api/v1/guides'

beforeEach(() => {
  taro.clearStorageSync()
})

describe('highlighting', () => {
  it('marks every searched word, the longest first, ignoring case', () => {
    expect(hitRuns('社会保障卡补办和社保卡', ['社保卡', '社会保障卡', '社会'])).toEqual([
      { text: '社会保障卡', hit: true },
      { text: '补办和', hit: false },
      { text: '社保卡', hit: true },
    ])
    expect(hitRuns('QQ群', ['qq'])).toEqual([
      { text: 'QQ', hit: true },
      { text: '群', hit: false },
    ])
    expect(hitRuns('没有匹配', [])).toEqual([{ text: '没有匹配', hit: false }])
  })
})

describe('回复选登 search help', () => {
  it('offers popular questions, highlights the matched words, and offers 12333 and 我要留言', async () => {
    routeApi({
      [PUBLICATIONS]: [
        answer(200, { items: [], nextCursor: null }),
        answer(200, {
          items: [
            {
              id: 'a1',
              title: '社会保障卡丢失如何补办',
              excerpt: '我的社会保障卡丢了……',
              category: 'consult',
              answeredDate: '2026-03-04',
              publishedDate: '2026-03-05',
            },
          ],
          nextCursor: null,
          words: ['社保卡', '社会保障卡', '补办'],
        }),
        answer(200, { items: [], nextCursor: null, words: ['档案'] }),
      ],
    })
    render(<Publications />)
    await flush()
    const suggestions = texts('publications-suggestions-item')
    expect(suggestions.length).toBeGreaterThan(3)
    fireEvent.click(screen.getAllByTestId('publications-suggestions-item')[1] as HTMLElement)
    await flush()
    expect(decodeURIComponent(requestsTo(PUBLICATIONS)[1]?.url ?? '')).toBe(
      `/api/v1/publications?q=${suggestions[1]}&limit=20`,
    )
    expect(texts('search-hit')).toEqual(['社会保障卡', '补办', '社会保障卡'])
    expect(screen.queryByTestId('publications-suggestions')).toBeNull()

    fireEvent(
      screen.getByTestId('publications-search'),
      new CustomEvent('input', { detail: { value: '档案' } }),
    )
    fireEvent.click(screen.getByTestId('publications-search-button'))
    await flush()
    expect(screen.getByTestId('publications-empty-hotline').textContent).toContain('12333')
    fireEvent.click(screen.getByTestId('publications-empty-message'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/message-new/index' })
  })
})

describe('办事指南 search help', () => {
  it('searches a popular question and offers 12333 and 我要留言 when nothing is found', async () => {
    routeApi({
      [GUIDES]: [answer(200, { items: [] }), answer(200, { items: [] })],
    })
    render(<Guides />)
    await flush()
    const first = texts('guides-suggestions-item')[0] ?? ''
    fireEvent.click(screen.getAllByTestId('guides-suggestions-item')[0] as HTMLElement)
    await flush()
    expect(decodeURIComponent(requestsTo(GUIDES)[1]?.url ?? '')).toContain(`q=${first}`)
    expect(screen.getByTestId('guides-empty').textContent).toContain(first)
    expect(screen.getByTestId('guides-empty-hotline').textContent).toContain('12333')
    fireEvent.click(screen.getByTestId('guides-empty-message'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/message-new/index' })
  })
})
