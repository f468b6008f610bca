import { hostname } from 'node:os'
import type { AppConfig } from '@zhengmin/config'
import type { Logger } from 'pino'
import type { Models } from '../../db/models'
import type { CalendarService } from '../calendar'
import { createAutoClose } from '../messages'
import type { Notifications } from '../notifications'
import type { ContentSecurity } from '../content-security'
import { logReminderSink, webhookReminderSink, type ReminderSink } from './reminders'
import { createScheduler } from './scheduler'
import type { HotlineAnswers } from '../intake'
import type { AttachmentsService } from '../attachments'

/**
 * The scheduler as the server runs it: reminders to the log (and webhooks when configured),
 * the answer-notice and content-check retries, and the daily closing of unrated answers.
 */
export function createBackgroundWork(deps: {
  config: AppConfig
  models: Models
  calendar: CalendarService
  notifications: Notifications | undefined
  contentSecurity?: ContentSecurity | undefined
  /** Answers to 12345 工单 (modules/intake), retried like the answer notices. */
  hotlineAnswers?: HotlineAnswers | undefined
  /** Photos: uploads never attached are removed after 24 hours. */
  attachments?: Pick<AttachmentsService, 'removeStale'>
  logger: Logger
}) {
  const { config, models, calendar, logger, attachments } = deps
  const log = logger.child({ component: 'scheduler' })
  const sinks: ReminderSink[] = [logReminderSink(log)]
  if (Object.keys(config.scheduler.reminderWebhooks).length > 0) {
    sinks.push(webhookReminderSink(config.scheduler.reminderWebhooks))
  }
  const autoClose = createAutoClose({
    models,
    calendar: calendar.current,
    ensureFresh: calendar.ensureFresh,
    log,
  })
  return createScheduler({
    models,
    calendar: calendar.current,
    ensureFresh: calendar.ensureFresh,
    ...(deps.notifications ? { notifications: deps.notifications } : {}),
    ...(deps.contentSecurity ? { contentChecks: deps.contentSecurity } : {}),
    ...(deps.hotlineAnswers ? { hotlineAnswers: deps.hotlineAnswers } : {}),
    closeUnratedMessages: autoClose.closeUnratedMessages,
    ...(attachments
      ? { removeStaleUploads: (now: Date) => attachments.removeStale(now, log) }
      : {}),
    sinks,
    window: {
      fromMinute: config.scheduler.reminderFromMinute,
      untilMinute: config.scheduler.reminderUntilMinute,
    },
    clock: () => new Date(),
    log,
    holder: `${hostname()}:${process.pid}`,
  })
}
