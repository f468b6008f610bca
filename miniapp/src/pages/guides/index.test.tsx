import { fireEvent, render, screen } from '@testing-library/react'
import type { GuideListItem } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, typeInto } from '../../../test/ui'
import Guides from './index'

const LIST = 'GET /api/v1/guides'

function item(slug: string, shortName: string, theme: GuideListItem['theme']): GuideListItem {
  return {
    slug,
    seedItem: 73,
    officialName: `${shortName}（正式名称）`,
    shortName,
    theme,
    unit: 'social-insurance',
    unitName: '市社保局',
    version: 1,
    lastChangedOn: '2026-11-22',
    complete: false,
    partsVerified: 5,
    partsTotal: 7,
  }
}

describe('办事指南 list', () => {
  it('groups the services by theme and opens one', async () => {
    routeApi({
      [LIST]: answer(200, {
        items: [
          item('unemployment-benefit-claim', '失业保险金申领', 'social-insurance'),
          { ...item('talent-green-card', '人才服务绿卡', 'talent'), partsVerified: 0 },
          { ...item('retiree-pension', '养老金证明', 'social-insurance'), complete: true },
        ],
      }),
    })
    render(<Guides />)
    await flush()
    expect(screen.getByTestId('guides-theme-social-insurance').textContent).toContain('社保')
    expect(screen.getByTestId('guides-theme-talent').textContent).toContain('人才服务绿卡')
    expect(screen.queryByTestId('guides-theme-employment')).toBeNull()
    expect(screen.getAllByTestId('guide-row-completeness').map((n) => n.textContent)).toEqual([
      '已核实 5/7 部分',
      '已全部核实',
      '已核实 0/7 部分',
    ])
    fireEvent.click(screen.getAllByTestId('guide-row')[0]!)
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/pages/guides/detail?slug=unemployment-benefit-claim',
    })
  })

  it('searches and says when nothing matches', async () => {
    routeApi({ [LIST]: [answer(200, { items: [] }), answer(200, { items: [] })] })
    render(<Guides />)
    await flush()
    typeInto('guides-search', ' 养老 ')
    fireEvent.click(screen.getByTestId('guides-search-button'))
    await flush()
    expect(decodeURIComponent(requestsTo(LIST)[1]?.url ?? '')).toBe('/api/v1/guides?q=养老')
    expect(screen.getByTestId('guides-empty').textContent).toContain('12333')
  })
})
