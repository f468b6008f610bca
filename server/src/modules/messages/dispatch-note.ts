import { canGiveDispatchNote } from '@zhengmin/shared'
import { AppError } from '../../http/errors'
import type { PendingEvent } from './message-outbox'
import type { DispatchNote } from './message.model'
import type { StaffEventOf } from './answer-signoff'
import type { Actor } from './staff-messages.service'

/** What a dispatch adds to the message and its history for 分办意见. */
export interface DispatchNoteChange {
  set: { dispatchNote?: DispatchNote }
  /** An internal event holding the note: the 分派/转办 events are shown to the citizen. */
  events: Omit<PendingEvent, '_id'>[]
}

/**
 * 分办意见 given with a dispatch or re-dispatch: stored on the message for the unit to read
 * (replacing an earlier one) and recorded in the internal history. Only the office (and admin)
 * give it; without a note the earlier one stays.
 */
export function dispatchNoteChange(
  staff: Actor,
  text: string | undefined,
  at: Date,
  eventOf: StaffEventOf,
): DispatchNoteChange {
  if (text === undefined) return { set: {}, events: [] }
  if (!canGiveDispatchNote(staff)) {
    throw new AppError(403, 'forbidden', '只有办公室可以填写分办意见')
  }
  return {
    set: { dispatchNote: { text, at, staffId: staff.id, staffName: staff.displayName } },
    events: [eventOf(staff, 'dispatch_noted', { visibleToCitizen: false, data: { text } })],
  }
}
