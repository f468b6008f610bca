import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { toFieldErrors } from '../schemas/error'
import { fromEpochDay, toEpochDay } from './dates'
import { isWorkingDay } from './index'
import { yearScheduleSchema } from './schedule-schema'
import { lawFixedRestDays, SHIPPED_SCHEDULES, type YearSchedule } from './schedules'

/**
 * The official schedules, written out again from the notices independently of schedules.ts:
 * 'MM-DD' or 'MM-DD…MM-DD' (inclusive).
 */
const NOTICES: Record<number, { rest: string[]; makeUp: string[] }> = {
  // 国办发明电〔2023〕7号, issued 2023-10-25
  2024: {
    rest: [
      '01-01',
      '02-10…02-17',
      '04-04…04-06',
      '05-01…05-05',
      '06-10',
      '09-15…09-17',
      '10-01…10-07',
    ],
    makeUp: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  // 国办发明电〔2024〕12号, issued 2024-11-12
  2025: {
    rest: ['01-01', '01-28…02-04', '04-04…04-06', '05-01…05-05', '05-31…06-02', '10-01…10-08'],
    makeUp: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  // Issued 2025-11-04; document number not known to us.
  2026: {
    rest: [
      '01-01…01-03',
      '02-15…02-23',
      '04-04…04-06',
      '05-01…05-05',
      '06-19…06-21',
      '09-25…09-27',
      '10-01…10-07',
    ],
    makeUp: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
}

function expand(year: number, entries: string[]): Set<string> {
  const dates = new Set<string>()
  for (const entry of entries) {
    const [first, last = first] = entry.split('…')
    const to = toEpochDay(`${year}-${last}`)
    for (let day = toEpochDay(`${year}-${first}`); day <= to; day += 1) dates.add(fromEpochDay(day))
  }
  return dates
}

/** Every date of `year`. */
function daysOf(year: number): string[] {
  const days: string[] = []
  for (let day = toEpochDay(`${year}-01-01`); day <= toEpochDay(`${year}-12-31`); day += 1) {
    days.push(fromEpochDay(day))
  }
  return days
}

/**
 * chinese-days' answer (isWorkday) for every day of 2024–2026, computed in a child process in
 * Asia/Shanghai: the package builds its holiday table with local-time getters, so in a zone west
 * of UTC (America/…) every one of its answers is a day off. Our calendar has no such dependency.
 */
async function chineseDaysWorkdays(): Promise<Record<string, boolean>> {
  const root = path.resolve(__dirname, '../../..')
  const script = `
    const { isWorkday } = require('chinese-days')
    const answers = {}
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86400000) {
      const date = new Date(t).toISOString().slice(0, 10)
      answers[date] = isWorkday(date)
    }
    process.stdout.write(JSON.stringify(answers))
  `
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', TZ: 'Asia/Shanghai' },
  })
  return JSON.parse(stdout) as Record<string, boolean>
}

let chineseDays: Record<string, boolean>
beforeAll(async () => {
  chineseDays = await chineseDaysWorkdays()
}, 30_000)

/**
 * Days on which chinese-days 1.5.7 disagrees with the notices above. None as of this writing;
 * if the package is updated and a day appears here, the notices (above) are what counts.
 */
const CHINESE_DAYS_DISAGREEMENTS: string[] = []

describe.each([2024, 2025, 2026])('the shipped schedule of %i', (year) => {
  const shipped = SHIPPED_SCHEDULES.find((s) => s.year === year) as YearSchedule
  const rest = expand(year, NOTICES[year]!.rest)
  const makeUp = expand(year, NOTICES[year]!.makeUp)

  it('lists exactly the days of the notice', () => {
    expect(new Set(shipped.restDays)).toEqual(rest)
    expect(shipped.restDays).toHaveLength(rest.size)
    expect(new Set(shipped.makeUpWorkingDays)).toEqual(makeUp)
    expect(shipped.makeUpWorkingDays).toHaveLength(makeUp.size)
  })

  it('gives every day of the year the status the notice says', () => {
    for (const date of daysOf(year)) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
      const expected = makeUp.has(date) || (weekday >= 1 && weekday <= 5 && !rest.has(date))
      expect([date, isWorkingDay(date)]).toEqual([date, expected])
    }
  })

  it('agrees with chinese-days on every day of the year', () => {
    const days = daysOf(year)
    expect(days.filter((date) => chineseDays[date] === undefined)).toEqual([])
    const disagreements = days.filter((date) => chineseDays[date] !== isWorkingDay(date))
    expect(disagreements).toEqual(CHINESE_DAYS_DISAGREEMENTS.filter((d) => d.startsWith(`${year}`)))
  })

  it('would pass the load validation once its notice number is filled in', () => {
    const withNumber = {
      ...shipped,
      notice: { ...shipped.notice, number: shipped.notice.number ?? '测试用文号' },
    }
    expect(yearScheduleSchema.safeParse(withNumber).success).toBe(true)
  })
})

describe('the fallback for a year without a schedule', () => {
  it('keeps the Gregorian days the law fixes', () => {
    expect(lawFixedRestDays(2027)).toEqual([
      '2027-01-01',
      '2027-05-01',
      '2027-05-02',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ])
    // 5月2日 became a holiday by the 2024 revision, in force from 2025.
    expect(lawFixedRestDays(2023)).not.toContain('2023-05-02')
    expect(lawFixedRestDays(2023)).toContain('2023-01-01')
  })
})

describe('yearScheduleSchema', () => {
  const valid2026 = {
    year: 2026,
    restDays: [...SHIPPED_SCHEDULES[2]!.restDays],
    makeUpWorkingDays: [...SHIPPED_SCHEDULES[2]!.makeUpWorkingDays],
    notice: { number: '测试用文号〔2025〕1号', issuedOn: '2025-11-04' },
  }

  function messages(input: unknown): string[] {
    const result = yearScheduleSchema.safeParse(input)
    if (result.success) return []
    return toFieldErrors(result.error).map((e) => `${e.field}: ${e.message}`)
  }

  it('accepts a valid 2026 schedule and sorts its dates', () => {
    const shuffled = { ...valid2026, restDays: [...valid2026.restDays].reverse() }
    const result = yearScheduleSchema.parse(shuffled)
    expect(result.restDays).toEqual([...valid2026.restDays].sort())
    expect(result.notice.number).toBe('测试用文号〔2025〕1号')
  })

  it('refuses a date outside the year', () => {
    expect(messages({ ...valid2026, restDays: [...valid2026.restDays, '2027-01-01'] })).toEqual([
      `restDays.${valid2026.restDays.length}: 放假日期 2027-01-01 不在 2026 年内`,
    ])
  })

  it('refuses a day that is both a rest day and a make-up working day', () => {
    expect(messages({ ...valid2026, makeUpWorkingDays: ['2026-02-15'] })).toEqual([
      'makeUpWorkingDays.0: 2026-02-15 不能既是放假日期又是调休上班日期',
    ])
  })

  it('refuses a missing, empty or null notice number', () => {
    for (const number of [undefined, '', '   ', null]) {
      expect(messages({ ...valid2026, notice: { number, issuedOn: '2025-11-04' } })).toEqual([
        'notice.number: 请填写通知文号，如 国办发明电〔2024〕12号',
      ])
    }
    expect(messages({ ...valid2026, notice: undefined })).toEqual([
      'notice: 请填写通知信息（文号、发布日期）',
    ])
  })

  it('refuses a make-up working day on a weekday', () => {
    expect(messages({ ...valid2026, makeUpWorkingDays: ['2026-02-13'] })).toEqual([
      'makeUpWorkingDays.0: 调休上班日期 2026-02-13 是星期五；调休上班日只能是星期六或星期日',
    ])
  })

  it('refuses duplicates, invalid dates and a schedule without 1 January', () => {
    expect(
      messages({
        ...valid2026,
        restDays: ['2026-02-15', '2026-02-15', '2026-02-30', 20260216],
      }),
    ).toEqual(['restDays.3: 放假日期须为 YYYY-MM-DD 格式的日期'])
    expect(
      messages({ ...valid2026, restDays: ['2026-02-15', '2026-02-15', '2026-02-30'] }),
    ).toEqual([
      'restDays.1: 放假日期 2026-02-15 重复列出',
      'restDays.2: 放假日期 2026-02-30 不是有效的日期（格式如 2026-01-01）',
      'restDays: 放假日期应包含元旦 2026-01-01（法定节假日）',
    ])
  })

  it('refuses a year outside 2000–2100 and a notice issued after the year', () => {
    expect(messages({ ...valid2026, year: 2101 })).toContain('year: 年份须在 2000 到 2100 之间')
    expect(messages({ ...valid2026, year: 2026.5 })[0]).toBe('year: 年份须为整数，如 2027')
    expect(messages({ ...valid2026, year: '2026' })).toEqual(['year: 年份须为数字，如 2027'])
    expect(messages({ ...valid2026, notice: { number: '某号', issuedOn: '2027-01-05' } })).toEqual([
      'notice.issuedOn: 通知发布日期 2027-01-05 晚于 2026 年年底',
    ])
    expect(messages({ ...valid2026, notice: { number: '某号', issuedOn: '2025-11-31' } })).toEqual([
      'notice.issuedOn: 通知发布日期须为有效的日期，格式如 2026-02-14',
    ])
  })

  it('refuses what is not a schedule at all', () => {
    expect(messages(null)).toEqual(['(body): 节假日安排须为 JSON 对象'])
    expect(messages({ ...valid2026, makeUpWorkingDays: undefined })).toEqual([
      'makeUpWorkingDays: 调休上班日期须为日期列表（没有调休时填 []）',
    ])
  })
})
