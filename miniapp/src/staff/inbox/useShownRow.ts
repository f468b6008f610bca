import type { StaffMessageDetail, StaffMessageListItem } from '@zhengmin/shared'
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react'
import { listStaffMessages } from '../../services/staff-messages'
import { withRowShown, type InboxRows } from './rows'

/** Whether a message went somewhere else than its row says: another state or unit. */
function movedOn(row: StaffMessageListItem, message: StaffMessageListItem): boolean {
  return row.status !== message.status || row.unit !== message.unit
}

/**
 * What the inbox does when the message beside its table is shown anew (loaded, or returned by
 * an action): its row shows the same at once, in place. When a lead of merged duplicates (并单)
 * moved on (dispatched, transferred, answered), its duplicates moved with it on the server, so
 * their rows on screen are fetched again too — by 查询码, as rows (no personal data is read).
 * A row that cannot be fetched stays as it is until 刷新.
 */
export function useShownRow(
  rows: InboxRows | null,
  setRows: Dispatch<SetStateAction<InboxRows | null>>,
) {
  const current = useRef(rows)
  useEffect(() => {
    current.current = rows
  }, [rows])

  const showFresh = useCallback(
    (row: StaffMessageListItem) =>
      setRows((previous) => (previous ? withRowShown(previous, row) : previous)),
    [setRows],
  )

  const refreshDuplicatesOf = useCallback(
    async (leadCode: string) => {
      const duplicates = (current.current?.items ?? []).filter(
        (item) => item.mergedIntoCode === leadCode,
      )
      for (const duplicate of duplicates) {
        try {
          const page = await listStaffMessages({ q: duplicate.code, limit: 1 })
          const fresh = page.items.find((item) => item.id === duplicate.id)
          if (fresh) showFresh(fresh)
        } catch {
          // The row stays as it was until 刷新; the action itself succeeded.
        }
      }
    },
    [showFresh],
  )

  return useCallback(
    (message: StaffMessageDetail) => {
      const before = current.current?.items.find((item) => item.id === message.id)
      showFresh(message)
      if (message.isLead && before && movedOn(before, message)) {
        void refreshDuplicatesOf(message.code)
      }
    },
    [showFresh, refreshDuplicatesOf],
  )
}
