import type { StaffMessageListItem } from '@zhengmin/shared'

/** A page of inbox rows as the inbox holds it. */
export interface InboxRows {
  items: StaffMessageListItem[]
  nextCursor: string | null
}

/**
 * The rows with the one of `message` replaced by it, where it stood (a message's staff detail is
 * one of its rows plus the rest of the record). Unchanged (the same object) when the message is
 * not among the rows, so nothing re-renders for nothing.
 */
export function withRowShown(rows: InboxRows, message: StaffMessageListItem): InboxRows {
  const index = rows.items.findIndex((item) => item.id === message.id)
  if (index < 0) return rows
  const items = [...rows.items]
  items[index] = message
  return { ...rows, items }
}
