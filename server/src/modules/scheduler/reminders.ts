import type { Logger } from 'pino'
import { unitName } from '@zhengmin/config'
import {
  BEIJING_OFFSET_MS,
  beijingDate,
  formatLookupCode,
  NOT_AWAITING_LEAD,
  OPEN_STATUSES,
  PENDING_ANSWER_STATUSES,
  urgencyFilter,
  urgencyOf,
  type IsoDate,
  type PendingAnswerStatus,
  type WorkingCalendar,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { pendingAnswerOf, type Message } from '../messages'

/** One message in a reminder: no name or phone, only what the unit needs to find it. */
export interface ReminderItem {
  id: string
  code: string
  title: string
  unit?: string
  dueDate: IsoDate
  /** Working days from today to the deadline: 0 on the due date, negative once overdue. */
  workingDaysLeft: number
  /** Its answer waits for sign-off (待签发) or was sent back to its author (退回修改). */
  signoff?: PendingAnswerStatus
  /** The Beijing date the answer waiting for sign-off was submitted. */
  submittedOn?: IsoDate
  /** The Beijing date an answer was sent back to its author (退回修改). */
  returnedOn?: IsoDate
}

/** The list one recipient gets: a unit (its own messages) or the office (every overdue one). */
export interface Reminder {
  recipient: string
  recipientName: string
  date: IsoDate
  dueSoon: ReminderItem[]
  overdue: ReminderItem[]
  /**
   * Answers waiting for this recipient's sign-off (签发), whatever their deadline: a unit's
   * (for its 科室负责人) where the unit head signs off, the office's where the office does.
   */
  awaitingSignoff: ReminderItem[]
  /** A unit's answers sent back by the approver (退回修改), waiting for its handler to resubmit. */
  returnedForRevision: ReminderItem[]
}

/** What a reminder needs of a message (no name or phone). */
export type ReminderCandidate = Pick<
  Message,
  '_id' | 'code' | 'title' | 'unit' | 'status' | 'dueDate' | 'dueAt' | 'pendingAnswer'
>

const CANDIDATE_FIELDS = '_id code title unit status dueDate dueAt pendingAnswer'

export interface ReminderWindow {
  /** Minutes after Beijing midnight. */
  fromMinute: number
  untilMinute: number
}

/** Reminders go out on working days (make-up Saturdays included), within working hours. */
export function isReminderTime(now: Date, calendar: WorkingCalendar, window: ReminderWindow) {
  const beijing = new Date(now.getTime() + BEIJING_OFFSET_MS)
  const minute = beijing.getUTCHours() * 60 + beijing.getUTCMinutes()
  return (
    calendar.isWorkingDay(beijingDate(now)) &&
    minute >= window.fromMinute &&
    minute < window.untilMinute
  )
}

/**
 * Who approves an answer at this level, as a recipient: the unit (its 科室负责人, in the unit's
 * reminder) or the office — the approvers `canSignOffAnswer` names, each reminded of their own
 * queue (the office's 待签发 tab also lists the unit heads' answers, but is reminded only of its
 * own).
 */
function approverOf(level: string, unit: string | undefined): string | undefined {
  if (level === 'office') return 'office'
  return level === 'unit-head' ? unit : undefined
}

/**
 * Who gets what on `now`'s day, by the shared `urgencyOf` (the rule of the inbox tabs and
 * badges). Each unit gets its own lists; the office gets every overdue message, and the messages
 * still waiting for dispatch that are due soon. An answer waiting for sign-off is in its
 * approver's list (`awaitingSignoff`) every working day until it is approved or sent back, one
 * sent back is in its unit's (`returnedForRevision`) until resubmitted, and both are marked in
 * the unit's due-soon and overdue lists, so nobody answers them twice.
 */
export function buildReminders(
  messages: ReminderCandidate[],
  calendar: WorkingCalendar,
  now: Date,
): Reminder[] {
  const today = beijingDate(now)
  const byRecipient = new Map<string, Reminder>()
  const listFor = (recipient: string) => {
    let reminder = byRecipient.get(recipient)
    if (!reminder) {
      const name = recipient === 'office' ? '办公室（督办）' : (unitName(recipient) ?? recipient)
      reminder = {
        recipient,
        recipientName: name,
        date: today,
        dueSoon: [],
        overdue: [],
        awaitingSignoff: [],
        returnedForRevision: [],
      }
      byRecipient.set(recipient, reminder)
    }
    return reminder
  }
  const ordered = [...messages].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
  for (const message of ordered) {
    const signoff = pendingAnswerOf(message)
    const item: ReminderItem = {
      id: String(message._id),
      code: message.code,
      title: message.title,
      ...(message.unit ? { unit: message.unit } : {}),
      dueDate: message.dueDate,
      workingDaysLeft: calendar.workingDaysBetween(today, message.dueDate),
      ...(signoff
        ? { signoff: signoff.status, submittedOn: beijingDate(signoff.submittedAt) }
        : {}),
      ...(signoff?.returned ? { returnedOn: beijingDate(signoff.returned.at) } : {}),
    }
    if (signoff && OPEN_STATUSES.includes(message.status)) {
      // Waiting for its approver, or sent back and waiting for the unit's handler.
      const approver = approverOf(signoff.level, message.unit)
      if (signoff.status === 'pending' && approver) listFor(approver).awaitingSignoff.push(item)
      if (signoff.status === 'returned' && message.unit)
        listFor(message.unit).returnedForRevision.push(item)
    }
    const urgency = urgencyOf(message, calendar, now)
    if (urgency !== 'overdue' && urgency !== 'due-soon') continue
    if (urgency === 'overdue') {
      listFor('office').overdue.push(item)
      if (message.unit) listFor(message.unit).overdue.push(item)
    } else {
      listFor(message.unit ?? 'office').dueSoon.push(item)
    }
  }
  return [...byRecipient.values()]
}

/**
 * The candidates of `buildReminders`: overdue or due-soon messages, and those whose answer
 * waits for sign-off or was sent back (two indexed queries), each once.
 */
export async function findReminderCandidates(
  models: Models,
  calendar: WorkingCalendar,
  now: Date,
): Promise<ReminderCandidate[]> {
  // 并单: a duplicate waiting for its lead is reminded of through the lead only.
  const pressing = await models.Message.find({
    ...urgencyFilter('pressing', calendar, now),
    ...NOT_AWAITING_LEAD,
  })
    .select(CANDIDATE_FIELDS)
    .lean()
  const held = await models.Message.find({
    'pendingAnswer.status': { $in: [...PENDING_ANSWER_STATUSES] },
    status: { $in: OPEN_STATUSES },
    ...NOT_AWAITING_LEAD,
  })
    .select(CANDIDATE_FIELDS)
    .lean()
  const seen = new Set(pressing.map((message) => String(message._id)))
  return [...pressing, ...held.filter((message) => !seen.has(String(message._id)))]
}

/** "超期 2 个工作日" / "今日到期" / "剩余 1 个工作日". */
function daysText(workingDaysLeft: number): string {
  if (workingDaysLeft > 0) return `剩余 ${workingDaysLeft} 个工作日`
  if (workingDaysLeft === 0) return '今日到期'
  return `超期 ${-workingDaysLeft} 个工作日`
}

/** "，答复待签发" / "，答复已退回修改" after a message whose answer is held for sign-off. */
const SIGNOFF_MARKS: Record<PendingAnswerStatus, string> = {
  pending: '，答复待签发',
  returned: '，答复已退回修改',
}

/** The reminder as staff read it (Markdown, as WeCom group robots show it). */
export function reminderText(reminder: Reminder): string {
  const office = reminder.recipient === 'office'
  const line = (item: ReminderItem, extra: string) => {
    const unit = office && item.unit ? `${unitName(item.unit) ?? item.unit}，` : ''
    return `- ${item.title}（${unit}查询码 ${formatLookupCode(item.code)}，期限 ${item.dueDate}，${daysText(item.workingDaysLeft)}${extra}）`
  }
  const owed = (item: ReminderItem) => line(item, item.signoff ? SIGNOFF_MARKS[item.signoff] : '')
  const parts = [`**留言办理提醒** ${reminder.recipientName} ${reminder.date}`]
  if (reminder.overdue.length > 0) {
    parts.push(`超期未答复 ${reminder.overdue.length} 件：`, ...reminder.overdue.map(owed))
  }
  if (reminder.dueSoon.length > 0) {
    const label = office ? '待分办且临期' : '临期'
    parts.push(`${label} ${reminder.dueSoon.length} 件：`, ...reminder.dueSoon.map(owed))
  }
  if (reminder.awaitingSignoff.length > 0) {
    const approver = office ? '办公室' : '科室负责人'
    parts.push(
      `待${approver}签发的答复 ${reminder.awaitingSignoff.length} 件（签发前留言人看不到答复，答复期限照常计算）：`,
      ...reminder.awaitingSignoff.map((item) =>
        line(item, item.submittedOn ? `，答复提交于 ${item.submittedOn}` : ''),
      ),
      `请${approver}在工作人员端收件箱“待签发”中签发或退回修改。`,
    )
  }
  if (reminder.returnedForRevision.length > 0) {
    parts.push(
      `退回修改、待重新提交的答复 ${reminder.returnedForRevision.length} 件：`,
      ...reminder.returnedForRevision.map((item) =>
        line(item, item.returnedOn ? `，退回于 ${item.returnedOn}` : ''),
      ),
      '请经办人按签发人的意见修改后重新提交。',
    )
  }
  parts.push('请登录政民互动工作人员端及时办理。')
  return parts.join('\n')
}

/** Where reminders are delivered. */
export interface ReminderSink {
  deliver(reminder: Reminder, text: string): Promise<void>
}

/** The default sink: one structured log line per recipient. */
export function logReminderSink(log: Logger): ReminderSink {
  return {
    async deliver(reminder) {
      log.info(
        {
          recipient: reminder.recipient,
          date: reminder.date,
          overdue: reminder.overdue.map((item) => item.code),
          dueSoon: reminder.dueSoon.map((item) => item.code),
          awaitingSignoff: reminder.awaitingSignoff.map((item) => item.code),
          returnedForRevision: reminder.returnedForRevision.map((item) => item.code),
        },
        'reminder',
      )
    },
  }
}

/**
 * A WeCom group robot (or any webhook taking the same JSON, e.g. a mail relay): the recipient's
 * own URL, else the one under '*'. Recipients without a URL are skipped (the log has them).
 */
export function webhookReminderSink(
  urls: Record<string, string>,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): ReminderSink {
  const fetchFn = options.fetch ?? fetch
  return {
    async deliver(reminder, text) {
      const url = urls[reminder.recipient] ?? urls['*']
      if (!url) return
      const response = await fetchFn(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content: text } }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      })
      const body = (await response.json().catch(() => ({}))) as { errcode?: number }
      if (!response.ok || (body.errcode ?? 0) !== 0) {
        throw new Error(`webhook answered ${response.status} errcode ${String(body.errcode)}`)
      }
    },
  }
}
