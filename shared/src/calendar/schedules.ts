import { fromEpochDay, toEpochDay, type IsoDate } from './dates'

/** The official notice a year's schedule comes from (国务院办公厅关于某年部分节假日安排的通知). */
export interface YearNotice {
  /** Document number, e.g. '国办发明电〔2024〕12号'; null when it is not known to us. */
  number: string | null
  title?: string
  issuedOn: IsoDate
}

/**
 * One year's official schedule: the days off (放假, weekends inside a holiday included, as the
 * notice writes them) and the weekend days that are worked instead (调休上班).
 */
export interface YearSchedule {
  year: number
  restDays: IsoDate[]
  makeUpWorkingDays: IsoDate[]
  notice: YearNotice
}

/** Every date from `first` to `last` inclusive, as a notice writes "2月10日至17日放假". */
function through(first: IsoDate, last: IsoDate = first): IsoDate[] {
  const dates: IsoDate[] = []
  for (let day = toEpochDay(first); day <= toEpochDay(last); day += 1) {
    dates.push(fromEpochDay(day))
  }
  return dates
}

/**
 * The schedules that ship with the code, transcribed from the notices. An operator can load a
 * newer version of a year (or a new year) at run time; see yearScheduleSchema.
 */
export const SHIPPED_SCHEDULES: readonly YearSchedule[] = [
  {
    year: 2024,
    notice: {
      number: '国办发明电〔2023〕7号',
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      issuedOn: '2023-10-25',
    },
    restDays: [
      ...through('2024-01-01'), // 元旦
      ...through('2024-02-10', '2024-02-17'), // 春节
      ...through('2024-04-04', '2024-04-06'), // 清明节
      ...through('2024-05-01', '2024-05-05'), // 劳动节
      ...through('2024-06-10'), // 端午节
      ...through('2024-09-15', '2024-09-17'), // 中秋节
      ...through('2024-10-01', '2024-10-07'), // 国庆节
    ],
    makeUpWorkingDays: [
      '2024-02-04', // 春节
      '2024-02-18', // 春节
      '2024-04-07', // 清明节
      '2024-04-28', // 劳动节
      '2024-05-11', // 劳动节
      '2024-09-14', // 中秋节
      '2024-09-29', // 国庆节
      '2024-10-12', // 国庆节
    ],
  },
  {
    year: 2025,
    notice: {
      number: '国办发明电〔2024〕12号',
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      issuedOn: '2024-11-12',
    },
    restDays: [
      ...through('2025-01-01'), // 元旦
      ...through('2025-01-28', '2025-02-04'), // 春节
      ...through('2025-04-04', '2025-04-06'), // 清明节
      ...through('2025-05-01', '2025-05-05'), // 劳动节
      ...through('2025-05-31', '2025-06-02'), // 端午节
      ...through('2025-10-01', '2025-10-08'), // 国庆节、中秋节
    ],
    makeUpWorkingDays: [
      '2025-01-26', // 春节
      '2025-02-08', // 春节
      '2025-04-27', // 劳动节
      '2025-09-28', // 国庆节、中秋节
      '2025-10-11', // 国庆节、中秋节
    ],
  },
  {
    year: 2026,
    notice: {
      // The document number of this notice is not known to us; the dates are.
      number: null,
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      issuedOn: '2025-11-04',
    },
    restDays: [
      ...through('2026-01-01', '2026-01-03'), // 元旦
      ...through('2026-02-15', '2026-02-23'), // 春节
      ...through('2026-04-04', '2026-04-06'), // 清明节
      ...through('2026-05-01', '2026-05-05'), // 劳动节
      ...through('2026-06-19', '2026-06-21'), // 端午节
      ...through('2026-09-25', '2026-09-27'), // 中秋节
      ...through('2026-10-01', '2026-10-07'), // 国庆节
    ],
    makeUpWorkingDays: [
      '2026-01-04', // 元旦
      '2026-02-14', // 春节
      '2026-02-28', // 春节
      '2026-05-09', // 劳动节
      '2026-09-20', // 国庆节
      '2026-10-10', // 国庆节
    ],
  },
]

/**
 * Month-days that the 全国年节及纪念日放假办法 itself fixes as rest days, used for years whose
 * notice is not known. Only Gregorian dates: the lunar holidays (春节, 清明, 端午, 中秋) would
 * need a lunar calendar, and their exact days off are decided by each year's notice anyway.
 * The 2024 revision (in force from 2025) added 5月2日. Years before 2008 are not modelled.
 */
const LAW_FIXED_REST_DAYS: ReadonlyArray<{ fromYear: number; monthDays: readonly string[] }> = [
  { fromYear: 2025, monthDays: ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'] },
  { fromYear: Number.NEGATIVE_INFINITY, monthDays: ['01-01', '05-01', '10-01', '10-02', '10-03'] },
]

/** The rest days the law fixes in `year`: what is certain before the year's notice is issued. */
export function lawFixedRestDays(year: number): IsoDate[] {
  const rule = LAW_FIXED_REST_DAYS.find((r) => year >= r.fromYear)
  const yyyy = String(year).padStart(4, '0')
  return (rule?.monthDays ?? []).map((monthDay) => `${yyyy}-${monthDay}`)
}
