import { fireEvent, render, screen } from '@testing-library/react'
import { findShippedGuide } from '@zhengmin/config'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, typeInto } from '../../../test/ui'
import type { StaffGuideDetail } from '../../services/staff-guides'
import GuideEditor from './editor'

const SLUG = 'unemployment-benefit-claim'
const ROUTE = `/api/v1/staff/guides/${SLUG}`
const guide = findShippedGuide(SLUG)!
const DETAIL: StaffGuideDetail = {
  slug: SLUG,
  seedItem: guide.seedItem,
  officialName: guide.officialName,
  shortName: guide.shortName,
  theme: guide.theme,
  unit: guide.unit,
  version: guide.version,
  lastChangedOn: guide.lastChangedOn,
  complete: false,
  disclosure: { state: 'current' },
  openLowRatings: 0,
  guide,
  history: [],
}

beforeEach(() => {
  taro.clearStorageSync()
  signInStaff('office')
  taro.routerParams.current = { slug: SLUG }
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})
afterEach(() => {
  taro.routerParams.current = {}
})

describe('guide editor', () => {
  it('refuses text that breaks the rules, naming the part, without calling the server', async () => {
    routeApi({ [`GET ${ROUTE}`]: answer(200, DETAIL) })
    render(<GuideEditor />)
    await flush()
    typeInto('guide-section-faq', '[{"question": "问题"')
    typeInto('guide-summary', '修改常见问题')
    fireEvent.click(screen.getByTestId('guide-publish'))
    await flush()
    expect(screen.getByTestId('guide-editor-errors').textContent).toContain('常见问题：格式有误')
    typeInto('guide-section-faq', '[{"question": "", "answer": "答"}]')
    fireEvent.click(screen.getByTestId('guide-publish'))
    await flush()
    expect(screen.getByTestId('guide-editor-errors').textContent).toContain(
      '常见问题（faq.0.question）',
    )
    expect(requestsTo(`PUT ${ROUTE}`)).toHaveLength(0)
  })

  it('publishes a new version from the loaded one', async () => {
    const faq = [...guide.faq, { question: '材料不全怎么办？', answer: '窗口会一次性告知。' }]
    routeApi({
      [`GET ${ROUTE}`]: answer(200, DETAIL),
      [`PUT ${ROUTE}`]: answer(200, {
        ...DETAIL,
        version: 2,
        guide: { ...guide, faq, version: 2 },
        history: [
          {
            version: 2,
            at: '2026-11-22T10:00:00.000+08:00',
            by: '办公室李四',
            summary: '新增常见问题',
            changedParts: ['常见问题'],
          },
        ],
      }),
    })
    render(<GuideEditor />)
    await flush()
    typeInto('guide-section-faq', JSON.stringify(faq))
    typeInto('guide-summary', '新增常见问题')
    fireEvent.click(screen.getByTestId('guide-publish'))
    await flush()
    const body = requestsTo(`PUT ${ROUTE}`)[0]?.data as {
      baseVersion: number
      guide: { faq: unknown }
    }
    expect(body.baseVersion).toBe(guide.version)
    expect(body.guide.faq).toEqual(faq)
    expect(screen.getByTestId('guide-revision').textContent).toContain('新增常见问题')
  })
})
