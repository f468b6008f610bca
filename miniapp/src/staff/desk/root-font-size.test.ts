import { DESK_MIN_WIDTH, rootFontSize, rootFontSizeScript } from '../../../config/root-font-size'
import { DESK_MIN_WIDTH as APP_DESK_MIN_WIDTH } from './useDeskLayout'

describe('rootFontSize', () => {
  it('keeps Taro’s rule on phones: 40 × the shorter side / 750, between 20 and 40 px', () => {
    expect(rootFontSize(390, 844, '#/staff/inbox/index').size).toBeCloseTo(20.8)
    expect(rootFontSize(390, 844, '#/staff/inbox/index').staffDesk).toBe(false)
    expect(rootFontSize(300, 600, '#/pages/index/index').size).toBe(20)
    expect(rootFontSize(900, 1200, '#/staff/inbox/index').size).toBe(40)
  })

  it('gives the staff pages desk-sized text from DESK_MIN_WIDTH on (30 design px → 16 px)', () => {
    const desk = rootFontSize(1280, 800, '#/staff/dashboard/index')
    expect(desk.staffDesk).toBe(true)
    expect((30 / 40) * desk.size).toBeCloseTo(16)
    expect(rootFontSize(DESK_MIN_WIDTH, 800, '#/staff/inbox/index').staffDesk).toBe(true)
    expect(rootFontSize(DESK_MIN_WIDTH - 1, 800, '#/staff/inbox/index')).toEqual({
      size: 40,
      staffDesk: false,
    })
  })

  it('agrees with the app on where the desk layout starts', () => {
    expect(APP_DESK_MIN_WIDTH).toBe(DESK_MIN_WIDTH)
  })

  it('leaves the citizen pages at desk width as they were', () => {
    expect(rootFontSize(1280, 800, '#/pages/index/index')).toEqual({ size: 40, staffDesk: false })
    expect(rootFontSize(1280, 800, '')).toEqual({ size: 40, staffDesk: false })
  })

  it('makes a script that follows the window and the router’s address changes', () => {
    const classes = new Set<string>()
    const root = {
      style: { fontSize: '' },
      classList: {
        toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)),
      },
      getBoundingClientRect: () => ({ width: 1280, height: 800 }),
    }
    const fakeWindow = {
      document: { documentElement: root },
      location: { hash: '#/pages/index/index' },
      history: {
        pushState(_state: unknown, _title: string, url: string) {
          fakeWindow.location.hash = url
        },
        replaceState(_state: unknown, _title: string, url: string) {
          fakeWindow.location.hash = url
        },
      },
      addEventListener: () => undefined,
    }
    const script = rootFontSizeScript().replace(/\(window\);$/, '(fakeWindow);')
    new Function('fakeWindow', script)(fakeWindow)
    expect(root.style.fontSize).toBe('40px')
    expect(classes.has('zm-staff-desk')).toBe(false)

    fakeWindow.history.pushState(null, '', '#/staff/inbox/index')
    expect(parseFloat(root.style.fontSize)).toBeCloseTo(64 / 3)
    expect(classes.has('zm-staff-desk')).toBe(true)

    fakeWindow.history.replaceState(null, '', '#/pages/index/index')
    expect(root.style.fontSize).toBe('40px')
    expect(classes.has('zm-staff-desk')).toBe(false)
  })
})
