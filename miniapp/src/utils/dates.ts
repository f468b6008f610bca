/** "2025-10-09" → "2025年10月9日" (a calendar date of the API, read as written: no time zone). */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}

/**
 * An instant of the API ("2025-09-30T10:00:00.000+08:00", or any ISO 8601 form) as Beijing
 * time: "2025年9月30日 10:00", whatever the device's time zone.
 */
export function formatBeijingDateTime(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const beijing = new Date(time + 8 * 60 * 60 * 1000)
  const hours = String(beijing.getUTCHours()).padStart(2, '0')
  const minutes = String(beijing.getUTCMinutes()).padStart(2, '0')
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${hours}:${minutes}`
}
