import type { Logger } from 'pino'
import type { AppConfig } from '@zhengmin/config'
import type { RandomBytes } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import type { StaffAuth } from '../../http/staff-auth'
import type { CalendarService } from '../calendar'
import type { Message } from '../messages'
import type { StatsCounters } from '../stats'
import { createStatsService } from '../stats'
import { channelStatsRoutes, createChannelStats } from './channel-stats'
import { createHotlineAnswers, type HotlineAnswers } from './hotline-answers'
import { createHotlineClient } from './hotline-client'
import { createIntakeService } from './intake.service'
import { intakeRoutes } from './intake.routes'
import { smsSenderFor, type SmsSender } from './sms'

/** The 12345 answer outbox the configuration allows: queued only, without a base URL. */
export function hotlineAnswersFor(deps: {
  config: AppConfig
  models: Models
  clock: () => Date
  log: Logger
}): HotlineAnswers {
  const { hotline } = deps.config.intake
  const client = hotline.answerBaseUrl
    ? createHotlineClient({ config: { ...hotline, answerBaseUrl: hotline.answerBaseUrl } })
    : undefined
  return createHotlineAnswers({ models: deps.models, client, clock: deps.clock, log: deps.log })
}

/**
 * Messages from every channel (issue #22): 代录入 by staff, the 12345 interface, the answers
 * delivered back to 12345 and the per-channel figures. app.ts mounts `routers` and calls
 * `answered` after every stored answer.
 */
export function createIntakeModule(deps: {
  config: AppConfig
  models: Models
  calendar: CalendarService
  clock: () => Date
  randomBytes: RandomBytes
  stats: StatsCounters
  auth: StaffAuth
  logger: Logger
  /** main.ts shares one with the scheduler that retries deliveries. */
  hotlineAnswers?: HotlineAnswers | undefined
  sms?: SmsSender | undefined
}) {
  const { config, models, calendar, clock } = deps
  const hotlineAnswers =
    deps.hotlineAnswers ?? hotlineAnswersFor({ config, models, clock, log: deps.logger })
  const intake = createIntakeService({
    models,
    calendar,
    clock,
    randomBytes: deps.randomBytes,
    replyWorkingDays: config.replyWorkingDays,
    stats: deps.stats,
    sms: deps.sms ?? smsSenderFor(config.intake.sms),
  })
  const channelStats = createChannelStats({
    models,
    calendar: () => calendar.current(),
    clock,
    minSample: config.statsMinSample,
  })
  const stats = createStatsService({ models, calendar, clock, minSample: config.statsMinSample })
  return {
    intake,
    hotlineAnswers,
    routers: [
      intakeRoutes({ intake, auth: deps.auth, hotlineApiKey: config.intake.hotline.apiKey }),
      channelStatsRoutes({ stats, channelStats, auth: deps.auth }),
    ],
    /** After a reply or decline: a 12345 工单's answer goes back to the platform. */
    answered: (message: Message, log: Logger) => hotlineAnswers.answered(message, log),
  }
}
