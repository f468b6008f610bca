import type { Logger } from 'pino'
import { beijingDate, type WorkingCalendar } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Notifications } from '../notifications/notifications.service'
import {
  buildReminders,
  findReminderCandidates,
  isReminderTime,
  reminderText,
  type ReminderSink,
  type ReminderWindow,
} from './reminders'

/** How long a lease lasts without renewal; a crashed holder is replaced after this. */
export const LEASE_TTL_MS = 3 * 60_000
/** How often the scheduler wakes up. */
export const TICK_MS = 60_000
const LEASE_NAME = 'scheduler'

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000
}

/**
 * Takes or renews the named lease for `holder`: succeeds when nobody holds it, it expired, or
 * `holder` already has it. Atomic in MongoDB, so of several instances exactly one wins.
 */
export async function acquireLease(
  models: Models,
  name: string,
  holder: string,
  now: Date,
  ttlMs = LEASE_TTL_MS,
): Promise<boolean> {
  try {
    const lease = await models.Lease.findOneAndUpdate(
      { _id: name, $or: [{ expiresAt: { $lte: now } }, { holder }] },
      { $set: { holder, expiresAt: new Date(now.getTime() + ttlMs) } },
      { upsert: true, new: true },
    ).lean()
    return lease?.holder === holder
  } catch (error) {
    // Someone else holds a live lease: the upsert tried to insert a second document.
    if (isDuplicateKey(error)) return false
    throw error
  }
}

export interface SchedulerDeps {
  models: Models
  /** The calendar in force, brought up to date before each daily decision. */
  calendar: () => WorkingCalendar
  ensureFresh?: () => Promise<void>
  notifications?: Notifications
  /** WeChat content checks of messages waiting for another attempt. */
  contentChecks?: { checkDue(): Promise<{ done: number; pending: number; failed: number }> }
  closeUnratedMessages: (now: Date) => Promise<{ checked: number; closed: number }>
  sinks: ReminderSink[]
  window: ReminderWindow
  clock: () => Date
  log: Logger
  /** This instance's name in the lease (host and process id in production). */
  holder: string
}

export interface TickResult {
  leader: boolean
  notices?: { sent: number; pending: number; failed: number }
  contentChecks?: { done: number; pending: number; failed: number }
  reminders?: number
  closed?: number
}

/**
 * Scheduled work, run by whichever instance holds the lease: answer notices and content checks
 * that are due for another attempt (every tick), and once per working day, in working hours, the reminders and
 * the automatic closing of unrated answers.
 */
export function createScheduler(deps: SchedulerDeps) {
  const { models, log } = deps

  /** Claims `<job>:<today>`; false when this job already ran today (here or elsewhere). */
  async function claimDay(job: string, now: Date): Promise<boolean> {
    try {
      await models.ScheduledRun.create({
        _id: `${job}:${beijingDate(now)}`,
        at: now,
        holder: deps.holder,
      })
      return true
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  }

  async function sendReminders(now: Date): Promise<number> {
    const calendar = deps.calendar()
    const candidates = await findReminderCandidates(models, calendar, now)
    const reminders = buildReminders(candidates, calendar, now)
    for (const reminder of reminders) {
      const text = reminderText(reminder)
      for (const sink of deps.sinks) {
        try {
          await sink.deliver(reminder, text)
        } catch (error) {
          log.error({ err: error, recipient: reminder.recipient }, 'reminder delivery failed')
        }
      }
    }
    await models.ScheduledRun.updateOne(
      { _id: `reminders:${beijingDate(now)}` },
      { $set: { summary: { recipients: reminders.length } } },
    )
    log.info({ recipients: reminders.length }, 'daily reminders sent')
    return reminders.length
  }

  async function tick(): Promise<TickResult> {
    const now = deps.clock()
    if (!(await acquireLease(models, LEASE_NAME, deps.holder, now))) return { leader: false }
    const result: TickResult = { leader: true }
    if (deps.notifications) result.notices = await deps.notifications.deliverDue()
    if (deps.contentChecks) result.contentChecks = await deps.contentChecks.checkDue()
    await deps.ensureFresh?.()
    if (isReminderTime(now, deps.calendar(), deps.window)) {
      if (await claimDay('reminders', now)) result.reminders = await sendReminders(now)
      if (await claimDay('auto-close', now)) {
        const { closed } = await deps.closeUnratedMessages(now)
        result.closed = closed
        log.info({ closed }, 'unrated answers closed')
      }
    }
    return result
  }

  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> | undefined

  return {
    tick,

    /** Ticks every minute (the first one right away) until `stop`. */
    start() {
      const run = () => {
        // A slow tick (a long WeChat outage) is not overlapped by the next one.
        if (running) return
        running = tick()
          .catch((error: unknown) => log.error({ err: error }, 'scheduler tick'))
          .finally(() => {
            running = undefined
          })
      }
      run()
      timer = setInterval(run, TICK_MS)
      timer.unref()
      log.info({ holder: deps.holder }, 'scheduler started')
    },

    /** Stops ticking, waits for a tick in progress and hands the lease back at once. */
    async stop() {
      if (timer) clearInterval(timer)
      await running
      await models.Lease.updateOne(
        { _id: LEASE_NAME, holder: deps.holder },
        { $set: { expiresAt: deps.clock() } },
      ).catch((error: unknown) => log.warn({ err: error }, 'could not release the lease'))
    },
  }
}
