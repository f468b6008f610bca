import { act, fireEvent, render, screen } from '@testing-library/react'
import type { PublicationListItem } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, texts, typeInto } from '../../../test/ui'
import Publications from './index'

const LIST = 'GET /api/v1/publications'

function row(id: string, title: string): PublicationListItem {
  return {
    id,
    title,
    excerpt: '我想咨询一下相关政策……',
    category: 'consult',
    unit: 'social-insurance',
    unitName: '市社保局',
    answeredDate: '2026-03-04',
    publishedDate: '2026-03-05',
  }
}

const urls = () => requestsTo(LIST).map((options) => decodeURIComponent(options.url))

beforeEach(() => {
  taro.clearStorageSync()
})

describe('回复选登 list', () => {
  it('shows the newest answers and opens one', async () => {
    routeApi({ [LIST]: answer(200, { items: [row('a1', '养老保险怎么转移')], nextCursor: null }) })
    render(<Publications />)
    await flush()
    expect(texts('publication-row-title')).toEqual(['养老保险怎么转移'])
    expect(screen.getByTestId('publications-end')).toBeTruthy()
    fireEvent.click(screen.getByTestId('publication-row'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/publications/detail?id=a1' })
  })

  it('searches by keyword and filters by category, saying when nothing matches', async () => {
    routeApi({
      [LIST]: [
        answer(200, { items: [row('a1', '养老保险怎么转移')], nextCursor: null }),
        answer(200, { items: [], nextCursor: null }),
        answer(200, { items: [], nextCursor: null }),
      ],
    })
    render(<Publications />)
    await flush()
    typeInto('publications-search', '  失业金 ')
    fireEvent.click(screen.getByTestId('publications-search-button'))
    await flush()
    expect(urls()[1]).toBe('/api/v1/publications?q=失业金&limit=20')
    expect(screen.getByTestId('publications-empty').textContent).toContain('没有找到')

    fireEvent.click(screen.getByTestId('publications-chip-complaint'))
    await flush()
    expect(urls()[2]).toBe('/api/v1/publications?category=complaint&q=失业金&limit=20')
    expect(screen.getByTestId('publications-chip-complaint').getAttribute('aria-selected')).toBe(
      'true',
    )
  })

  it('loads the next page at the bottom of the list', async () => {
    routeApi({
      [LIST]: [
        answer(200, { items: [row('a1', '第一条')], nextCursor: 'CURSOR1' }),
        answer(200, { items: [row('a2', '第二条')], nextCursor: null }),
      ],
    })
    render(<Publications />)
    await flush()
    act(() => taro.pageEvents.reachBottom?.())
    await flush()
    expect(urls()[1]).toBe('/api/v1/publications?cursor=CURSOR1&limit=20')
    expect(texts('publication-row-title')).toEqual(['第一条', '第二条'])
  })

  it('says when the list cannot be loaded and retries', async () => {
    routeApi({
      [LIST]: [
        answer(503, {}),
        answer(200, { items: [row('a1', '养老保险怎么转移')], nextCursor: null }),
      ],
    })
    render(<Publications />)
    await flush()
    expect(screen.getByTestId('publications-error').textContent).toContain('服务暂时不可用')
    fireEvent.click(screen.getByText('重试'))
    await flush()
    expect(texts('publication-row-title')).toEqual(['养老保险怎么转移'])
  })
})
