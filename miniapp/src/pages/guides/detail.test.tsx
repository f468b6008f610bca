import { fireEvent, render, screen } from '@testing-library/react'
import { findShippedGuide } from '@zhengmin/config'
import type { GuideDetail } from '@zhengmin/shared'
import { answer, networkFailure, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, typeInto } from '../../../test/ui'
import GuideDetailPage from './detail'

const SLUG = 'unemployment-benefit-claim'
const DETAIL = `GET /api/v1/guides/${SLUG}`
const RATE = `POST /api/v1/guides/${SLUG}/ratings`
const guide = findShippedGuide(SLUG)!
const DETAIL_BODY: GuideDetail = {
  guide,
  unitName: '市社保局',
  satisfaction: { rated: 0, satisfiedShare: null, byLevel: [0, 0, 0, 0, 0], minSample: 5 },
}

beforeEach(() => {
  taro.clearStorageSync()
  taro.routerParams.current = { slug: SLUG }
})
afterEach(() => {
  taro.routerParams.current = {}
})

describe('办事指南 detail', () => {
  it('shows the seven parts, and says which facts are still to be confirmed', async () => {
    routeApi({ [DETAIL]: answer(200, DETAIL_BODY) })
    render(<GuideDetailPage />)
    await flush()
    expect(screen.getByTestId('guide-title').textContent).toBe(guide.officialName)
    for (let part = 1; part <= 7; part += 1) {
      expect(screen.getByTestId(`guide-part-${part}`)).toBeTruthy()
    }
    expect(screen.getByTestId('guide-meta').textContent).toContain('最后更新')
    // Whatever is pending says so in one public sentence, never the office's own note.
    const pendings = screen.queryAllByTestId('guide-pending')
    expect(pendings.length).toBeGreaterThan(0)
    for (const pending of pendings) {
      expect(pending.textContent).toBe('该项信息正在核实，可拨打12333咨询')
    }
    expect(document.body.textContent).not.toContain('待与')
    // Facts carry their source: the 10 working days under the 条例.
    expect(screen.getByTestId('guide-part-1').textContent).toContain(
      '依据：《社会保险经办条例》第二十四条',
    )
    expect(screen.getByTestId('guide-part-5').textContent).toContain(
      '依据：《社会保险经办条例》第二十四条',
    )
    expect(taro.shareEvents.appMessage?.()).toEqual({
      title: `办事指南：${guide.shortName}`,
      path: `/pages/guides/detail?slug=${SLUG}`,
    })
  })

  it('remembers ticked materials on the device', async () => {
    routeApi({ [DETAIL]: answer(200, DETAIL_BODY) })
    const first = render(<GuideDetailPage />)
    await flush()
    const materials = screen.getAllByTestId('guide-material')
    expect(materials.length).toBeGreaterThan(0)
    fireEvent.click(materials[0]!)
    expect(materials[0]!.getAttribute('aria-checked')).toBe('true')
    first.unmount()
    render(<GuideDetailPage />)
    await flush()
    expect(screen.getAllByTestId('guide-material')[0]!.getAttribute('aria-checked')).toBe('true')
  })

  it('shows the copy kept on the device when there is no connection', async () => {
    routeApi({ [DETAIL]: [answer(200, DETAIL_BODY), networkFailure()] })
    const first = render(<GuideDetailPage />)
    await flush()
    expect(screen.queryByTestId('guide-offline')).toBeNull()
    first.unmount()
    render(<GuideDetailPage />)
    await flush()
    expect(screen.getByTestId('guide-offline').textContent).toContain('保存在本机的版本')
    expect(screen.getByTestId('guide-title').textContent).toBe(guide.officialName)
  })

  it('rates with a device id, asking for a reason at the low levels', async () => {
    routeApi({
      [DETAIL]: answer(200, DETAIL_BODY),
      [RATE]: answer(201, {
        satisfaction: { rated: 1, satisfiedShare: null, byLevel: [0, 1, 0, 0, 0], minSample: 5 },
      }),
    })
    render(<GuideDetailPage />)
    await flush()
    fireEvent.click(screen.getByTestId('guide-level-2'))
    fireEvent.click(screen.getByTestId('guide-rate'))
    await flush()
    expect(requestsTo(RATE)).toHaveLength(0)
    expect(screen.getByText('选择“不满意”或“非常不满意”时，请写下原因，便于我们改进')).toBeTruthy()
    typeInto('guide-comment', '材料清单与窗口要求不一致')
    fireEvent.click(screen.getByTestId('guide-rate'))
    await flush()
    const sent = requestsTo(RATE)[0]
    expect(sent?.data).toEqual({ level: 2, comment: '材料清单与窗口要求不一致' })
    expect(sent?.header?.['X-Device-Id']).toMatch(/^[A-Za-z0-9]{24}$/)
    // One rating is below the minimum sample: no percentage is shown from it.
    const thanks = screen.getByTestId('guide-rated').textContent ?? ''
    expect(thanks).toContain('已有 1 人评价，满 5 人后显示满意度')
    expect(thanks).not.toContain('%')
  })
})
