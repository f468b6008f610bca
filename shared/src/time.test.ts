import { beijingWallClock, toBeijingIsoString, toBeijingMinuteString } from './time'

describe('Beijing time for people and spreadsheets', () => {
  const lateEvening = new Date('2026-03-02T15:30:45.000Z') // 23:30 in Beijing

  it('writes the ISO form with its offset', () => {
    expect(toBeijingIsoString(lateEvening)).toBe('2026-03-02T23:30:45.000+08:00')
  })

  it('writes wall-clock time to the minute, on the Beijing date', () => {
    expect(toBeijingMinuteString(lateEvening)).toBe('2026-03-02 23:30')
    expect(toBeijingMinuteString(new Date('2026-03-02T16:05:00.000Z'))).toBe('2026-03-03 00:05')
  })

  it('gives a zone-less value whose UTC fields are the Beijing date and time', () => {
    const wall = beijingWallClock(lateEvening)
    expect([wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes()]).toEqual([2, 23, 30])
  })
})
