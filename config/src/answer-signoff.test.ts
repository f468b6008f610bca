import { ANSWER_SIGNOFF, answerSignoffSchema } from './answer-signoff'

describe('answer sign-off configuration', () => {
  it('ships with no sign-off anywhere, so answers go out as before', () => {
    expect(ANSWER_SIGNOFF).toEqual({})
  })

  it('accepts a level per unit that answers messages', () => {
    const file = { units: { 'social-insurance': 'unit-head', 'labor-inspection': 'office' } }
    expect(answerSignoffSchema.parse(file).units).toEqual(file.units)
  })

  it.each([
    ['an unknown unit', { units: { 'no-such-unit': 'office' } }],
    ['an unknown level', { units: { legal: 'director' } }],
    ['no units', {}],
  ])('refuses %s', (_what, file) => {
    expect(answerSignoffSchema.safeParse(file).success).toBe(false)
  })
})
