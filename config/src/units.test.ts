import { findUnit, unitName, UNITS } from './units'

describe('unitName', () => {
  it('gives the official name of every unit code', () => {
    for (const unit of UNITS) expect(unitName(unit.code)).toBe(findUnit(unit.code)?.name)
    expect(unitName('social-insurance')).toBe('市社保局')
  })

  it('gives nothing for what is not a unit code, so the caller chooses the fallback', () => {
    expect(unitName('unassigned')).toBeUndefined()
    expect(unitName(undefined)).toBeUndefined()
    expect(unitName(42)).toBeUndefined()
  })
})
