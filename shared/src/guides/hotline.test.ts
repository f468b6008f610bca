import { dialString, NATIONAL_HOTLINE } from './hotline'
import { phoneLineSchema } from './schema'

describe('phone numbers as dialled', () => {
  it.each([
    ['12333', '12333'],
    ['0857-8221234', '08578221234'],
    ['(0857) 822 1234', '08578221234'],
    ['400-123-4567', '4001234567'],
  ])('%s → %s', (shown, dialled) => {
    expect(dialString(shown)).toBe(dialled)
  })

  it('keeps the national hotline a valid phone line', () => {
    expect(phoneLineSchema.parse(NATIONAL_HOTLINE)).toEqual(NATIONAL_HOTLINE)
    expect(dialString(NATIONAL_HOTLINE.number)).toBe('12333')
  })
})
