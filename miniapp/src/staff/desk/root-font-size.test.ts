import { DESK_MIN_WIDTH, rootFontSize, rootFontSizeScript } from '../../../config/root-font-size'
import { DESK_MIN_WIDTH as APP_DESK_MIN_WIDTH } from './useDeskLayout'

describe('rootFontSize', () => {
  it('keeps Taro’s rule on phones: 40 × the shorter side / 750, between 20 and 40 px', () => {
    expect(rootFontSize(390, 844, '#/staff/inbox/index')).toBeCloseTo(20.8)
    expect(rootFontSize(300, 600, '#/pages/index/index')).toBe(20)
    expect(rootFontSize(900, 1200, '#/staff/inbox/index')).toBe(40)
  })

  it('gives the staff pages desk-sized text from DESK_MIN_WIDTH on (body 30 design px → 16 px)', () => {
    const root = rootFontSize(1280, 800, '#/staff/dashboard/index')
    expect((30 / 40) * root).toBeCloseTo(16)
    expect(rootFontSize(DESK_MIN_WIDTH, 800, '#/staff/inbox/index')).toBeCloseTo(64 / 3)
    expect(rootFontSize(DESK_MIN_WIDTH - 1, 800, '#/staff/inbox/index')).toBe(40)
  })

  it('agrees with the app on where the desk layout starts', () => {
    expect(APP_DESK_MIN_WIDTH).toBe(DESK_MIN_WIDTH)
  })

  it('leaves the citizen pages at desk width as they were', () => {
    expect(rootFontSize(1280, 800, '#/pages/index/index')).toBe(40)
    expect(rootFontSize(1280, 800, '')).toBe(40)
  })

  it('makes a script that sets the root size in the page', () => {
    const root = {
      style: { fontSize: '' },
      getBoundingClientRect: () => ({ width: 1280, height: 800 }),
    }
    const listeners: string[] = []
    const fakeWindow = {
      document: { documentElement: root },
      location: { hash: '#/staff/inbox/index' },
      addEventListener: (name: string) => listeners.push(name),
    }
    const script = rootFontSizeScript().replace(/\(window\);$/, '(fakeWindow);')
    new Function('fakeWindow', script)(fakeWindow)
    expect(parseFloat(root.style.fontSize)).toBeCloseTo(64 / 3)
    expect(listeners).toEqual(['resize', 'hashchange'])
  })
})
