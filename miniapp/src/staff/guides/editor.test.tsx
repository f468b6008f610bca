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
  partsVerified: 5,
  partsTotal: 7,
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

const materialCount = guide.materials.status === 'known' ? guide.materials.value.length : 0

describe('guide editor', () => {
  it('shows each error next to its field and in words, without calling the server', async () => {
    routeApi({ [`GET ${ROUTE}`]: answer(200, DETAIL) })
    render(<GuideEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('guide-form-tab-materials'))
    fireEvent.click(screen.getByTestId('materials-value-add'))
    typeInto('guide-summary', '新增材料')
    fireEvent.click(screen.getByTestId('guide-publish'))
    await flush()
    const row = materialCount
    expect(screen.getByTestId(`error-materials-value-${row}-name`).textContent).toBe(
      '请填写材料名称',
    )
    const summary = screen.getByTestId('guide-editor-errors').textContent ?? ''
    expect(summary).toContain(`申请材料 · 第${row + 1}项：请填写材料名称`)
    expect(summary).not.toMatch(/materials|value|\./)
    expect(screen.getByTestId('guide-form-tab-materials').textContent).toContain('1处待改')
    expect(requestsTo(`PUT ${ROUTE}`)).toHaveLength(0)
    // Fixing the field clears its message and the summary at once.
    typeInto(`materials-value-${row}-name`, '户口簿')
    expect(screen.queryByTestId(`error-materials-value-${row}-name`)).toBeNull()
    expect(screen.queryByTestId('guide-editor-errors')).toBeNull()
  })

  it('adds a material, marks its original, moves it up and publishes from the loaded version', async () => {
    routeApi({
      [`GET ${ROUTE}`]: answer(200, DETAIL),
      [`PUT ${ROUTE}`]: answer(200, {
        ...DETAIL,
        version: 2,
        history: [
          {
            version: 2,
            at: '2026-11-22T10:00:00.000+08:00',
            by: '办公室李四',
            summary: '新增材料',
            changedParts: ['申请材料'],
            changes: ['新增材料“户口簿”', '调整材料顺序'],
          },
        ],
      }),
    })
    render(<GuideEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('guide-form-tab-materials'))
    fireEvent.click(screen.getByTestId('materials-value-add'))
    const row = `materials-value-${materialCount}`
    typeInto(`${row}-name`, '户口簿')
    // 原件: no longer 待确认, one copy.
    fireEvent.click(screen.getByTestId(`${row}-originals-pending`))
    typeInto(`${row}-originals-value`, '1')
    fireEvent.click(screen.getByTestId(`${row}-up`))
    typeInto('guide-summary', '新增材料')

    // The preview is the citizen's own rendering of the draft.
    fireEvent.click(screen.getByTestId('guide-preview-toggle'))
    expect(screen.getByTestId('guide-preview').textContent).toContain('户口簿')
    expect(screen.getByTestId('guide-preview').textContent).toContain(
      '该项信息正在核实，可拨打12333咨询',
    )
    fireEvent.click(screen.getByTestId('guide-preview-toggle'))

    fireEvent.click(screen.getByTestId('guide-publish'))
    await flush()
    const body = requestsTo(`PUT ${ROUTE}`)[0]?.data as {
      baseVersion: number
      guide: { materials: { value: Array<{ name: string; originals: unknown }> } }
    }
    expect(body.baseVersion).toBe(guide.version)
    const names = body.guide.materials.value.map((m) => m.name)
    expect(names.at(-2)).toBe('户口簿')
    expect(body.guide.materials.value.at(-2)?.originals).toEqual({ status: 'known', value: 1 })
    expect(screen.getAllByTestId('guide-revision-change').map((line) => line.textContent)).toEqual([
      '· 新增材料“户口簿”',
      '· 调整材料顺序',
    ])
  })

  it('marks a whole part 待确认, restores the rows when unticked, and publishes the marker', async () => {
    routeApi({ [`GET ${ROUTE}`]: answer(200, DETAIL), [`PUT ${ROUTE}`]: answer(200, DETAIL) })
    render(<GuideEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('guide-form-tab-materials'))
    fireEvent.click(screen.getByTestId('materials-pending'))
    expect(screen.queryByTestId('materials-value')).toBeNull()
    // Unticking brings back what was there.
    fireEvent.click(screen.getByTestId('materials-pending'))
    expect(screen.getAllByTestId('materials-value-row')).toHaveLength(materialCount)
    fireEvent.click(screen.getByTestId('materials-pending'))
    typeInto('materials-note', '窗口正在调整材料')
    typeInto('guide-summary', '材料待确认')
    fireEvent.click(screen.getByTestId('guide-publish'))
    await flush()
    const body = requestsTo(`PUT ${ROUTE}`)[0]?.data as { guide: { materials: unknown } }
    expect(body.guide.materials).toEqual({ status: 'pending', note: '窗口正在调整材料' })
  })

  it('keeps each row its own remembered values when rows move', async () => {
    routeApi({ [`GET ${ROUTE}`]: answer(200, DETAIL) })
    render(<GuideEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('guide-form-tab-materials'))
    fireEvent.click(screen.getByTestId('materials-value-0-copies-pending'))
    typeInto('materials-value-0-copies-value', '3')
    fireEvent.click(screen.getByTestId('materials-value-0-copies-pending')) // back to 待确认
    fireEvent.click(screen.getByTestId('materials-value-add'))
    fireEvent.click(screen.getByTestId(`materials-value-${materialCount}-up`))
    // The new row, now first, never had a count: unticking offers 1, not the other row's 3.
    fireEvent.click(screen.getByTestId(`materials-value-${materialCount - 1}-copies-pending`))
    expect(
      screen.getByTestId(`materials-value-${materialCount - 1}-copies-value`).getAttribute('value'),
    ).toBe('1')
    // The old row, now second, still remembers its 3.
    fireEvent.click(screen.getByTestId(`materials-value-${materialCount}-copies-pending`))
    expect(
      screen.getByTestId(`materials-value-${materialCount}-copies-value`).getAttribute('value'),
    ).toBe('3')
  })

  it('edits the 好差评 rules as rows under fixed levels', async () => {
    routeApi({ [`GET ${ROUTE}`]: answer(200, DETAIL), [`PUT ${ROUTE}`]: answer(200, DETAIL) })
    render(<GuideEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('guide-form-tab-rating'))
    expect(screen.getByTestId('guide-form-section-rating').textContent).toContain(
      '评价等级：非常满意、满意、基本满意、不满意、非常不满意',
    )
    const rules = screen.getAllByTestId('rating-value-rules-row')
    fireEvent.click(screen.getByTestId(`rating-value-rules-${rules.length - 1}-remove`))
    typeInto('guide-summary', '删去一条评价规则')
    fireEvent.click(screen.getByTestId('guide-publish'))
    await flush()
    const body = requestsTo(`PUT ${ROUTE}`)[0]?.data as {
      guide: { rating: { value: { rules: string[] } } }
    }
    expect(body.guide.rating.value.rules).toHaveLength(rules.length - 1)
  })
})
