import fc from 'fast-check'
import { fromEpochDay, toEpochDay } from './dates'
import {
  addWorkingDays,
  createWorkingCalendar,
  defaultCalendar,
  endOfBeijingDay,
  explainDeadline,
  isWorkingDay,
  replyDeadline,
  SHIPPED_SCHEDULES,
  workingDaysBetween,
  type YearSchedule,
} from './index'

/** An instant given as Beijing wall-clock time, 'YYYY-MM-DDTHH:mm'. */
const beijing = (wallClock: string) => new Date(`${wallClock}:00+08:00`)

/** A made-up schedule for 2027, for tests only (the real one is not known to us). */
const fictional2027: YearSchedule = {
  year: 2027,
  restDays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'],
  makeUpWorkingDays: ['2027-01-09'],
  notice: { number: '测试用文号〔2026〕1号', issuedOn: '2026-11-10' },
}

describe('replyDeadline: the worked examples', () => {
  it.each([
    ['2025-09-30T10:00', '2025-09-30', '2025-10-14'], // before the National Day holiday
    ['2025-10-04T10:00', '2025-10-04', '2025-10-14'], // received on an official rest day
    ['2026-02-13T10:00', '2026-02-13', '2026-02-27'], // 02-14 is a make-up working day
    ['2024-04-30T10:00', '2024-04-30', '2024-05-10'], // before the Labour Day holiday
  ])('received %s Beijing → due %s … %s', (received, receivedDate, dueDate) => {
    const deadline = replyDeadline(beijing(received))
    expect(deadline).toEqual({
      receivedDate,
      dueDate,
      dueAt: new Date(`${dueDate}T16:00:00.000Z`),
      provisional: false,
    })
  })

  it('ends at 24:00 Beijing time of the due date', () => {
    expect(replyDeadline(beijing('2025-09-30T10:00')).dueAt.toISOString()).toBe(
      '2025-10-14T16:00:00.000Z',
    )
    expect(replyDeadline(beijing('2026-02-13T10:00')).dueAt.toISOString()).toBe(
      '2026-02-27T16:00:00.000Z',
    )
  })
})

describe('replyDeadline: the day of receipt', () => {
  it('is the Beijing date of the instant (23:59 and 00:01 given in UTC)', () => {
    // 23:59 Beijing on 09-30 and 00:01 Beijing on 10-01: both end on 10-14 (10-01…10-08 off).
    expect(replyDeadline(new Date('2025-09-30T15:59:00Z'))).toMatchObject({
      receivedDate: '2025-09-30',
      dueDate: '2025-10-14',
    })
    expect(replyDeadline(new Date('2025-09-30T16:01:00Z'))).toMatchObject({
      receivedDate: '2025-10-01',
      dueDate: '2025-10-14',
    })
    // Here the minute matters: 23:59 on 02-12 counts 02-13 as the first working day.
    expect(replyDeadline(new Date('2026-02-12T15:59:00Z'))).toMatchObject({
      receivedDate: '2026-02-12',
      dueDate: '2026-02-26',
    })
    expect(replyDeadline(new Date('2026-02-12T16:01:00Z'))).toMatchObject({
      receivedDate: '2026-02-13',
      dueDate: '2026-02-27',
    })
  })

  it('is not counted when it is a make-up working day', () => {
    // Saturday 02-14 is worked; then 02-15…02-23 off; the fifth is Saturday 02-28, also worked.
    expect(replyDeadline(beijing('2026-02-14T09:00'))).toMatchObject({
      receivedDate: '2026-02-14',
      dueDate: '2026-02-28',
      provisional: false,
    })
  })

  it('follows the same rule when it is a rest day or a weekend', () => {
    // 02-11…02-17 off; Sunday 02-18 is worked, then 02-19…02-22.
    expect(replyDeadline(beijing('2024-02-10T08:00')).dueDate).toBe('2024-02-22')
    expect(replyDeadline(beijing('2025-10-08T23:59')).dueDate).toBe('2025-10-14')
    expect(replyDeadline(beijing('2025-03-01T12:00')).dueDate).toBe('2025-03-07') // a Saturday
  })
})

describe('replyDeadline: year boundaries and years without a schedule', () => {
  it('crosses from 2024 into 2025 with certainty', () => {
    // 2025-01-01 is off; then 01-02, 01-03, 01-06, 01-07, 01-08.
    expect(replyDeadline(beijing('2024-12-31T10:00'))).toMatchObject({
      dueDate: '2025-01-08',
      provisional: false,
    })
  })

  it('is provisional when the period reaches 2027', () => {
    // 12-29, 12-30, 12-31, then 2027: 01-01 off by law, 01-04, 01-05.
    expect(replyDeadline(beijing('2026-12-28T10:00'))).toEqual({
      receivedDate: '2026-12-28',
      dueDate: '2027-01-05',
      dueAt: new Date('2027-01-05T16:00:00.000Z'),
      provisional: true,
    })
  })

  it('is provisional when the period starts in a year without data (2023)', () => {
    // 2023-12-30 and 12-31 are judged by the fallback rule; then 2024-01-01 is off.
    expect(replyDeadline(beijing('2023-12-29T10:00'))).toMatchObject({
      dueDate: '2024-01-08',
      provisional: true,
    })
  })

  it('is certain when only the day of receipt lies in a year without data', () => {
    expect(replyDeadline(beijing('2023-12-31T10:00'))).toMatchObject({
      receivedDate: '2023-12-31',
      dueDate: '2024-01-08',
      provisional: false,
    })
  })

  it('counts weekdays and the days the law fixes within 2027, provisionally', () => {
    expect(replyDeadline(beijing('2027-03-01T10:00'))).toMatchObject({
      dueDate: '2027-03-08',
      provisional: true,
    })
    // 10-01 (Friday) is off by law; 10-04…10-08 are the five working days.
    expect(replyDeadline(beijing('2027-09-30T10:00'))).toMatchObject({
      dueDate: '2027-10-08',
      provisional: true,
    })
    expect(replyDeadline(beijing('2030-12-31T10:00'))).toMatchObject({
      dueDate: '2031-01-08',
      provisional: true,
    })
  })

  it('becomes certain once the year is loaded', () => {
    const calendar = createWorkingCalendar([...SHIPPED_SCHEDULES, fictional2027])
    expect(calendar.replyDeadline(beijing('2026-12-28T10:00'))).toMatchObject({
      dueDate: '2027-01-06',
      provisional: false,
    })
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true)
    expect(calendar.hasYear(2027)).toBe(true)
    expect(defaultCalendar.hasYear(2027)).toBe(false)
  })
})

describe('a 20-working-day period across the Spring Festival 2026', () => {
  it('skips 02-15…02-23 and counts both make-up Saturdays', () => {
    const deadline = replyDeadline(beijing('2026-02-13T10:00'), 20)
    expect(deadline).toMatchObject({ dueDate: '2026-03-19', provisional: false })
    expect(workingDaysBetween('2026-02-13', '2026-03-19')).toBe(20)

    const explanation = explainDeadline(beijing('2026-02-13T10:00'), 20)
    expect(explanation.counted.map((d) => d.date).slice(0, 7)).toEqual([
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-02',
    ])
    expect(explanation.counted).toHaveLength(20)
    expect(explanation.counted.at(-1)).toMatchObject({ date: '2026-03-19', ordinal: 20 })
  })
})

describe('addWorkingDays', () => {
  it('returns the n-th working day strictly after the date', () => {
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09')
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28') // Sunday make-up working day
    expect(addWorkingDays('2024-02-09', 1)).toBe('2024-02-18')
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04')
    // 2024 has 251 working days, the last one 12-31.
    expect(addWorkingDays('2024-01-01', 251)).toBe('2024-12-31')
    expect(addWorkingDays('2024-01-01', 260)).toBe(addWorkingDays('2024-12-31', 9))
  })

  it('returns the date itself for n = 0, working day or not', () => {
    expect(addWorkingDays('2025-10-01', 0)).toBe('2025-10-01')
    expect(addWorkingDays('2025-09-30', 0)).toBe('2025-09-30')
  })

  it('crosses many years, known and unknown', () => {
    const due = addWorkingDays('2020-06-01', 2000)
    expect(workingDaysBetween('2020-06-01', due)).toBe(2000)
    expect(isWorkingDay(due)).toBe(true)
  })

  it('throws RangeError for a malformed date, a negative or fractional n', () => {
    expect(() => addWorkingDays('2025-02-29', 1)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-9-30', 1)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-09-30', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-09-30', 1.5)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-09-30', Number.NaN)).toThrow(RangeError)
    expect(() => addWorkingDays('9999-12-31', 1)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-09-30', 1e12)).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it('counts working days d with from < d ≤ to', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-14')).toBe(5)
    expect(workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0)
    expect(workingDaysBetween('2025-09-30', '2025-09-30')).toBe(0)
    // Whole years: 251 working days in 2024, 248 in 2025.
    expect(workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251)
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248)
    expect(workingDaysBetween('2023-12-31', '2025-12-31')).toBe(251 + 248)
  })

  it('is negative when to is before from', () => {
    expect(workingDaysBetween('2025-10-14', '2025-09-30')).toBe(-5)
    expect(Object.is(workingDaysBetween('2025-10-08', '2025-10-01'), 0)).toBe(true) // not -0
  })

  it('throws RangeError for a malformed date', () => {
    expect(() => workingDaysBetween('2025-09-31', '2025-10-14')).toThrow(RangeError)
  })
})

describe('isWorkingDay and the calendar object', () => {
  it('knows rest days, make-up days and ordinary days', () => {
    expect(isWorkingDay('2025-10-08')).toBe(false) // official rest day (Wednesday)
    expect(isWorkingDay('2025-10-11')).toBe(true) // make-up Saturday
    expect(isWorkingDay('2025-10-12')).toBe(false) // Sunday
    expect(isWorkingDay('2025-10-13')).toBe(true) // Monday
    expect(isWorkingDay('2027-01-01')).toBe(false) // 1 January, any year
    expect(isWorkingDay('2027-05-03')).toBe(true)
    expect(() => isWorkingDay('2025-10-32')).toThrow(RangeError)
  })

  it('lists its years and tells certain dates from provisional ones', () => {
    expect(defaultCalendar.years).toEqual([2024, 2025, 2026])
    expect(defaultCalendar.isCertain('2026-12-31')).toBe(true)
    expect(defaultCalendar.isCertain('2027-01-01')).toBe(false)
    expect(defaultCalendar.schedule(2025)?.notice.number).toBe('国办发明电〔2024〕12号')
    expect(defaultCalendar.schedule(2027)).toBeUndefined()
  })

  it('describes a day with its reason', () => {
    expect(defaultCalendar.describeDay('2026-02-14')).toEqual({
      date: '2026-02-14',
      weekday: '星期六',
      working: true,
      kind: 'make-up-working-day',
      reason: '调休上班（国务院办公厅关于2026年部分节假日安排的通知（2025-11-04 发布，文号未知））',
      notice: SHIPPED_SCHEDULES[2]!.notice,
      provisional: false,
    })
    expect(defaultCalendar.describeDay('2025-10-08')).toMatchObject({
      kind: 'official-rest-day',
      reason: '法定节假日放假（国办发明电〔2024〕12号）',
    })
  })

  it('is not affected by later changes to the schedules it was built from', () => {
    const schedule = { ...fictional2027, restDays: [...fictional2027.restDays] }
    const calendar = createWorkingCalendar([schedule])
    schedule.restDays.push('2027-03-01')
    calendar.schedule(2027)?.restDays.push('2027-03-02')
    expect(calendar.isWorkingDay('2027-03-01')).toBe(true)
    expect(calendar.schedule(2027)?.restDays).toEqual(fictional2027.restDays)
  })

  it('refuses inconsistent schedules', () => {
    expect(() => createWorkingCalendar([fictional2027, fictional2027])).toThrow(RangeError)
    expect(() => createWorkingCalendar([{ ...fictional2027, restDays: ['2028-01-01'] }])).toThrow(
      '不在 2027 年内',
    )
    expect(() =>
      createWorkingCalendar([{ ...fictional2027, makeUpWorkingDays: ['2027-01-04'] }]),
    ).toThrow('不能既是放假日期又是调休上班日期')
    expect(() => createWorkingCalendar([{ ...fictional2027, year: 2027.5 }])).toThrow(RangeError)
  })

  it('works with no schedule at all, everything provisional', () => {
    const calendar = createWorkingCalendar([])
    expect(calendar.replyDeadline(beijing('2025-09-30T10:00'))).toMatchObject({
      dueDate: '2025-10-10', // 10-01…10-03 by law, then 10-06…10-10
      provisional: true,
    })
  })
})

describe('replyDeadline: input checks', () => {
  it('throws RangeError for an invalid instant or period', () => {
    expect(() => replyDeadline(new Date('nonsense'))).toThrow(RangeError)
    expect(() => replyDeadline(beijing('2025-09-30T10:00'), 0)).toThrow(RangeError)
    expect(() => replyDeadline(beijing('2025-09-30T10:00'), 2.5)).toThrow(RangeError)
  })
})

describe('explainDeadline', () => {
  it('lists counted and skipped days with reasons and the notices used', () => {
    const explanation = explainDeadline(beijing('2025-09-30T10:00'))
    expect(explanation).toMatchObject({
      receivedDate: '2025-09-30',
      workingDays: 5,
      dueDate: '2025-10-14',
      provisional: false,
      receivedDay: { date: '2025-09-30', working: true, kind: 'weekday' },
    })
    expect(explanation.dueAt.toISOString()).toBe('2025-10-14T16:00:00.000Z')
    expect(explanation.rule).toContain('收到当日（北京时间 2025-09-30）不计')
    expect(explanation.counted.map((d) => [d.ordinal, d.date, d.kind])).toEqual([
      [1, '2025-10-09', 'weekday'],
      [2, '2025-10-10', 'weekday'],
      [3, '2025-10-11', 'make-up-working-day'],
      [4, '2025-10-13', 'weekday'],
      [5, '2025-10-14', 'weekday'],
    ])
    expect(explanation.counted[2]).toMatchObject({
      weekday: '星期六',
      reason: '调休上班（国办发明电〔2024〕12号）',
      notice: { number: '国办发明电〔2024〕12号', issuedOn: '2024-11-12' },
    })
    expect(explanation.skipped.map((d) => [d.date, d.kind])).toEqual([
      ['2025-10-01', 'official-rest-day'],
      ['2025-10-02', 'official-rest-day'],
      ['2025-10-03', 'official-rest-day'],
      ['2025-10-04', 'official-rest-day'],
      ['2025-10-05', 'official-rest-day'],
      ['2025-10-06', 'official-rest-day'],
      ['2025-10-07', 'official-rest-day'],
      ['2025-10-08', 'official-rest-day'],
      ['2025-10-12', 'weekend'],
    ])
    expect(explanation.skipped[0]?.reason).toBe('法定节假日放假（国办发明电〔2024〕12号）')
    expect(explanation.sources).toEqual([
      {
        year: 2025,
        notice: SHIPPED_SCHEDULES[1]!.notice,
        note: '按国办发明电〔2024〕12号',
      },
    ])
  })

  it('marks the days of a year without a schedule as provisional', () => {
    const explanation = explainDeadline(beijing('2026-12-28T10:00'))
    expect(explanation.provisional).toBe(true)
    expect(explanation.skipped[0]).toMatchObject({
      date: '2027-01-01',
      kind: 'law-fixed-rest-day',
      provisional: true,
    })
    expect(explanation.skipped[0]?.reason).toContain('2027 年放假安排尚未公布')
    expect(explanation.sources.map((s) => [s.year, s.notice === null])).toEqual([
      [2026, false],
      [2027, true],
    ])
  })

  it('is plain data that survives JSON', () => {
    const explanation = explainDeadline(beijing('2026-02-13T10:00'))
    const json = JSON.parse(JSON.stringify(explanation))
    expect(json.dueAt).toBe('2026-02-27T16:00:00.000Z')
    expect(json.counted).toHaveLength(5)
  })
})

describe('properties', () => {
  const FIRST = toEpochDay('2022-01-01')
  const LAST = toEpochDay('2029-12-31')
  const anyDate = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay)
  const anyCount = fc.integer({ min: 1, max: 60 })
  const anyInstant = fc.date({
    min: new Date('2022-01-01T00:00:00Z'),
    max: new Date('2029-12-31T00:00:00Z'),
    noInvalidDate: true,
  })

  /** The plain definition, day by day, to check the indexed implementation against. */
  function naiveAdd(date: string, n: number): string {
    let day = toEpochDay(date)
    for (let counted = 0; counted < n;) {
      day += 1
      if (isWorkingDay(fromEpochDay(day))) counted += 1
    }
    return fromEpochDay(day)
  }

  it('addWorkingDays matches counting day by day, lands on a working day, and inverts workingDaysBetween', () => {
    fc.assert(
      fc.property(anyDate, anyCount, (date, n) => {
        const due = addWorkingDays(date, n)
        expect(due).toBe(naiveAdd(date, n))
        expect(isWorkingDay(due)).toBe(true)
        expect(due > date).toBe(true)
        expect(workingDaysBetween(date, due)).toBe(n)
        expect(workingDaysBetween(due, date)).toBe(-n)
      }),
      { numRuns: 1000 },
    )
  })

  it('workingDaysBetween adds up over consecutive intervals', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c))
      }),
      { numRuns: 500 },
    )
  })

  it('replyDeadline is after the receipt, ends at 24:00 Beijing, and is monotonic in receivedAt', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyCount, (t1, t2, n) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1]
        const a = replyDeadline(early, n)
        const b = replyDeadline(late, n)
        expect(a.dueDate > a.receivedDate).toBe(true)
        expect(a.dueAt.getTime()).toBe(endOfBeijingDay(a.dueDate).getTime())
        expect(a.dueAt.getTime()).toBeGreaterThan(early.getTime())
        expect(a.dueDate <= b.dueDate).toBe(true)
        expect(workingDaysBetween(a.receivedDate, a.dueDate)).toBe(n)
      }),
      { numRuns: 1000 },
    )
  })

  it('replyDeadline is provisional exactly when the period touches a year without a schedule', () => {
    fc.assert(
      fc.property(anyInstant, anyCount, (t, n) => {
        const { receivedDate, dueDate, provisional } = replyDeadline(t, n)
        const firstDay = fromEpochDay(toEpochDay(receivedDate) + 1)
        const touchesUnknown = firstDay < '2024-01-01' || dueDate > '2026-12-31'
        expect(provisional).toBe(touchesUnknown)
      }),
      { numRuns: 1000 },
    )
  })
})
