import type { Logger } from 'pino'
import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import {
  createWorkingCalendar,
  endOfBeijingDay,
  OPEN_STATUSES,
  SHIPPED_SCHEDULES,
  yearScheduleSchema,
  type ReplyDeadline,
  type WorkingCalendar,
  type YearSchedule,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { validate } from '../../http/validate'

/** How long a cached calendar may serve previews before the database is asked for news. */
const PREVIEW_MAX_AGE_MS = 60_000

export interface LoadYearResult {
  year: number
  version: number
  /** Open messages whose deadline was checked, and those whose deadline changed. */
  checked: number
  changed: number
}

export interface CalendarServiceDeps {
  models: Models
  clock: () => Date
  log: Logger
}

/**
 * `deadline` moved by `extraWorkingDays` working days (an approved extension); provisional when
 * either the base deadline or the new due date lies in a year without an official schedule.
 */
export function extendDeadline(
  calendar: WorkingCalendar,
  deadline: ReplyDeadline,
  extraWorkingDays: number,
): ReplyDeadline {
  if (extraWorkingDays === 0) return deadline
  const dueDate = calendar.addWorkingDays(deadline.dueDate, extraWorkingDays)
  return {
    receivedDate: deadline.receivedDate,
    dueDate,
    dueAt: endOfBeijingDay(dueDate),
    provisional: deadline.provisional || !calendar.isCertain(dueDate),
  }
}

/** Keeps the schedule of each year in force in memory, built from the database's newest versions. */
export function createCalendarService(deps: CalendarServiceDeps) {
  const { CalendarYear, Message, MessageEvent } = deps.models
  let calendar: WorkingCalendar = createWorkingCalendar(SHIPPED_SCHEDULES)
  let newestVersionId: string | undefined
  let checkedAt = Number.NEGATIVE_INFINITY

  /** Rebuilds the calendar from the newest version of every year in the database. */
  async function reload(): Promise<void> {
    const versions = await CalendarYear.find().sort({ year: 1, version: 1 }).lean()
    const inForce = new Map<number, YearSchedule>(SHIPPED_SCHEDULES.map((s) => [s.year, s]))
    for (const v of versions) {
      inForce.set(v.year, {
        year: v.year,
        restDays: v.restDays,
        makeUpWorkingDays: v.makeUpWorkingDays,
        notice: {
          number: v.notice.number ?? null,
          issuedOn: v.notice.issuedOn,
          ...(v.notice.title ? { title: v.notice.title } : {}),
        },
      })
    }
    calendar = createWorkingCalendar([...inForce.values()])
    const newest = await CalendarYear.findOne().sort({ loadedAt: -1, _id: -1 }).select('_id').lean()
    newestVersionId = newest ? String(newest._id) : undefined
    checkedAt = deps.clock().getTime()
  }

  /** Reloads when another process loaded a year since we last looked (one indexed query). */
  async function refresh(maxAgeMs: number): Promise<void> {
    if (deps.clock().getTime() - checkedAt < maxAgeMs) return
    const newest = await CalendarYear.findOne().sort({ loadedAt: -1, _id: -1 }).select('_id').lean()
    const id = newest ? String(newest._id) : undefined
    if (id !== newestVersionId) await reload()
    else checkedAt = deps.clock().getTime()
  }

  /** Recomputes the deadline of every unanswered message, recording each change on the message. */
  async function recomputeOpenDeadlines(cause: { year: number; version: number }) {
    let checked = 0
    let changed = 0
    const cursor = Message.find({ status: { $in: OPEN_STATUSES } })
      .select(
        '_id status clockStartedAt workingDays dueDate dueAt provisional extension extensionWorkingDays',
      )
      .lean()
      .maxTimeMS(LONG_READ_MAX_TIME_MS)
      .cursor()
    for await (const message of cursor) {
      checked += 1
      const base = calendar.replyDeadline(message.clockStartedAt, message.workingDays)
      // Approved extensions count from the base deadline, so they move with it.
      const next = extendDeadline(calendar, base, message.extensionWorkingDays ?? 0)
      if (next.dueDate === message.dueDate && next.provisional === message.provisional) continue
      // Conditional on the deadline we read, so a concurrent change is never overwritten.
      const updated = await Message.updateOne(
        { _id: message._id, dueDate: message.dueDate, provisional: message.provisional },
        {
          $set: {
            dueDate: next.dueDate,
            dueAt: next.dueAt,
            provisional: next.provisional,
            ...(message.extension ? { 'extension.originalDueDate': base.dueDate } : {}),
          },
        },
      )
      if (updated.modifiedCount !== 1) continue
      changed += 1
      await MessageEvent.create({
        messageId: message._id,
        type: 'deadline_recomputed',
        at: deps.clock(),
        actor: { kind: 'system' },
        visibleToCitizen: true,
        data: {
          fromDueDate: message.dueDate,
          toDueDate: next.dueDate,
          fromProvisional: message.provisional,
          toProvisional: next.provisional,
          calendarYear: cause.year,
          calendarVersion: cause.version,
        },
      })
    }
    return { checked, changed }
  }

  return {
    /** The calendar in force (as of the last refresh). */
    current: (): WorkingCalendar => calendar,

    /** Reply deadline with the calendar in force; call `ensureFresh` first where it matters. */
    replyDeadline: (receivedAt: Date, workingDays: number): ReplyDeadline =>
      calendar.replyDeadline(receivedAt, workingDays),

    /** Makes sure a deadline about to be stored uses the newest loaded schedule. */
    ensureFresh: () => refresh(0),

    /** Refreshes at most once a minute; enough for previews shown before submission. */
    refreshForPreview: () => refresh(PREVIEW_MAX_AGE_MS),

    /** Stores the shipped schedules of years the database does not have yet, then loads all. */
    async initialize(): Promise<void> {
      for (const schedule of SHIPPED_SCHEDULES) {
        if (await CalendarYear.exists({ year: schedule.year })) continue
        try {
          await CalendarYear.create({
            ...schedule,
            version: 1,
            source: 'shipped',
            loadedAt: deps.clock(),
            loadedBy: 'system',
          })
        } catch (error) {
          // Another instance seeded the same year at the same moment: that is fine.
          if ((error as { code?: number }).code !== 11000) throw error
        }
      }
      await reload()
    },

    /**
     * Loads an official schedule as a new version of its year, then recomputes every open
     * deadline. Input is validated here because it comes from outside (file or request body).
     */
    async loadYear(input: unknown, loadedBy: string): Promise<LoadYearResult> {
      const schedule = validate(yearScheduleSchema, input)
      const latest = await CalendarYear.findOne({ year: schedule.year })
        .sort({ version: -1 })
        .lean()
      const version = (latest?.version ?? 0) + 1
      await CalendarYear.create({
        ...schedule,
        version,
        source: 'loaded',
        loadedAt: deps.clock(),
        loadedBy,
      })
      await reload()
      const { checked, changed } = await recomputeOpenDeadlines({ year: schedule.year, version })
      deps.log.info(
        { year: schedule.year, version, checked, changed, loadedBy },
        'calendar year loaded',
      )
      return { year: schedule.year, version, checked, changed }
    },

    /** The version of each year in force, for display. */
    async versions() {
      return CalendarYear.find().sort({ year: 1, version: -1 }).lean()
    },
  }
}

export type CalendarService = ReturnType<typeof createCalendarService>
