import {
  PUBLICATION_LIMITS,
  toBeijingIsoString,
  type Publication as PublicPublication,
  type PublicationCandidate,
  type PublicationDraft,
  type PublicationListItem,
  type StaffPublication,
} from '@zhengmin/shared'
import { unitName } from '@zhengmin/config'
import type { Message } from '../messages'
import type { Publication } from './publication.model'
import type { PublicationsService } from './publications.service'

function unitOf(code: string | undefined) {
  const name = unitName(code)
  return code && name ? { unit: code, unitName: name } : {}
}

/** The start of a text for list rows, cut at a character (not inside a surrogate pair). */
function excerpt(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()]
  return characters.length <= PUBLICATION_LIMITS.excerptLength
    ? characters.join('')
    : `${characters.slice(0, PUBLICATION_LIMITS.excerptLength).join('')}…`
}

/** A row of the public list. Only fields listed here ever leave the server. */
export function presentPublicationListItem(publication: Publication): PublicationListItem {
  return {
    id: String(publication._id),
    title: publication.title,
    excerpt: excerpt(publication.question),
    category: publication.category,
    ...unitOf(publication.unit),
    answeredDate: publication.answeredDate,
    publishedDate: publication.publishedDate,
  }
}

/** What the public reads; never the message id, the author or who published. */
export function presentPublication(publication: Publication): PublicPublication {
  return {
    id: String(publication._id),
    title: publication.title,
    question: publication.question,
    answer: publication.answer,
    ...(publication.followUp !== undefined && publication.followUpAnswer !== undefined
      ? {
          followUp: publication.followUp,
          followUpAnswer: publication.followUpAnswer,
          ...(publication.followUpAnsweredDate
            ? { followUpAnsweredDate: publication.followUpAnsweredDate }
            : {}),
        }
      : {}),
    category: publication.category,
    ...unitOf(publication.unit),
    answeredDate: publication.answeredDate,
    publishedDate: publication.publishedDate,
  }
}

export function presentStaffPublication(publication: Publication): StaffPublication {
  return {
    ...presentPublication(publication),
    messageId: String(publication.messageId),
    status: publication.status,
    publishedAt: toBeijingIsoString(publication.publishedAt),
    publishedBy: publication.publishedBy.name,
    ...(publication.override
      ? { override: { reason: publication.override.reason, kinds: publication.override.kinds } }
      : {}),
    ...(publication.hidden
      ? {
          hidden: {
            at: toBeijingIsoString(publication.hidden.at),
            by: publication.hidden.by.name,
            reason: publication.hidden.reason,
          },
        }
      : {}),
  }
}

export function presentCandidate(candidate: {
  message: Message
  answeredDate: string
  previouslyHidden: boolean
}): PublicationCandidate {
  return {
    messageId: String(candidate.message._id),
    category: candidate.message.category,
    title: candidate.message.title,
    ...unitOf(candidate.message.unit),
    answeredDate: candidate.answeredDate,
    previouslyHidden: candidate.previouslyHidden,
  }
}

export function presentDraft(
  draft: Awaited<ReturnType<PublicationsService['draft']>>,
): PublicationDraft {
  return {
    messageId: String(draft.message._id),
    category: draft.message.category,
    ...unitOf(draft.message.unit),
    answeredDate: draft.answeredDate,
    ...(draft.followUpAnsweredDate ? { followUpAnsweredDate: draft.followUpAnsweredDate } : {}),
    original: draft.original,
    originalFindings: draft.originalFindings,
    proposal: draft.proposal,
    publicContacts: draft.publicContacts,
    contentCheck: draft.contentCheck,
  }
}
