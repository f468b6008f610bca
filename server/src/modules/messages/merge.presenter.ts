import {
  canSeeContactDetails,
  toBeijingIsoString,
  type MergeLink,
  type MergeOverview,
  type MergeRow,
  type StaffMessageDetail,
  type StaffPrincipal,
} from '@zhengmin/shared'
import { unitName } from '@zhengmin/config'
import type { DuplicateLink, Message } from './message.model'

/** The lead a duplicate is merged into ("已与…合并办理"). */
export function presentMergeLink(link: DuplicateLink): MergeLink {
  return {
    id: String(link.messageId),
    code: link.code,
    title: link.title,
    linkedAt: toBeijingIsoString(link.linkedAt),
    ...(link.linkedByName ? { linkedByName: link.linkedByName } : {}),
  }
}

/** One message of the 并单 panel. */
export function presentMergeRow(message: Message, refusal?: string): MergeRow {
  const unit = unitName(message.unit)
  return {
    id: String(message._id),
    code: message.code,
    title: message.title,
    category: message.category,
    status: message.status,
    receivedAt: toBeijingIsoString(message.receivedAt),
    ...(unit ? { unitName: unit } : {}),
    ...(refusal ? { refusal } : {}),
  }
}

/** The 并单 panel of a message (GET/POST /staff/messages/{id}/merge…). */
export function presentMergeOverview(overview: {
  message: Message
  duplicates: Message[]
  candidates: { message: Message; refusal?: string }[]
  mergeable: boolean
  unmergeable: boolean
}): MergeOverview {
  const link = overview.message.duplicateOf
  return {
    ...(link ? { duplicateOf: presentMergeLink(link) } : {}),
    duplicates: overview.duplicates.map((message) => presentMergeRow(message)),
    candidates: overview.candidates.map((row) => presentMergeRow(row.message, row.refusal)),
    mergeable: overview.mergeable,
    unmergeable: overview.unmergeable,
  }
}

/**
 * The parts of the staff detail that depend on 并单 and anonymity, for this reader: an anonymous
 * 举报 read by the handling unit loses its name and phone (they read 匿名), and a merged
 * duplicate names its lead.
 */
export function withMergeAndAnonymity(
  staff: Pick<StaffPrincipal, 'role'>,
  message: Message,
  detail: StaffMessageDetail,
): StaffMessageDetail {
  const link = message.duplicateOf
  const view: StaffMessageDetail = {
    ...detail,
    ...(message.anonymous ? { anonymous: true } : {}),
    ...(link ? { duplicateOf: presentMergeLink(link) } : {}),
    ...(message.awaitingLead ? { awaitingLead: true } : {}),
    ...((message.duplicateCount ?? 0) > 0 ? { isLead: true } : {}),
  }
  if (canSeeContactDetails(staff, message)) return view
  const hidden = { ...view, contactHidden: true }
  delete hidden.name
  delete hidden.phone
  return hidden
}
