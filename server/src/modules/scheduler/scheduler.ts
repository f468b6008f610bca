import type { Logger } from 'pino'
import { beijingDate, type WorkingCalendar } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Notifications } from '../notifications'
import { isDuplicateKey } from '../../db/duplicate-key'
import {
  buildReminders,
  findReminderCandidates,
  isReminderTime,
  reminderText,
  type Reminder,
  type ReminderSink,
  type ReminderWindow,
} from './reminders'

/** How long a lease lasts without renewal; a crashed holder is replaced after this. */
export const LEASE_TTL_MS = 3 * 60_000
/** How often the scheduler wakes up. */
export const TICK_MS = 60_000
const LEASE_NAME = 'scheduler'

/**
 * Takes or renews the named lease for `holder`: succeeds when nobody holds it, it expired, or
 * `holder` already has it. A conditional `updateOne` (checked by matchedCount) or an insert
 * guarded by the unique `_id`, both atomic on every engine the product runs on (a guarded
 * `findOneAndUpdate` is not on the embedded engine), so of several instances exactly one wins.
 */
export async function acquireLease(
  models: Models,
  name: string,
  holder: string,
  now: Date,
  ttlMs = LEASE_TTL_MS,
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs)
  const taken = await models.Lease.updateOne(
    { _id: name, $or: [{ expiresAt: { $lte: now } }, { holder }] },
    { $set: { holder, expiresAt } },
  )
  if (taken.matchedCount === 1) return true
  try {
    await models.Lease.create({ _id: name, holder, expiresAt })
    return true
  } catch (error) {
    // Someone else holds a live lease.
    if (isDuplicateKey(error)) return false
    throw error
  }
}

/**
 * Extends a lease `holder` still has; false when it expired or another instance took it,
 * and the holder must then stop its work.
 */
export async function renewLease(
  models: Models,
  name: string,
  holder: string,
  now: Date,
  ttlMs = LEASE_TTL_MS,
): Promise<boolean> {
  const renewed = await models.Lease.updateOne(
    { _id: name, holder, expiresAt: { $gt: now } },
    { $set: { expiresAt: new Date(now.getTime() + ttlMs) } },
  )
  return renewed.matchedCount === 1
}

export interface SchedulerDeps {
  models: Models
  /** The calendar in force, brought up to date before each daily decision. */
  calendar: () => WorkingCalendar
  ensureFresh?: () => Promise<void>
  notifications?: Pick<Notifications, 'deliverDue'>
  /** Answers to 12345 工单 waiting for another delivery attempt (modules/intake). */
  hotlineAnswers?: Pick<Notifications, 'deliverDue'>
  /** WeChat content checks of messages waiting for another attempt. */
  contentChecks?: { checkDue(): Promise<{ done: number; pending: number; failed: number }> }
  closeUnratedMessages: (now: Date) => Promise<{ checked: number; closed: number }>
  /** Removes photos uploaded more than 24 hours ago and never attached to a message. */
  removeStaleUploads?: (now: Date) => Promise<{ removed: number }>
  sinks: ReminderSink[]
  window: ReminderWindow
  clock: () => Date
  log: Logger
  /** This instance's name in the lease (host and process id in production). */
  holder: string
}

export interface TickResult {
  leader: boolean
  /** The lease was lost during the tick, which then stopped; the new holder finishes. */
  leaseLost?: true
  notices?: { sent: number; pending: number; failed: number }
  hotlineAnswers?: { sent: number; pending: number; failed: number }
  contentChecks?: { done: number; pending: number; failed: number }
  reminders?: number
  closed?: number
  staleUploadsRemoved?: number
}

/**
 * Scheduled work, run by whichever instance holds the lease: answer notices and content checks
 * that are due for another attempt (every tick), and once per working day, in working hours, the reminders and
 * the automatic closing of unrated answers.
 */
export function createScheduler(deps: SchedulerDeps) {
  const { models, log } = deps

  const runId = (job: string, now: Date) => `${job}:${beijingDate(now)}`

  /** Whether `job` has finished its run of `now`'s day (here or on another instance). */
  async function isDone(job: string, now: Date): Promise<boolean> {
    return (await models.ScheduledRun.exists({ _id: runId(job, now) })) !== null
  }

  /** Records that `job` finished today's run; a second instance finishing too changes nothing. */
  async function markDone(job: string, now: Date, summary: Record<string, unknown>) {
    try {
      await models.ScheduledRun.create({
        _id: runId(job, now),
        at: deps.clock(),
        holder: deps.holder,
        summary,
      })
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
  }

  /** Extends the lease between items of work; false when it is lost and the work must stop. */
  async function stillLeader(): Promise<boolean> {
    if (await renewLease(models, LEASE_NAME, deps.holder, deps.clock())) return true
    log.warn({ holder: deps.holder }, 'scheduler lease lost: stopping this run')
    return false
  }

  /**
   * Claims one recipient's reminder of the day: true to deliver it now. False when it was sent,
   * or another instance is delivering it. A claim left `sending` for longer than a lease (its
   * holder died mid-delivery) is taken over: that reminder may then arrive twice, which beats
   * never.
   */
  async function claimReminder(id: string): Promise<boolean> {
    const now = deps.clock()
    try {
      await models.ScheduledRun.create({ _id: id, at: now, holder: deps.holder, state: 'sending' })
      return true
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
    const claim = await models.ScheduledRun.findById(id).lean()
    if (!claim || claim.state !== 'sending') return false
    if (now.getTime() - claim.at.getTime() < LEASE_TTL_MS) return false
    const taken = await models.ScheduledRun.updateOne(
      { _id: id, state: 'sending', at: claim.at, holder: claim.holder },
      { $set: { at: now, holder: deps.holder } },
    )
    if (taken.modifiedCount === 1) {
      log.warn({ id, previousHolder: claim.holder }, 'resending a reminder left undelivered')
    }
    return taken.modifiedCount === 1
  }

  /** Delivers a claimed reminder; on failure gives the claim back so that a later tick retries. */
  async function deliver(id: string, reminder: Reminder): Promise<boolean> {
    const text = reminderText(reminder)
    try {
      for (const sink of deps.sinks) await sink.deliver(reminder, text)
    } catch (error) {
      log.error({ err: error, recipient: reminder.recipient }, 'reminder delivery failed')
      await models.ScheduledRun.deleteOne({ _id: id, holder: deps.holder, state: 'sending' })
      return false
    }
    await models.ScheduledRun.updateOne(
      { _id: id, holder: deps.holder },
      { $set: { state: 'sent', at: deps.clock() } },
    )
    return true
  }

  /**
   * Today's reminders, one recipient at a time, renewing the lease before each. Each is sent
   * at most once (see claimReminder); the day is marked done only when every one was, so a
   * crash, a lost lease or a failed delivery leaves the rest to the next tick.
   */
  async function sendReminders(now: Date): Promise<{ sent: number; done: boolean; lost: boolean }> {
    const calendar = deps.calendar()
    const candidates = await findReminderCandidates(models, calendar, now)
    const reminders = buildReminders(candidates, calendar, now)
    let sent = 0
    let pending = 0
    for (const reminder of reminders) {
      if (!(await stillLeader())) return { sent, done: false, lost: true }
      const id = `${runId('reminders', now)}:${reminder.recipient}`
      if (await claimReminder(id)) {
        if (await deliver(id, reminder)) sent += 1
        else pending += 1
      } else if (!(await models.ScheduledRun.exists({ _id: id, state: 'sent' }))) {
        pending += 1 // another instance is delivering it now
      }
    }
    if (pending === 0) {
      await markDone('reminders', now, { recipients: reminders.length })
      log.info({ recipients: reminders.length, sentNow: sent }, 'daily reminders sent')
    }
    return { sent, done: pending === 0, lost: false }
  }

  async function tick(): Promise<TickResult> {
    const now = deps.clock()
    if (!(await acquireLease(models, LEASE_NAME, deps.holder, now))) return { leader: false }
    const result: TickResult = { leader: true }
    if (deps.notifications) {
      result.notices = await deps.notifications.deliverDue()
      // Retries can be slow (a WeChat outage): make sure the lease outlived them.
      if (!(await stillLeader())) return { ...result, leaseLost: true }
    }
    if (deps.hotlineAnswers) {
      result.hotlineAnswers = await deps.hotlineAnswers.deliverDue()
      if (!(await stillLeader())) return { ...result, leaseLost: true }
    }
    if (deps.contentChecks) {
      result.contentChecks = await deps.contentChecks.checkDue()
      if (!(await stillLeader())) return { ...result, leaseLost: true }
    }
    if (deps.removeStaleUploads) {
      result.staleUploadsRemoved = (await deps.removeStaleUploads(now)).removed
      if (!(await stillLeader())) return { ...result, leaseLost: true }
    }
    await deps.ensureFresh?.()
    if (!isReminderTime(now, deps.calendar(), deps.window)) return result
    if (!(await isDone('reminders', now))) {
      const reminders = await sendReminders(now)
      result.reminders = reminders.sent
      if (reminders.lost) return { ...result, leaseLost: true }
    }
    if (!(await isDone('auto-close', now))) {
      if (!(await stillLeader())) return { ...result, leaseLost: true }
      const { closed } = await deps.closeUnratedMessages(now)
      await markDone('auto-close', now, { closed })
      result.closed = closed
      log.info({ closed }, 'unrated answers closed')
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
