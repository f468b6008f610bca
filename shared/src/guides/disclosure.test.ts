import { defaultCalendar } from '../calendar'
import { disclosureStatus } from './disclosure'

describe('the 20-working-day disclosure rule', () => {
  it('is current with nothing pending', () => {
    expect(disclosureStatus(undefined, '2026-03-20', defaultCalendar)).toEqual({
      state: 'current',
    })
  })

  it('counts 20 working days from the day the change took effect, skipping holidays', () => {
    // In force Monday 2026-03-02: due Monday 2026-03-30 (no holiday in March 2026).
    expect(disclosureStatus('2026-03-02', '2026-03-02', defaultCalendar)).toEqual({
      state: 'on-track',
      dueDate: '2026-03-30',
      workingDaysLeft: 20,
    })
    // In force Thursday 2026-09-24: 20 weekdays would end on 2026-10-22; the National Day
    // holiday moves the due date later.
    const national = disclosureStatus('2026-09-24', '2026-09-24', defaultCalendar)
    expect(national.dueDate).toBe(defaultCalendar.addWorkingDays('2026-09-24', 20))
    expect(national.dueDate! > '2026-10-22').toBe(true)
  })

  it('warns 5 working days ahead and counts days overdue', () => {
    expect(disclosureStatus('2026-03-02', '2026-03-20', defaultCalendar).state).toBe('on-track')
    expect(disclosureStatus('2026-03-02', '2026-03-23', defaultCalendar)).toMatchObject({
      state: 'due-soon',
      workingDaysLeft: 5,
    })
    expect(disclosureStatus('2026-03-02', '2026-03-30', defaultCalendar)).toMatchObject({
      state: 'due-soon',
      workingDaysLeft: 0,
    })
    expect(disclosureStatus('2026-03-02', '2026-04-01', defaultCalendar)).toMatchObject({
      state: 'overdue',
      workingDaysLeft: -2,
    })
  })
})
