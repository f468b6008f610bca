import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import type { Models } from '../../db/models'
import { finishGuideRevision } from '../guides'
import type { MessageCounters } from './message-counters'
import { migrateAnswerLists } from './answers-migration'
import type { Message } from './message.model'
import { createMessageCommits, NO_PENDING_OUTBOX } from './message-outbox'

/** How long an action's counter marks are kept after it was finished (see applyOnce). */
const MARK_KEPT_MS = 60 * 60 * 1000
const BATCH = 500
/** How many ids of each kind of problem the report lists. */
const LISTED = 20

export interface ReconcileReport {
  /** Actions interrupted between their writes, now finished (history, counters, publication). */
  actionsCompleted: number
  /** Guide versions published without their revision in the history yet, now recorded. */
  guideRevisionsCompleted: number
  /** Messages without their first history entry, now given one (older versions could lose it). */
  submittedEventsAdded: number
  /** Links from a message to a publication that was never stored (older versions), removed. */
  danglingPublicationLinks: number
  /** Messages answered before answers were kept as a list, given one (their answer first). */
  answerListsMigrated: number
  /** Counter marks of long-finished actions, removed. */
  counterMarksPruned: number
  /** Messages whose state differs from their last history entry: reported, not invented. */
  statusMismatches: string[]
  /** Publications shown publicly that their message does not point at: reported. */
  unlinkedPublications: string[]
}

/** Writes what every interrupted action still owes (its outbox); returns how many there were. */
export async function finishPendingActions(
  models: Models,
  stats: MessageCounters,
): Promise<number> {
  const commits = createMessageCommits({ models, stats })
  let finished = 0
  const pending = models.Message.find({ 'outbox.id': { $exists: true } }, '_id outbox')
    .maxTimeMS(LONG_READ_MAX_TIME_MS)
    .cursor()
  for await (const message of pending) {
    if (!message.outbox) continue
    await commits.flush(message._id, message.outbox)
    finished += 1
  }
  return finished
}

/**
 * Finds and repairs what an interrupted action or an older version can leave incomplete.
 * Safe while the service runs: every repair is idempotent or conditional on what it read.
 */
export async function reconcile(
  models: Models,
  stats: MessageCounters,
  now: Date = new Date(),
): Promise<ReconcileReport> {
  const { Message, Publication } = models
  const report: ReconcileReport = {
    actionsCompleted: 0,
    guideRevisionsCompleted: 0,
    submittedEventsAdded: 0,
    danglingPublicationLinks: 0,
    answerListsMigrated: 0,
    counterMarksPruned: 0,
    statusMismatches: [],
    unlinkedPublications: [],
  }

  report.actionsCompleted = await finishPendingActions(models, stats)

  for (const guide of await models.Guide.find(
    { pendingRevision: { $exists: true } },
    '_id pendingRevision',
  ).lean()) {
    if (!guide.pendingRevision) continue
    await finishGuideRevision(models, guide._id, guide.pendingRevision)
    report.guideRevisionsCompleted += 1
  }

  const linked = Message.find({ publicationId: { $ne: null } }, '_id publicationId')
    .maxTimeMS(LONG_READ_MAX_TIME_MS)
    .lean<Pick<Message, '_id' | 'publicationId'>[]>()
    .cursor()
  for await (const message of linked) {
    if (await Publication.exists({ _id: message.publicationId })) continue
    const result = await Message.updateOne(
      { _id: message._id, publicationId: message.publicationId, ...NO_PENDING_OUTBOX },
      { $unset: { publicationId: 1 } },
    )
    report.danglingPublicationLinks += result.modifiedCount
  }

  const published = Publication.find({ status: 'published' }, '_id messageId')
    .maxTimeMS(LONG_READ_MAX_TIME_MS)
    .lean()
    .cursor()
  for await (const publication of published) {
    const message = await Message.findById(publication.messageId, 'publicationId').lean()
    if (String(message?.publicationId) !== String(publication._id)) {
      if (report.unlinkedPublications.length < LISTED)
        report.unlinkedPublications.push(String(publication._id))
    }
  }

  await checkHistories(models, report)

  report.answerListsMigrated = await migrateAnswerLists(models)

  // An action still pending keeps its marks: its counters may be being written right now.
  report.counterMarksPruned = await stats.pruneAppliedMarks(
    new Date(now.getTime() - MARK_KEPT_MS),
    async (actionIds) => {
      const pending = await Message.find({ 'outbox.id': { $in: actionIds } }, 'outbox.id').lean()
      return new Set(pending.map((m) => String(m.outbox?.id)))
    },
  )
  return report
}

/** Every message has its first event, and its state is the one its last state event led to. */
async function checkHistories(models: Models, report: ReconcileReport) {
  const { Message, MessageEvent } = models
  let batch: Pick<Message, '_id' | 'status' | 'receivedAt' | 'outbox'>[] = []
  const check = async () => {
    const ids = batch.map((message) => message._id)
    const events = await MessageEvent.find(
      { messageId: { $in: ids }, toStatus: { $exists: true } },
      'messageId type toStatus at',
    )
      .sort({ at: 1, _id: 1 })
      .maxTimeMS(LONG_READ_MAX_TIME_MS)
      .lean()
    const submitted = new Set<string>()
    const last = new Map<string, string | undefined>()
    for (const event of events) {
      const id = String(event.messageId)
      if (event.type === 'submitted') submitted.add(id)
      last.set(id, event.toStatus)
    }
    for (const message of batch) {
      const id = String(message._id)
      if (message.outbox) continue // finished above; a new action has started since
      if (!submitted.has(id)) {
        try {
          await MessageEvent.create({
            // One id per message, so two runs add it once.
            _id: message._id,
            messageId: message._id,
            type: 'submitted',
            at: message.receivedAt,
            actor: { kind: 'citizen' },
            toStatus: 'submitted',
            visibleToCitizen: true,
            data: { restoredBy: 'reconcile' },
          })
          report.submittedEventsAdded += 1
        } catch (error) {
          if ((error as { code?: unknown } | null)?.code !== 11000) throw error
        }
        if (!last.has(id)) last.set(id, 'submitted')
      }
      if (last.get(id) !== message.status && report.statusMismatches.length < LISTED) {
        report.statusMismatches.push(id)
      }
    }
    batch = []
  }
  const all = Message.find({}, '_id status receivedAt outbox')
    .maxTimeMS(LONG_READ_MAX_TIME_MS)
    .lean<Pick<Message, '_id' | 'status' | 'receivedAt' | 'outbox'>[]>()
    .cursor()
  for await (const message of all) {
    batch.push(message)
    if (batch.length >= BATCH) await check()
  }
  if (batch.length > 0) await check()
}
