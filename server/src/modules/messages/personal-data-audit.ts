import type { Types } from 'mongoose'
import type { Logger } from 'pino'
import type { StaffPrincipal } from '@zhengmin/shared'
import type { Models } from '../../db/models'

/** Why a staff member saw a citizen's personal data. */
export type PersonalDataPurpose =
  /** The message opened in full (GET /staff/messages/:id). */
  | 'detail'
  /** Found by a search for the citizen's phone number. */
  | 'phone-search'
  /** The original shown beside the publication draft. */
  | 'publication'
  /** An anonymous 举报's name and phone, which reach only the office, in any answer about it. */
  | 'anonymous-report'

/** The staff member as the record names them. */
type Auditor = Pick<StaffPrincipal, 'id'> & { displayName?: string }

/** What an export with citizens' names and phones covered, and the admin's reason. */
export interface ContactsExport {
  from: string
  to: string
  unit: string | undefined
  format: string
  rows: number
  reason: string | undefined
}

/**
 * The one audit trail of staff actions on citizens' personal data, and its only writer. A read of
 * messages is a staff-only `personal_data_viewed` entry in each message's history (the citizen
 * never sees it, and neither do staff pages); an export of the message list with phones, which
 * concerns no single message, is a `staff_audit` record. Both are logged, and both are written
 * before the data is handed out.
 */
export function createPersonalDataAudit(deps: { models: Models; clock: () => Date }) {
  const { MessageEvent, StaffAudit } = deps.models

  return {
    /** The staff member is about to see these messages' personal data, for `purpose`. */
    async messagesRead(
      staff: Auditor,
      messageIds: readonly Types.ObjectId[],
      purpose: PersonalDataPurpose,
      /** The request's logger; absent where a read is recorded below the request (the record is the trail). */
      log?: Logger,
    ): Promise<void> {
      if (messageIds.length === 0) return
      const at = deps.clock()
      await MessageEvent.insertMany(
        messageIds.map((messageId) => ({
          messageId,
          type: 'personal_data_viewed',
          at,
          actor: { kind: 'staff', id: staff.id },
          visibleToCitizen: false,
          data: { purpose, ...(staff.displayName ? { actorName: staff.displayName } : {}) },
        })),
      )
      log?.info(
        { staffId: staff.id, purpose, messageIds: messageIds.map(String) },
        'staff viewed personal data',
      )
    },

    /** An admin is about to export the message list with names and phones: who, which, why. */
    async contactsExported(staff: Auditor, exported: ContactsExport, log: Logger): Promise<void> {
      await StaffAudit.create({
        at: deps.clock(),
        staffId: staff.id,
        action: 'message_export_with_phone',
        data: { ...exported },
      })
      log.warn(
        { staffId: staff.id, rows: exported.rows, period: exported },
        'message list exported with phone numbers',
      )
    },
  }
}

export type PersonalDataAudit = ReturnType<typeof createPersonalDataAudit>
