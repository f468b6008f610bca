const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * An instant as ISO 8601 in Beijing time with its offset ("2025-09-30T10:00:00.000+08:00"),
 * the form the API uses so that dates read the same to staff in China and to machines.
 */
export function toBeijingIsoString(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().replace('Z', '+08:00')
}

/** An instant as Beijing wall-clock time to the minute ("2025-09-30 10:00"), as a spreadsheet reads it. */
export function toBeijingMinuteString(instant: Date): string {
  return toBeijingIsoString(instant).slice(0, 16).replace('T', ' ')
}

/**
 * The instant's Beijing wall-clock time as a zone-less date value: a Date whose UTC fields are
 * the Beijing date and time. Spreadsheet cells have no time zone, so this is what makes a cell
 * show 10:00 for 10:00 in Beijing whatever zone the reader's computer is in.
 */
export function beijingWallClock(instant: Date): Date {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS)
}
