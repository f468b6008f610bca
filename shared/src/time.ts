const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * An instant as ISO 8601 in Beijing time with its offset ("2025-09-30T10:00:00.000+08:00"),
 * the form the API uses so that dates read the same to staff in China and to machines.
 */
export function toBeijingIsoString(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().replace('Z', '+08:00')
}
