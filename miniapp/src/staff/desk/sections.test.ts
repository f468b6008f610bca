import { signedInText, staffSections } from './sections'

describe('staff sections', () => {
  it('follows the shared permissions: the office and admin publish and edit guides', () => {
    const keys = (role: 'handler' | 'unit-head' | 'office' | 'admin', unit?: string) =>
      staffSections({ role, unit }).map((section) => section.key)
    expect(keys('office')).toEqual(['inbox', 'intake', 'publications', 'guides', 'dashboard'])
    expect(keys('admin')).toEqual(['inbox', 'intake', 'publications', 'guides', 'dashboard'])
    expect(keys('handler', 'employment')).toEqual(['inbox', 'dashboard'])
    // The 信访窗口 records what reaches its window (代录入), its head included.
    expect(keys('handler', 'petition')).toEqual(['inbox', 'intake', 'dashboard'])
    expect(keys('unit-head', 'petition')).toEqual(['inbox', 'intake', 'dashboard'])
  })

  it('says who is signed in once, without brackets around brackets', () => {
    expect(signedInText({ displayName: '王芳', role: 'office' })).toBe('王芳 · 办公室')
    expect(signedInText({ displayName: '办公室（演示）', role: 'office' })).toBe(
      '办公室（演示） · 办公室',
    )
    expect(signedInText({ displayName: '办公室', role: 'office' })).toBe('办公室')
    expect(signedInText({ displayName: ' ', role: 'handler' })).toBe('经办人')
  })
})
