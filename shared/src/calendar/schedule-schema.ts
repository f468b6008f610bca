import { z } from 'zod'
import { isIsoDate, isWeekend, parseIsoDate, weekdayName, type IsoDate } from './dates'
import type { YearSchedule } from './schedules'

/** One thing wrong with a schedule, with where it is ('restDays.3'). */
export interface ScheduleProblem {
  path: Array<string | number>
  message: string
}

/**
 * Consistency problems any schedule must be free of before a calendar can use it: every date
 * real and inside the year, no date listed twice, no date both a rest day and a make-up day.
 */
export function scheduleProblems(schedule: YearSchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = []
  const { year } = schedule
  const lists = [
    { key: 'restDays', label: '放假日期', dates: schedule.restDays },
    { key: 'makeUpWorkingDays', label: '调休上班日期', dates: schedule.makeUpWorkingDays },
  ] as const
  const seen = new Map<IsoDate, string>()
  for (const { key, label, dates } of lists) {
    dates.forEach((date, i) => {
      const path = [key, i]
      if (!isIsoDate(date)) {
        problems.push({
          path,
          message: `${label} ${String(date)} 不是有效的日期（格式如 ${year}-01-01）`,
        })
      } else if (!date.startsWith(`${String(year).padStart(4, '0')}-`)) {
        problems.push({ path, message: `${label} ${date} 不在 ${year} 年内` })
      } else if (seen.get(date) === label) {
        problems.push({ path, message: `${label} ${date} 重复列出` })
      } else if (seen.has(date)) {
        problems.push({ path, message: `${date} 不能既是放假日期又是调休上班日期` })
      } else {
        seen.set(date, label)
      }
    })
  }
  return problems
}

/**
 * Further checks for a schedule an operator loads, which must match an official notice: a
 * make-up working day is always a Saturday or Sunday (a weekday needs no make-up), 元旦 (1 January)
 * is always a rest day by law, and the notice must be issued before the year is over.
 */
function noticeProblems(schedule: YearSchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = []
  const { year } = schedule
  schedule.makeUpWorkingDays.forEach((date, i) => {
    const day = parseIsoDate(date)
    if (!Number.isNaN(day) && !isWeekend(day)) {
      problems.push({
        path: ['makeUpWorkingDays', i],
        message: `调休上班日期 ${date} 是${weekdayName(day)}；调休上班日只能是星期六或星期日`,
      })
    }
  })
  const newYearsDay = `${year}-01-01`
  if (!schedule.restDays.includes(newYearsDay)) {
    problems.push({
      path: ['restDays'],
      message: `放假日期应包含元旦 ${newYearsDay}（法定节假日）`,
    })
  }
  if (schedule.notice.issuedOn > `${year}-12-31`) {
    problems.push({
      path: ['notice', 'issuedOn'],
      message: `通知发布日期 ${schedule.notice.issuedOn} 晚于 ${year} 年年底`,
    })
  }
  return problems
}

const isoDate = (what: string) =>
  z
    .string({ error: `${what}须为 YYYY-MM-DD 格式的日期` })
    .refine(isIsoDate, { message: `${what}须为有效的日期，格式如 2026-02-14` })

/**
 * A year's schedule as an operator loads it (file or request body), checked against what an
 * official notice can say. Unlike shipped data, a loaded schedule must name its notice's number.
 * Dates come out sorted.
 */
export const yearScheduleSchema = z
  .object(
    {
      year: z
        .number({ error: '年份须为数字，如 2027' })
        .int('年份须为整数，如 2027')
        .min(2000, '年份须在 2000 到 2100 之间')
        .max(2100, '年份须在 2000 到 2100 之间'),
      // Each date is checked by scheduleProblems below, which also reports it as not in the year.
      restDays: z.array(z.string({ error: '放假日期须为 YYYY-MM-DD 格式的日期' }), {
        error: '放假日期须为日期列表',
      }),
      makeUpWorkingDays: z.array(z.string({ error: '调休上班日期须为 YYYY-MM-DD 格式的日期' }), {
        error: '调休上班日期须为日期列表（没有调休时填 []）',
      }),
      notice: z.object(
        {
          number: z
            .string({ error: '请填写通知文号，如 国办发明电〔2024〕12号' })
            .trim()
            .min(1, '请填写通知文号，如 国办发明电〔2024〕12号'),
          title: z
            .string({ error: '通知标题须为文字' })
            .trim()
            .min(1, '通知标题不能为空')
            .optional(),
          issuedOn: isoDate('通知发布日期'),
        },
        { error: '请填写通知信息（文号、发布日期）' },
      ),
    },
    { error: '节假日安排须为 JSON 对象' },
  )
  .superRefine((schedule, ctx) => {
    for (const problem of [...scheduleProblems(schedule), ...noticeProblems(schedule)]) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message })
    }
  })
  .transform((schedule) => ({
    ...schedule,
    restDays: [...schedule.restDays].sort(),
    makeUpWorkingDays: [...schedule.makeUpWorkingDays].sort(),
  }))

/** A schedule that passed yearScheduleSchema. */
export type LoadedYearSchedule = z.output<typeof yearScheduleSchema>
