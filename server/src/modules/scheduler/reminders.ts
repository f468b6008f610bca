import type { Logger } from 'pino'
import { unitName } from '@zhengmin/config'
import {
  BEIJING_OFFSET_MS,
  beijingDate,
  formatLookupCode,
  NOT_AWAITING_LEAD,
  urgencyFilter,
  urgencyOf,
  type IsoDate,
  type WorkingCalendar,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { Message } from '../messages'

/** One message in a reminder: no name or phone, only what the unit needs to find it. */
export interface ReminderItem {
  id: string
  code: string
  title: string
  unit?: string
  dueDate: IsoDate
  /** Working days from today to the deadline: 0 on the due date, negative once overdue. */
  workingDaysLeft: number
}

/** The list one recipient gets: a unit (its own messages) or the office (every overdue one). */
export interface Reminder {
  recipient: string
  recipientName: string
  date: IsoDate
  dueSoon: ReminderItem[]
  overdue: ReminderItem[]
}

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
 * Who gets what on `now`'s day, by the shared `urgencyOf` (the rule of the inbox tabs and
 * badges). Each unit gets its own lists; the office gets every overdue message, and the messages
 * still waiting for dispatch that are due soon.
 */
export function buildReminders(
  messages: Pick<Message, '_id' | 'code' | 'title' | 'unit' | 'status' | 'dueDate' | 'dueAt'>[],
  calendar: WorkingCalendar,
  now: Date,
): Reminder[] {
  const today = beijingDate(now)
  const byRecipient = new Map<string, Reminder>()
  const listFor = (recipient: string) => {
    let reminder = byRecipient.get(recipient)
    if (!reminder) {
      const name = recipient === 'office' ? '办公室（督办）' : (unitName(recipient) ?? recipient)
      reminder = { recipient, recipientName: name, date: today, dueSoon: [], overdue: [] }
      byRecipient.set(recipient, reminder)
    }
    return reminder
  }
  const ordered = [...messages].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
  for (const message of ordered) {
    const urgency = urgencyOf(message, calendar, now)
    if (urgency !== 'overdue' && urgency !== 'due-soon') continue
    const item: ReminderItem = {
      id: String(message._id),
      code: message.code,
      title: message.title,
      ...(message.unit ? { unit: message.unit } : {}),
      dueDate: message.dueDate,
      workingDaysLeft: calendar.workingDaysBetween(today, message.dueDate),
    }
    if (urgency === 'overdue') {
      listFor('office').overdue.push(item)
      if (message.unit) listFor(message.unit).overdue.push(item)
    } else {
      listFor(message.unit ?? 'office').dueSoon.push(item)
    }
  }
  return [...byRecipient.values()]
}

/** The candidates of `buildReminders`: overdue or due-soon messages (indexed). */
export async function findReminderCandidates(models: Models, calendar: WorkingCalendar, now: Date) {
  // 并单: a duplicate waiting for its lead is reminded of through the lead only.
  return models.Message.find({ ...urgencyFilter('pressing', calendar, now), ...NOT_AWAITING_LEAD })
    .select('_id code title unit status dueDate dueAt')
    .lean()
}

/** "超期 2 个工作日" / "今日到期" / "剩余 1 个工作日". */
function daysText(workingDaysLeft: number): string {
  if (workingDaysLeft > 0) return `剩余 ${workingDaysLeft} 个工作日`
  if (workingDaysLeft === 0) return '今日到期'
  return `超期 ${-workingDaysLeft} 个工作日`
}

/** The reminder as staff read it (Markdown, as WeCom group robots show it). */
export function reminderText(reminder: Reminder): string {
  const line = (item: ReminderItem) => {
    const unit =
      reminder.recipient === 'office' && item.unit ? `${unitName(item.unit) ?? item.unit}，` : ''
    return `- ${item.title}（${unit}查询码 ${formatLookupCode(item.code)}，期限 ${item.dueDate}，${daysText(item.workingDaysLeft)}）`
  }
  const parts = [`**留言办理提醒** ${reminder.recipientName} ${reminder.date}`]
  if (reminder.overdue.length > 0) {
    parts.push(`超期未答复 ${reminder.overdue.length} 件：`, ...reminder.overdue.map(line))
  }
  if (reminder.dueSoon.length > 0) {
    const label = reminder.recipient === 'office' ? '待分办且临期' : '临期'
    parts.push(`${label} ${reminder.dueSoon.length} 件：`, ...reminder.dueSoon.map(line))
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
