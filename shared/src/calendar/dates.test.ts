import fc from 'fast-check'
import {
  beijingDate,
  civilFromEpochDay,
  endOfBeijingDay,
  epochDayFromCivil,
  fromEpochDay,
  isIsoDate,
  parseIsoOrdinal,
  toEpochDay,
  weekdayName,
  weekdayOf,
} from './dates'

const DAY_MS = 86_400_000

describe('IsoDate parsing', () => {
  it.each(['2024-02-29', '2025-12-31', '0001-01-01', '9999-12-31', '2000-02-29'])(
    'accepts %s',
    (date) => {
      expect(isIsoDate(date)).toBe(true)
    },
  )

  it.each([
    '2025-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-04-00',
    '0000-01-01',
    '2025-1-01',
    '2025/01/01',
    '2025-01-01T00:00:00Z',
    ' 2025-01-01',
    '２０２５-01-01', // full-width digits
    '',
  ])('rejects %j', (date) => {
    expect(isIsoDate(date)).toBe(false)
    expect(() => toEpochDay(date)).toThrow(RangeError)
  })

  it('rejects what is not a string', () => {
    expect(isIsoDate(20250101)).toBe(false)
    expect(isIsoDate(null)).toBe(false)
    expect(isIsoDate(new Date())).toBe(false)
  })

  it('packs year and day of the year', () => {
    expect(parseIsoOrdinal('2024-01-01')).toBe(2024_000)
    expect(parseIsoOrdinal('2024-12-31')).toBe(2024_365)
    expect(parseIsoOrdinal('2025-03-01')).toBe(2025_059)
    expect(parseIsoOrdinal('2025-02-30')).toBe(-1)
  })
})

describe('epoch days', () => {
  it('agree with Date.UTC at known points', () => {
    expect(toEpochDay('1970-01-01')).toBe(0)
    expect(toEpochDay('2025-09-30')).toBe(Date.UTC(2025, 8, 30) / DAY_MS)
    expect(fromEpochDay(-1)).toBe('1969-12-31')
    expect(fromEpochDay(epochDayFromCivil(1, 1, 1))).toBe('0001-01-01')
  })

  it('round-trip through IsoDate and agree with Date for every day of years 1600–2400', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('1600-01-01'), max: toEpochDay('2400-12-31') }),
        (day) => {
          const iso = fromEpochDay(day)
          expect(iso).toBe(new Date(day * DAY_MS).toISOString().slice(0, 10))
          expect(toEpochDay(iso)).toBe(day)
          const [y, m, d] = civilFromEpochDay(day)
          expect(epochDayFromCivil(y, m, d)).toBe(day)
          expect(weekdayOf(day)).toBe(new Date(day * DAY_MS).getUTCDay())
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('refuses to format days outside years 0001–9999', () => {
    expect(() => fromEpochDay(toEpochDay('9999-12-31') + 1)).toThrow(RangeError)
    expect(() => fromEpochDay(toEpochDay('0001-01-01') - 1)).toThrow(RangeError)
    expect(() => fromEpochDay(0.5)).toThrow(RangeError)
  })

  it('names weekdays in Chinese', () => {
    expect(weekdayName(toEpochDay('2026-02-14'))).toBe('星期六')
    expect(weekdayName(toEpochDay('2025-09-29'))).toBe('星期一')
  })
})

describe('Beijing dates', () => {
  it('turn over at 16:00 UTC', () => {
    expect(beijingDate(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30')
    expect(beijingDate(new Date('2025-09-30T16:00:00.000Z'))).toBe('2025-10-01')
    expect(beijingDate(new Date('2025-09-30T00:00:00+08:00'))).toBe('2025-09-30')
    expect(beijingDate(new Date('2025-09-29T23:59:00-08:00'))).toBe('2025-09-30') // 15:59 Beijing
  })

  it('end at 24:00 Beijing, which is 16:00 UTC of the same date', () => {
    expect(endOfBeijingDay('2025-10-14').toISOString()).toBe('2025-10-14T16:00:00.000Z')
    expect(beijingDate(new Date(endOfBeijingDay('2025-10-14').getTime() - 1))).toBe('2025-10-14')
    expect(beijingDate(endOfBeijingDay('2025-10-14'))).toBe('2025-10-15')
  })

  it('refuse an invalid instant or date', () => {
    expect(() => beijingDate(new Date('not a date'))).toThrow(RangeError)
    expect(() => endOfBeijingDay('2025-02-29')).toThrow(RangeError)
  })
})
