import { Types, type UpdateQuery } from 'mongoose'
import type { Logger } from 'pino'
import { findUnit } from '@zhengmin/config'
import {
  assertTransition,
  canActOnMessage,
  canSeeContactDetails,
  canSeeMessage,
  IllegalTransitionError,
  canDispatch,
  canSeeEveryUnit,
  holderOf,
  isLookupCode,
  isMainlandPhone,
  normalizeLookupCode,
  normalizePhone,
  type CounterBump,
  NOT_AWAITING_LEAD,
  signoffLevelsFor,
  type MessageCategory,
  type MessageChannel,
  channelFilter,
  statusesAllowing,
  type InboxView,
  type MessageStatus,
  type SignoffRules,
  type StaffMessageAction,
  type StaffPrincipal,
  urgencyFilter,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError, badRequest, conflict, notFound } from '../../http/errors'
import { keysetPaging } from '../../db/keyset-page'
import { toObjectId } from '../../http/object-id'
import { extendDeadline, type CalendarService } from '../calendar'
import type { MessageCounters } from './message-counters'
import { createPersonalDataAudit } from './personal-data-audit'
import { answersOf, type Message, type MessageAnswer, type MessageDocument } from './message.model'
import type { MessageEvent } from './message-event.model'
import { createMessageCommits, withPendingEvents, type PendingEvent } from './message-outbox'
import { MAX_RANKED_MATCHES, parseQuery, rankMatches, rankedPage, searchFilter } from '../search'
import { assertNotAwaitingLead } from './duplicates'
import { phoneSearchScope } from './anonymity'
import {
  createAnswerSignoff,
  NOT_AWAITING_SIGNOFF,
  type AnswerAuthor,
  type SignoffDelivery,
} from './answer-signoff'
import { dispatchNoteChange } from './dispatch-note'

const OPEN: MessageStatus[] = ['assigned', 'reopened']
const ANSWERED: MessageStatus[] = ['replied', 'declined', 'closed']

/** What the inbox is asked for: a tab, a search, filters (validated by staffInboxQuerySchema). */
export interface InboxQuery {
  view?: InboxView | undefined
  unit?: string | undefined
  q?: string | undefined
  category?: MessageCategory | undefined
  channel?: MessageChannel | undefined
  from?: string | undefined
  to?: string | undefined
  cursor?: string | undefined
  limit: number
}

/** Who is acting, for permissions and the history. */
export type Actor = StaffPrincipal & { displayName: string }

export interface StaffMessagesDeps {
  models: Models
  calendar: CalendarService
  clock: () => Date
  /** Told of every stored reply or decline (the citizen's WeChat notice); must not throw. */
  onAnswered?: (message: Message, log: Logger) => Promise<void>
  /** Told of every dispatch and transfer (并单: the lead's duplicates follow); must not throw. */
  onDispatched?: (message: Message, log: Logger) => Promise<void>
  /** The dashboard's counters, written with each action's history (see message-outbox.ts). */
  stats?: MessageCounters
  /** Which units' answers need sign-off (config/src/answer-signoff.json); none when absent. */
  answerSignoff?: SignoffRules
}

/** A direct answer: no sign-off step, and none may be waiting (see answer-signoff.ts). */
const DIRECT_DELIVERY: SignoffDelivery = { filter: NOT_AWAITING_SIGNOFF, events: [] }

/** An extension is possible while a reply is still owed by a unit, i.e. where a reply is legal. */
const EXTENDABLE: MessageStatus[] = statusesAllowing('reply')

const messageNotFound = () => notFound('留言不存在或不在您的办理范围内')
const stateConflict = () => conflict('state_conflict', '该留言状态已变化，请刷新后重试')
const extensionPending = () =>
  conflict('extension_pending', '已有一项延期申请正在等待办公室审批，请勿重复申请')

function parseId(id: string): Types.ObjectId {
  const objectId = toObjectId(id)
  if (!objectId) throw messageNotFound()
  return objectId
}

function requireUnit(code: string, field = 'unit') {
  const unit = findUnit(code)
  if (!unit?.answersMessages)
    throw badRequest('请选择正确的经办科室', [{ field, message: '请选择正确的经办科室' }])
  return unit
}

/** What staff do with messages: queues by urgency, the full record, and the lifecycle actions. */
export function createStaffMessagesService(deps: StaffMessagesDeps) {
  const { Message, MessageEvent } = deps.models
  const commits = createMessageCommits({ models: deps.models, stats: deps.stats })
  const counters = deps.stats
  const audit = createPersonalDataAudit(deps)
  const noCounters = (): CounterBump[] => []

  async function loadVisible(staff: Actor, id: string): Promise<MessageDocument> {
    const message = await Message.findById(parseId(id))
    // Another unit's message answers as if it did not exist, so ids reveal nothing.
    if (!message || !canSeeMessage(staff, message)) throw messageNotFound()
    const settled = await commits.settled(message)
    // The contact details of an anonymous 举报 reach the office in every answer about it.
    if (settled.anonymous && canSeeContactDetails(staff, settled)) {
      await audit.messagesRead(staff, [settled._id], 'anonymous-report')
    }
    return settled
  }

  const shownToStaff = (event: Pick<MessageEvent, 'type'>) => event.type !== 'personal_data_viewed'

  async function historyOf(message: MessageDocument): Promise<MessageEvent[]> {
    const stored = await MessageEvent.find({
      messageId: message._id,
      type: { $ne: 'personal_data_viewed' },
    })
      .sort({ at: 1, _id: 1 })
      .lean()
    return withPendingEvents(message, stored, shownToStaff)
  }

  /** Checks who may act and whether the state allows it; returns the state it leads to. */
  function authorize(staff: Actor, message: MessageDocument, action: StaffMessageAction) {
    if (!canActOnMessage(staff, message, action)) {
      throw new AppError(403, 'forbidden', '没有权限执行此操作')
    }
    if (action !== 'note') assertNotAwaitingLead(message, action)
    if (action === 'note' || action === 'requestExtension' || action === 'approveExtension')
      return message.status
    try {
      return assertTransition(message.status, action)
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw stateConflict()
      throw error
    }
  }

  /** A history event of a staff action, as stored with the action (see message-outbox.ts). */
  function eventOf(
    staff: Actor,
    type: string,
    change: {
      from?: MessageStatus
      to?: MessageStatus
      visibleToCitizen: boolean
      data?: Record<string, unknown>
    },
  ): Omit<PendingEvent, '_id'> {
    return {
      type,
      at: deps.clock(),
      actor: { kind: 'staff', id: staff.id },
      ...(change.from ? { fromStatus: change.from } : {}),
      ...(change.to ? { toStatus: change.to } : {}),
      visibleToCitizen: change.visibleToCitizen,
      data: { ...change.data, actorName: staff.displayName },
    }
  }

  /** An event that changes nothing else (a note, a read of personal data): one insert. */
  async function record(
    message: MessageDocument,
    staff: Actor,
    type: string,
    change: { visibleToCitizen: boolean; data?: Record<string, unknown> },
  ) {
    await MessageEvent.create({ ...eventOf(staff, type, change), messageId: message._id })
  }

  /**
   * Moves the message only if it is still in a state the action allows, with its history
   * event and counters (atomic: a conditional updateOne, see message-outbox.ts).
   */
  async function transition(
    message: MessageDocument,
    action: 'assign' | 'transfer',
    set: Partial<Message>,
    effects: {
      event: Omit<PendingEvent, '_id'>
      counters: (after: Message) => CounterBump[]
      /** Internal events stored with it (分办意见). */
      alsoEvents?: Omit<PendingEvent, '_id'>[]
    },
    log: Logger,
  ) {
    const after = { ...message.toObject(), ...set }
    const updated = await commits.commit(
      {
        _id: message._id,
        status: { $in: statusesAllowing(action) },
        unit: message.unit ?? null,
        ...NOT_AWAITING_LEAD,
        ...NOT_AWAITING_SIGNOFF,
      },
      { $set: set },
      { events: [effects.event, ...(effects.alsoEvents ?? [])], counters: effects.counters(after) },
      log,
    )
    if (!updated) throw stateConflict()
    return updated
  }

  /**
   * Search in the messages `scope` allows: a 查询码 (hyphen or not) finds that message, a phone
   * number the citizen's messages (a read of personal data: recorded for each message shown, as
   * opening it would be), anything else the messages holding all its words (search module),
   * ranked by the fields they match, then newest first.
   */
  async function search(
    staff: Actor,
    scope: Record<string, unknown>,
    query: InboxQuery,
    log: Logger,
  ) {
    const text = query.q ?? ''
    const code = normalizeLookupCode(text)
    const phone = normalizePhone(text)
    const byPhone = !isLookupCode(code) && isMainlandPhone(phone)
    let rows: Message[]
    if (isLookupCode(code) || byPhone) {
      const where = byPhone ? { phone, ...phoneSearchScope(staff) } : { code }
      rows = await Message.find({ ...scope, ...where })
        .sort({ receivedAt: -1, _id: -1 })
        .limit(MAX_RANKED_MATCHES)
        .lean()
    } else {
      const words = parseQuery(text)
      const matches = await Message.find({ ...scope, ...searchFilter(words) })
        .sort({ receivedAt: -1, _id: -1 })
        .limit(MAX_RANKED_MATCHES)
        .lean()
      rows = rankMatches(words, matches, (row) => row.receivedAt.getTime())
    }
    const page = rankedPage(rows, query.cursor, query.limit)
    if (byPhone) {
      await audit.messagesRead(
        staff,
        page.items.map((message) => message._id),
        'phone-search',
        log,
      )
    }
    return page
  }

  /**
   * Stores an answer as the citizen's to read: state, the answer list, whether the first answer
   * met the deadline, counters, history, then the WeChat notice. `actor` is who sends it out (the
   * author, or the approver of an answer that waited for sign-off); the answer stays the author's.
   */
  async function deliver(
    message: MessageDocument,
    answer: { kind: 'reply' | 'decline'; content: string; author: AnswerAuthor },
    actor: Actor,
    log: Logger,
    signoffDelivery: SignoffDelivery,
  ) {
    const { kind, content, author } = answer
    let to: MessageStatus
    try {
      to = assertTransition(message.status, kind)
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw stateConflict()
      throw error
    }
    const now = deps.clock()
    // Only the first answer is judged, against the deadline then in force (extension included).
    const first = message.answeredOnTime === undefined
    const onTime = first ? now.getTime() <= message.dueAt.getTime() : message.answeredOnTime
    const unit = holderOf({ unit: message.unit, firstAnsweredAt: now })
    // The whole list is rewritten by the guarded update (no $push on the test engine); the
    // state guard lets only one answer through, so no answer of another action is lost.
    const answers: MessageAnswer[] = [
      ...answersOf(message.toObject()),
      {
        kind,
        content,
        answeredAt: now,
        unit,
        staffId: author.id,
        staffName: author.displayName,
      },
    ]
    const set: Partial<Message> = {
      status: to,
      answer: { kind, content, answeredAt: now, staffId: author.id },
      answers,
      ...(first
        ? { answeredOnTime: onTime, firstAnsweredAt: now, firstAnswer: { kind, unit } }
        : {}),
    }
    const after: Message = { ...message.toObject(), ...set }
    const updated = await commits.commit(
      {
        _id: message._id,
        status: { $in: statusesAllowing(kind) },
        unit: message.unit ?? null,
        ...signoffDelivery.filter,
      },
      // A draft sent back earlier is settled by whatever answer goes out.
      { $set: set, $unset: { pendingAnswer: 1 } },
      {
        events: [
          ...signoffDelivery.events,
          eventOf(actor, kind === 'reply' ? 'replied' : 'declined', {
            from: message.status,
            to,
            visibleToCitizen: true,
            data: { onTime },
          }),
        ],
        counters: (first && counters?.firstAnswered(message.toObject(), after)) || noCounters(),
      },
      log,
    )
    if (!updated) throw stateConflict()
    log.info({ messageId: String(message._id), kind, onTime }, 'message answered')
    await deps.onAnswered?.(updated.toObject(), log)
    return { message: updated, history: await historyOf(updated) }
  }

  const signoff = createAnswerSignoff({
    rules: deps.answerSignoff ?? {},
    clock: deps.clock,
    commits,
    eventOf,
    loadVisible,
    historyOf,
    deliver,
  })

  return {
    /**
     * One page of an inbox tab, or the results of a search (see `search`); handlers see their
     * unit only, whatever they ask for.
     */
    async list(staff: Actor, query: InboxQuery, log: Logger) {
      // A search or a filter looks in every state unless a tab is asked for too.
      const searching = Boolean(
        query.q || query.category || query.channel || query.from || query.to,
      )
      const view = query.view ?? (searching ? undefined : 'open')
      if (view === 'unassigned' && !canDispatch(staff)) {
        throw new AppError(403, 'forbidden', '待分办列表仅办公室可见')
      }
      await deps.calendar.refreshForPreview()
      const now = deps.clock()
      const calendar = deps.calendar.current()
      const filter: Record<string, unknown> = {}
      if (!canSeeEveryUnit(staff)) filter.unit = staff.unit
      else if (query.unit) filter.unit = query.unit
      if (query.category) filter.category = query.category
      if (query.channel) Object.assign(filter, channelFilter(query.channel))
      if (query.from || query.to) {
        filter.receivedDate = {
          ...(query.from ? { $gte: query.from } : {}),
          ...(query.to ? { $lte: query.to } : {}),
        }
      }
      switch (view) {
        case undefined:
          break
        case 'unassigned':
          filter.status = 'submitted'
          break
        case 'open':
          filter.status = { $in: OPEN }
          break
        case 'due-soon':
        case 'overdue':
          // The shared urgency rule: owed messages, dispatched or not (the office sees both);
          // a merged duplicate's urgency is its lead's (并单).
          Object.assign(filter, urgencyFilter(view, calendar, now), NOT_AWAITING_LEAD)
          break
        case 'answered':
          filter.status = { $in: ANSWERED }
          break
        case 'extensions':
          filter.status = { $in: OPEN }
          filter['extension.status'] = 'requested'
          break
        case 'signoff':
          // The answers this staff member may approve (a unit head: of their unit's level).
          filter.status = { $in: OPEN }
          filter['pendingAnswer.status'] = 'pending'
          filter['pendingAnswer.level'] = { $in: signoffLevelsFor(staff.role) }
          break
      }
      if (query.q) return search(staff, filter, query, log)
      const newestFirst = !view || view === 'answered'
      const paging = keysetPaging(
        query,
        newestFirst ? { key: 'receivedAt', direction: -1 } : { key: 'dueAt', direction: 1 },
      )
      const rows = await Message.find(paging.filter(filter)).sort(paging.sort).limit(paging.limit)
      return paging.page(rows, (message) => (newestFirst ? message.receivedAt : message.dueAt))
    },

    /** The full record with its history; records that this staff member saw the citizen's data. */
    async detail(staff: Actor, id: string, log: Logger) {
      const message = await loadVisible(staff, id)
      // An anonymous 举报's views are recorded by loadVisible; its handling unit sees no
      // contact details, so there is nothing personal to record for them.
      if (!message.anonymous) await audit.messagesRead(staff, [message._id], 'detail', log)
      return { message, history: await historyOf(message) }
    },

    /** 分办 to a unit, with the office's optional 分办意见 (`dispatchNote`). */
    async assign(
      staff: Actor,
      id: string,
      input: { unit: string; dispatchNote?: string | undefined },
      log: Logger,
    ) {
      const unitCode = input.unit
      const message = await loadVisible(staff, id)
      const to = authorize(staff, message, 'assign')
      requireUnit(unitCode)
      const note = dispatchNoteChange(staff, input.dispatchNote, deps.clock(), eventOf)
      const updated = await transition(
        message,
        'assign',
        { status: to, unit: unitCode, ...note.set },
        {
          event: eventOf(staff, 'assigned', {
            from: message.status,
            to,
            visibleToCitizen: true,
            data: { unit: unitCode },
          }),
          counters: (after) => counters?.assigned(message.toObject(), after) ?? noCounters(),
          alsoEvents: note.events,
        },
        log,
      )
      await deps.onDispatched?.(updated.toObject(), log)
      return { message: updated, history: await historyOf(updated) }
    },

    /** 转办 to the right unit; the office re-dispatching may give new 分办意见. */
    async transfer(
      staff: Actor,
      id: string,
      input: { unit: string; reason: string; dispatchNote?: string | undefined },
      log: Logger,
    ) {
      const message = await loadVisible(staff, id)
      const to = authorize(staff, message, 'transfer')
      signoff.assertNotHeld(message, 'transfer')
      requireUnit(input.unit)
      if (input.unit === message.unit)
        throw badRequest('请选择其他科室', [{ field: 'unit', message: '已在该科室办理' }])
      const now = deps.clock()
      const note = dispatchNoteChange(staff, input.dispatchNote, now, eventOf)
      const updated = await transition(
        message,
        'transfer',
        { status: to, unit: input.unit, ...note.set },
        {
          event: eventOf(staff, 'transferred', {
            from: message.status,
            to,
            visibleToCitizen: true,
            data: { fromUnit: message.unit, toUnit: input.unit, reason: input.reason },
          }),
          counters: (after) =>
            counters?.transferred(message.toObject(), after, now) ?? noCounters(),
          alsoEvents: note.events,
        },
        log,
      )
      await deps.onDispatched?.(updated.toObject(), log)
      return { message: updated, history: await historyOf(updated) }
    },

    async note(staff: Actor, id: string, text: string) {
      const message = await loadVisible(staff, id)
      authorize(staff, message, 'note')
      await record(message, staff, 'note', { visibleToCitizen: false, data: { text } })
      return { message, history: await historyOf(message) }
    },

    /**
     * Reply or decline: the first answer settles whether the deadline was met. Where the unit
     * requires sign-off and the author cannot approve it, the answer waits instead (see
     * answer-signoff.ts) and reaches the citizen only when approved.
     */
    async answer(
      staff: Actor,
      id: string,
      kind: 'reply' | 'decline',
      content: string,
      log: Logger,
    ) {
      const message = await loadVisible(staff, id)
      authorize(staff, message, kind)
      signoff.assertNotHeld(message, kind)
      if (signoff.needed(staff, message)) {
        return signoff.submit(staff, message, { kind, content }, statusesAllowing(kind), log)
      }
      return deliver(message, { kind, content, author: staff }, staff, log, DIRECT_DELIVERY)
    },

    /** 签发: delivers the answer waiting for sign-off (unit head of its unit, office, admin). */
    approveAnswer: (staff: Actor, id: string, log: Logger) => signoff.approve(staff, id, log),

    /** 退回修改: sends the waiting answer back to its author with a comment. */
    returnAnswer: (staff: Actor, id: string, comment: string, log: Logger) =>
      signoff.sendBack(staff, id, comment, log),

    /** The unit asks for more working days; only before the deadline, one request at a time. */
    async requestExtension(
      staff: Actor,
      id: string,
      input: { workingDays: number; reason: string },
      log: Logger,
    ) {
      const message = await loadVisible(staff, id)
      authorize(staff, message, 'requestExtension')
      if (!EXTENDABLE.includes(message.status)) throw stateConflict()
      const now = deps.clock()
      if (now.getTime() > message.dueAt.getTime()) {
        throw new AppError(422, 'deadline_passed', '答复期限已过，不能再申请延期，请尽快答复')
      }
      if (message.extension?.status === 'requested') throw extensionPending()
      // The deadline before any extension of the running clock, kept for display and statistics.
      const originalDueDate =
        (message.extensionWorkingDays ?? 0) > 0 && message.extension
          ? message.extension.originalDueDate
          : message.dueDate
      const updated = await commits.commit(
        {
          _id: message._id,
          status: { $in: EXTENDABLE },
          unit: message.unit ?? null,
          dueDate: message.dueDate,
          'extension.status': { $ne: 'requested' },
        },
        {
          $set: {
            extension: {
              workingDays: input.workingDays,
              reason: input.reason,
              status: 'requested',
              requestedAt: now,
              requestedBy: staff.id,
              originalDueDate,
            },
          },
        },
        {
          events: [
            eventOf(staff, 'extension_requested', {
              visibleToCitizen: false,
              data: {
                workingDays: input.workingDays,
                reason: input.reason,
                dueDate: message.dueDate,
              },
            }),
          ],
        },
        log,
      )
      if (!updated) throw stateConflict()
      return { message: updated, history: await historyOf(updated) }
    },

    /** The office decides a pending extension; approval moves the deadline from the current one. */
    async decideExtension(
      staff: Actor,
      id: string,
      decision: 'approve' | 'refuse',
      reason: string | undefined,
      log: Logger,
    ) {
      const message = await loadVisible(staff, id)
      authorize(staff, message, 'approveExtension')
      const extension = message.extension
      if (extension?.status !== 'requested') {
        throw conflict('no_pending_extension', '该留言没有待审批的延期申请')
      }
      if (!EXTENDABLE.includes(message.status)) throw stateConflict()
      const now = deps.clock()
      const decided = {
        'extension.status': decision === 'approve' ? 'approved' : 'refused',
        'extension.decidedAt': now,
        'extension.decidedBy': staff.id,
        ...(reason ? { 'extension.decisionReason': reason } : {}),
      }
      let change: UpdateQuery<Message> = { $set: decided }
      let toDueDate: string | undefined
      if (decision === 'approve') {
        await deps.calendar.ensureFresh()
        const current = {
          receivedDate: message.receivedDate,
          dueDate: message.dueDate,
          dueAt: message.dueAt,
          provisional: message.provisional,
        }
        const next = extendDeadline(deps.calendar.current(), current, extension.workingDays)
        toDueDate = next.dueDate
        change = {
          $set: {
            ...decided,
            dueDate: next.dueDate,
            dueAt: next.dueAt,
            provisional: next.provisional,
          },
          $inc: { extensionWorkingDays: extension.workingDays },
        }
      }
      const updated = await commits.commit(
        {
          _id: message._id,
          status: { $in: EXTENDABLE },
          dueDate: message.dueDate,
          'extension.status': 'requested',
          'extension.requestedAt': extension.requestedAt,
        },
        change,
        {
          events: [
            eventOf(staff, decision === 'approve' ? 'extension_approved' : 'extension_refused', {
              // The citizen sees the new deadline; a refusal stays internal.
              visibleToCitizen: decision === 'approve',
              data: {
                workingDays: extension.workingDays,
                fromDueDate: message.dueDate,
                ...(toDueDate ? { toDueDate } : {}),
                ...(reason ? { reason } : {}),
                // The unit then, so rebuilt statistics match even after a later transfer.
                unit: holderOf(message),
              },
            }),
          ],
          counters:
            counters?.extensionDecided(message.toObject(), decision === 'approve', now) ?? [],
        },
        log,
      )
      if (!updated) throw stateConflict()
      log.info({ messageId: id, decision, toDueDate }, 'extension decided')
      return { message: updated, history: await historyOf(updated) }
    },
  }
}

export type StaffMessagesService = ReturnType<typeof createStaffMessagesService>
