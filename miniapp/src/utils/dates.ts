/** "2025-10-09" → "2025年10月9日" (a calendar date of the API, read as written: no time zone). */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}
