import { render, screen } from '@testing-library/react'
import type { MyGuideRatings } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../test/api-double'
import * as taro from '../../test/taro'
import { flush, texts } from '../../test/ui'
import { RatingReplies } from './RatingReplies'

const MINE = 'GET /api/v1/guide-ratings/mine'
const RATINGS: MyGuideRatings = {
  items: [
    {
      id: 'r2',
      slug: 'unemployment-benefit-claim',
      guideName: '失业保险金申领',
      level: 2,
      comment: '窗口说还要户口本，指南里没写',
      at: '2026-03-21T09:00:00.000+08:00',
    },
    {
      id: 'r1',
      slug: 'unemployment-benefit-claim',
      guideName: '失业保险金申领',
      level: 1,
      comment: '材料清单和窗口要求不一致',
      at: '2026-03-20T10:00:00.000+08:00',
      response: { text: '已核对窗口要求并更新材料清单', at: '2026-03-20T15:30:00.000+08:00' },
    },
  ],
}

beforeEach(() => taro.clearStorageSync())

describe('差评 replies on the rater’s pages', () => {
  it('shows the rater’s low ratings with the office’s response, or that it is being dealt with', async () => {
    routeApi({ [MINE]: answer(200, RATINGS) })
    render(<RatingReplies slug="unemployment-benefit-claim" />)
    await flush()
    const [request] = requestsTo(MINE)
    expect(request?.url).toBe('/api/v1/guide-ratings/mine?slug=unemployment-benefit-claim')
    expect(request?.header?.['X-Device-Id']).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
    expect(texts('rating-reply-pending')).toEqual(['我局正在核实处理，处理情况将在这里答复您。'])
    expect(texts('rating-reply-response')).toEqual([
      '处理情况已核对窗口要求并更新材料清单毕节市人力资源和社会保障局 · 2026年3月20日 15:30',
    ])
  })

  it('shows nothing without low ratings or when they cannot be read', async () => {
    routeApi({ [MINE]: answer(200, { items: [] }) })
    const { unmount } = render(<RatingReplies />)
    await flush()
    expect(screen.queryByTestId('rating-replies')).toBeNull()
    unmount()
    routeApi({ [MINE]: answer(503, { error: { code: 'service_unavailable', message: '繁忙' } }) })
    render(<RatingReplies />)
    await flush()
    expect(screen.queryByTestId('rating-replies')).toBeNull()
  })
})
