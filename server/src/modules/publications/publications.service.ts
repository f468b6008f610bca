import { Types } from 'mongoose'
import type { Logger } from 'pino'
import {
  beijingDate,
  contentCheckOverrideReason,
  maskPublicationText,
  scanPublicationText,
  type FieldError,
  type MessageCategory,
  type MessageStatus,
  type PublicationStatus,
  type PublicationText,
} from '@zhengmin/shared'
import { PUBLIC_CONTACTS } from '@zhengmin/config'
import type { Models } from '../../db/models'
import { keysetPaging, type KeysetOrder, type PageRequest } from '../../db/keyset-page'
import { AppError, conflict, notFound, unprocessable, type ErrorFinding } from '../../http/errors'
import { toObjectId } from '../../http/object-id'
import type { PublicCache } from '../../http/public-cache'
import {
  type Actor,
  answersOf,
  type Message,
  type MessageDocument,
  createMessageCommits,
  type PendingEvent,
  createPersonalDataAudit,
} from '../messages'
import { contentCheckView } from '../content-security'
import type { Publication } from './publication.model'
import {
  MAX_RANKED_MATCHES,
  parseQuery,
  rankMatches,
  rankedPage,
  searchFieldsOf,
  searchFilter,
} from '../search'

/** States of a message whose answer may be published: answered by a reply, not reopened. */
const PUBLISHABLE_STATUSES: MessageStatus[] = ['replied', 'closed']

/** What the office submits for one message. */
export interface PublicationRequest extends PublicationText {
  messageId: string
  override?: { reason: string } | undefined
}

export interface PublicListQuery extends PageRequest {
  category?: MessageCategory | undefined
  unit?: string | undefined
  q?: string | undefined
}

export interface PublicationsDeps {
  models: Models
  clock: () => Date
  /** The public pages' cache; told of every publish and unpublish. */
  cache: PublicCache
  /** WeChat's content check runs on this server (WeChat configured). */
  contentSecurityEnabled?: boolean
}

const messageNotFound = () => notFound('留言不存在')
const publicationNotFound = () => notFound('该选登内容不存在或已撤下')

/** Why a message cannot be published, or undefined when it can. */
function unpublishableReason(message: Message): string | undefined {
  if (!message.allowPublish) return '留言人未同意公开，不能选登'
  if (!message.answer) return '该留言尚未答复，不能选登'
  if (message.answer.kind !== 'reply') return '不予受理的留言不能选登'
  if (!PUBLISHABLE_STATUSES.includes(message.status)) return '该留言正在追问办理中，答复后再选登'
  if (message.publicationId) return '该留言已选登，请勿重复发布'
  return undefined
}

/** The condition under which a message may be claimed for publication (checked atomically). */
const publishableFilter = (id: Types.ObjectId) => ({
  _id: id,
  allowPublish: true,
  status: { $in: PUBLISHABLE_STATUSES },
  'answer.kind': 'reply',
  publicationId: null,
})

/**
 * What the check knows besides the text: the author's own details, always personal data
 * wherever they appear, and the bureau's public numbers and addresses, never personal data.
 */
function authorContext(message: Message) {
  return {
    ...(message.name ? { authorName: message.name } : {}),
    authorPhone: message.phone,
    publicNumbers: PUBLIC_CONTACTS.phoneNumbers,
    publicAddresses: PUBLIC_CONTACTS.addresses,
  }
}

const answeredDateOf = (message: Message) =>
  beijingDate(message.firstAnsweredAt ?? message.answer?.answeredAt ?? message.receivedAt)

/**
 * The exchange a publication can show: the question, the first answer and, when the citizen
 * followed up and was answered again, the 追问 and that answer. Drafts used to offer only the
 * latest answer, which paired the question with an answer to a follow-up it did not show.
 */
function exchangeOf(message: Message) {
  const answers = answersOf(message)
  const first = answers[0]
  const second = answers[1]
  const followUp =
    message.followUp && second ? { question: message.followUp, answer: second } : undefined
  return {
    text: {
      title: message.title,
      question: message.content,
      answer: first?.content ?? '',
      ...(followUp
        ? { followUp: followUp.question.content, followUpAnswer: followUp.answer.content }
        : {}),
    },
    followUpAnsweredDate: followUp ? beijingDate(followUp.answer.answeredAt) : undefined,
  }
}

/** Publications newest first. */
const NEWEST_PUBLISHED: KeysetOrder = { key: 'publishedAt', direction: -1 }

/** 回复选登: the office's queue and publishing, and what the public reads. */
export function createPublicationsService(deps: PublicationsDeps) {
  const { Message, MessageEvent, Publication } = deps.models
  const audit = createPersonalDataAudit(deps)
  const commits = createMessageCommits({ models: deps.models })

  async function loadMessage(id: string): Promise<MessageDocument> {
    const objectId = toObjectId(id)
    if (!objectId) throw messageNotFound()
    const message = await Message.findById(objectId)
    if (!message) throw messageNotFound()
    return commits.settled(message)
  }

  function eventOf(
    staff: Actor,
    type: 'published' | 'unpublished',
    data: Record<string, unknown> = {},
  ): Omit<PendingEvent, '_id'> {
    return {
      type,
      at: deps.clock(),
      actor: { kind: 'staff', id: staff.id },
      // The author may see that their message was published or taken down, not why.
      visibleToCitizen: true,
      data: { ...data, actorName: staff.displayName },
    }
  }

  /** An event that changes nothing else (a take-down): one insert. */
  async function record(
    messageId: Types.ObjectId,
    staff: Actor,
    type: 'unpublished',
    data: Record<string, unknown> = {},
  ) {
    await MessageEvent.create({ ...eventOf(staff, type, data), messageId })
  }

  /** The publication document of one request, under the id chosen for it. */
  function publicationOf(
    staff: Actor,
    request: PublicationRequest,
    message: MessageDocument,
    now: Date,
  ): Omit<Publication, 'createdAt' | 'updatedAt'> {
    const overrideKinds = request.override
      ? [...new Set(scanPublicationText(request, authorContext(message)).map((f) => f.kind))]
      : []
    return {
      _id: new Types.ObjectId(),
      messageId: message._id,
      title: request.title,
      question: request.question,
      answer: request.answer,
      // Its words travel with it in the message's outbox: stored by the same write as the text.
      ...searchFieldsOf([request.title, request.question, request.answer]),
      category: message.category,
      ...(message.unit ? { unit: message.unit } : {}),
      answeredDate: answeredDateOf(message),
      ...(request.followUp !== undefined && request.followUpAnswer !== undefined
        ? {
            followUp: request.followUp,
            followUpAnswer: request.followUpAnswer,
            followUpAnsweredDate: exchangeOf(message).followUpAnsweredDate ?? beijingDate(now),
          }
        : {}),
      publishedAt: now,
      publishedDate: beijingDate(now),
      publishedBy: { id: staff.id, name: staff.displayName },
      status: 'published' as PublicationStatus,
      ...(request.override
        ? { override: { reason: request.override.reason, kinds: overrideKinds } }
        : {}),
    }
  }

  /**
   * Checks every request before anything is written: each message must be publishable and
   * each text free of personal data unless overridden. One refusal refuses the whole batch.
   */
  async function vet(requests: readonly PublicationRequest[]) {
    const messages: MessageDocument[] = []
    const refusals: FieldError[] = []
    const findings: ErrorFinding[] = []
    const contentRisks: FieldError[] = []
    for (const [index, request] of requests.entries()) {
      const message = await loadMessage(request.messageId)
      messages.push(message)
      const field = requests.length > 1 ? `items.${index}.messageId` : 'messageId'
      const reason =
        unpublishableReason(message) ??
        (request.followUp !== undefined && !exchangeOf(message).followUpAnsweredDate
          ? '该留言没有已答复的追问，不能公开追问内容'
          : undefined)
      if (reason) refusals.push({ field, message: reason })
      if (!request.override) {
        for (const finding of scanPublicationText(request, authorContext(message))) {
          findings.push({ ...finding, messageId: request.messageId })
        }
        // The same override reason covers WeChat's content check, kept apart from the findings.
        const risk = contentCheckOverrideReason(contentCheckOf(message))
        if (risk) contentRisks.push({ field, message: risk })
      }
    }
    if (refusals.length > 0) {
      const first = refusals[0]?.message ?? '该留言不能选登'
      throw unprocessable('not_publishable', first, refusals)
    }
    if (findings.length > 0) {
      throw new AppError(
        422,
        'personal_data_found',
        `发现${findings.length}处疑似个人信息，请处理后再发布，或填写理由后仍要发布`,
        { findings },
      )
    }
    if (contentRisks.length > 0) {
      throw unprocessable(
        'content_risk',
        `${contentRisks[0]?.message ?? '微信内容安全检测未通过'}；经人工审核确认可以公开的，请填写理由后仍要发布`,
        contentRisks,
      )
    }
    return messages
  }

  const contentCheckOf = (message: Message) =>
    contentCheckView(message.contentCheck, deps.contentSecurityEnabled ?? false)

  /**
   * The message no longer points at the publication: someone hid it first (its outbox is then
   * finished here, and this is a conflict), or it was left published without a link by an
   * older version; such a publication is hidden with a guarded update of its own.
   */
  async function hideUnlinked(
    staff: Actor,
    publicationId: Types.ObjectId,
    messageId: Types.ObjectId,
    hidden: NonNullable<Publication['hidden']>,
  ) {
    const message = await Message.findById(messageId)
    if (message) await commits.settled(message)
    const result = await Publication.updateOne(
      { _id: publicationId, status: 'published' },
      { $set: { status: 'hidden', hidden } },
    )
    if (result.modifiedCount !== 1) throw conflict('already_hidden', '该选登内容已撤下')
    await record(messageId, staff, 'unpublished', {
      publicationId: String(publicationId),
      reason: hidden.reason,
    })
  }

  return {
    /** Answered messages with the author's consent that are not public now, newest answers first. */
    async candidates(query: PageRequest) {
      const paging = keysetPaging(query, { key: 'answer.answeredAt', direction: -1 })
      const filter = {
        allowPublish: true,
        status: { $in: PUBLISHABLE_STATUSES },
        'answer.kind': 'reply',
        publicationId: null,
      }
      const rows = await Message.find(paging.filter(filter))
        .sort(paging.sort)
        .limit(paging.limit)
        .lean()
      const page = paging.page(rows, (row) => row.answer?.answeredAt ?? row.receivedAt)
      const hiddenBefore = new Set(
        (
          await Publication.find(
            { messageId: { $in: page.items.map((m) => m._id) }, status: 'hidden' },
            { messageId: 1 },
          ).lean()
        ).map((p) => String(p.messageId)),
      )
      return {
        items: page.items.map((message) => ({
          message,
          answeredDate: answeredDateOf(message),
          previouslyHidden: hiddenBefore.has(String(message._id)),
        })),
        nextCursor: page.nextCursor,
      }
    },

    /**
     * The original beside a proposal with every finding masked. Reading the original is a
     * read of the citizen's words, so it is recorded like any other.
     */
    async draft(staff: Actor, messageId: string, log: Logger) {
      const message = await loadMessage(messageId)
      const reason = unpublishableReason(message)
      if (reason) throw unprocessable('not_publishable', reason)
      const { text: original, followUpAnsweredDate } = exchangeOf(message)
      const findings = scanPublicationText(original, authorContext(message))
      await audit.messagesRead(staff, [message._id], 'publication', log)
      log.info({ messageId, staffId: staff.id }, 'staff opened a publication draft')
      return {
        message,
        answeredDate: answeredDateOf(message),
        followUpAnsweredDate,
        original,
        originalFindings: findings,
        proposal: maskPublicationText(original, findings),
        publicContacts: PUBLIC_CONTACTS,
        contentCheck: contentCheckOf(message),
      }
    },

    /** The findings the server would refuse a draft for (the author's details included). */
    async check(request: PublicationRequest) {
      const message = await loadMessage(request.messageId)
      return scanPublicationText(request, authorContext(message))
    },

    /**
     * Publishes every request. Everything is checked before anything is written, so a batch is
     * published whole or refused whole (422 or 409 tell why); only an action by someone else
     * between the check and the writes can leave part of it unpublished, and the 409 then names
     * the items that were not (the others are published, each completely).
     */
    async publish(staff: Actor, requests: readonly PublicationRequest[], log: Logger) {
      const messages = await vet(requests)
      const now = deps.clock()
      const created: Omit<Publication, 'createdAt' | 'updatedAt'>[] = []
      const lost: FieldError[] = []
      for (const [index, request] of requests.entries()) {
        const message = messages[index] as MessageDocument
        const publication = publicationOf(staff, request, message, now)
        // Published in spite of WeChat's check (risky, or no verdict): what it said is kept.
        const overriddenCheck = publication.override ? contentCheckOf(message) : undefined
        // The message points at its publication, and carries it with its history event until
        // both are stored: one atomic update, so no claim is ever left without its publication.
        const updated = await commits.commit(
          publishableFilter(message._id),
          { $set: { publicationId: publication._id } },
          {
            events: [
              eventOf(staff, 'published', {
                publicationId: String(publication._id),
                ...(publication.override ? { overrideReason: publication.override.reason } : {}),
                ...(overriddenCheck && contentCheckOverrideReason(overriddenCheck)
                  ? { overriddenContentCheck: overriddenCheck }
                  : {}),
              }),
            ],
            publications: [publication],
          },
          log,
        )
        if (!updated) {
          const field = requests.length > 1 ? `items.${index}.messageId` : 'messageId'
          lost.push({ field, message: '留言状态已变化（可能已被他人选登）' })
          continue
        }
        created.push(publication)
        log.info(
          {
            publicationId: String(publication._id),
            messageId: String(publication.messageId),
            staffId: staff.id,
            override: publication.override ? publication.override.kinds : undefined,
          },
          publication.override ? 'publication published with override' : 'publication published',
        )
      }
      if (created.length > 0) await deps.cache.invalidate()
      if (lost.length > 0) {
        throw new AppError(
          409,
          'state_conflict',
          created.length > 0
            ? '部分留言状态已变化（可能已被他人选登），未能发布，其余已发布；请刷新后查看'
            : '留言状态已变化（可能已被他人选登），请刷新后重试',
          { fields: lost },
        )
      }
      // As decided and stored with the message (their own documents may still be on the way).
      return created.map((publication): Publication => ({
        ...publication,
        createdAt: now,
        updatedAt: now,
      }))
    },

    /** Hides a publication from every public surface at once; it is kept with the reason. */
    async unpublish(staff: Actor, id: string, reason: string, log: Logger) {
      const objectId = toObjectId(id)
      if (!objectId) throw publicationNotFound()
      const publication = await Publication.findById(objectId)
      if (!publication) throw publicationNotFound()
      if (publication.status !== 'published') throw conflict('already_hidden', '该选登内容已撤下')
      const hidden = { at: deps.clock(), by: { id: staff.id, name: staff.displayName }, reason }
      const event = eventOf(staff, 'unpublished', { publicationId: id, reason })
      // The message may be published again later, with new text; this one stays in the history.
      const updated = await commits.commit(
        { _id: publication.messageId, publicationId: publication._id },
        { $unset: { publicationId: 1 } },
        { events: [event], hide: { publicationId: publication._id, hidden } },
        log,
      )
      if (!updated) await hideUnlinked(staff, publication._id, publication.messageId, hidden)
      await deps.cache.invalidate()
      log.info({ publicationId: id, staffId: staff.id }, 'publication hidden')
      return { ...publication.toObject(), status: 'hidden' as const, hidden }
    },

    /** The office's list of published or hidden items, newest first. */
    async listForStaff(query: PageRequest & { status: PublicationStatus }) {
      const paging = keysetPaging(query, NEWEST_PUBLISHED)
      const rows = await Publication.find(paging.filter({ status: query.status }))
        .sort(paging.sort)
        .limit(paging.limit)
        .lean()
      return paging.page(rows, (row) => row.publishedAt)
    },

    /**
     * The public list: published only, filtered. Without words, newest first; with words, the
     * items holding all of them ranked by the fields they match, then newest first.
     */
    async listPublic(query: PublicListQuery) {
      const filter: Record<string, unknown> = { status: 'published' }
      if (query.category) filter.category = query.category
      if (query.unit) filter.unit = query.unit
      if (query.q) {
        const search = parseQuery(query.q)
        const matches = await Publication.find({ ...filter, ...searchFilter(search) })
          .sort({ publishedAt: -1, _id: -1 })
          .limit(MAX_RANKED_MATCHES)
          .lean()
        const ranked = rankMatches(search, matches, (row) => row.publishedAt.getTime())
        return { ...rankedPage(ranked, query.cursor, query.limit), words: search.highlights }
      }
      const paging = keysetPaging(query, NEWEST_PUBLISHED)
      const rows = await Publication.find(paging.filter(filter))
        .sort(paging.sort)
        .limit(paging.limit)
        .lean()
      return paging.page(rows, (row) => row.publishedAt)
    },

    /** One published item; a hidden or unknown id is 404 alike. */
    async findPublic(id: string): Promise<Publication> {
      const objectId = toObjectId(id)
      if (!objectId) throw publicationNotFound()
      const publication = await Publication.findOne({ _id: objectId, status: 'published' }).lean()
      if (!publication) throw publicationNotFound()
      return publication
    },
  }
}

export type PublicationsService = ReturnType<typeof createPublicationsService>
