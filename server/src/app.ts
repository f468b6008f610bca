import { randomBytes as cryptoRandomBytes } from 'node:crypto'
import Koa from 'koa'
import Router from '@koa/router'
import type { Connection } from 'mongoose'
import type { Logger } from 'pino'
import type { AppConfig } from '@zhengmin/config'
import type { RandomBytes } from '@zhengmin/shared'
import { createModels } from './db/models'
import { errorHandler } from './http/error-handler'
import { jsonBody } from './http/json-body'
import { createRateLimits } from './http/rate-limits'
import { createCounterStore } from './http/rate-counters'
import { requestContext } from './http/request-context'
import { databaseDeadline, requireDatabaseForWrites } from './http/require-database'
import { securityHeaders } from './http/security-headers'
import { createStaffAuth } from './http/staff-auth'
import { staticApp } from './http/static-app'
import {
  calendarRoutes,
  staffCalendarRoutes,
  createCalendarService,
  type CalendarService,
} from './modules/calendar'
import { createDatabaseProbe, healthCheck, healthRoutes } from './modules/health'
import {
  createMessagesService,
  messagesRoutes,
  createIdempotencyKeys,
  createCitizenMessagesService,
  citizenMessagesRoutes,
  createStaffMessagesService,
  staffMessagesRoutes,
  createDuplicatesService,
  mergeRoutes,
  type Message,
} from './modules/messages'
import { referenceRoutes } from './modules/reference'
import { createStaffSessionService, createLoginThrottle, staffRoutes } from './modules/staff'
import { createNotifications, type Notifications } from './modules/notifications'
import {
  createCitizenSessions,
  wechatAuthRoutes,
  createWeChatClient,
  type WeChatClient,
} from './modules/wechat'
import { createContentSecurity, type ContentSecurity } from './modules/content-security'
import { createPublicCache, publicPageShortcut } from './http/public-cache'
import {
  createPublicationsService,
  publicationsRoutes,
  staffPublicationsRoutes,
} from './modules/publications'
import { createStatsCounters, createStatsService, staffStatsRoutes } from './modules/stats'
import {
  createGuidesService,
  guidesRoutes,
  staffGuidesRoutes,
  myGuideRatingsRoutes,
} from './modules/guides'
import { createIntakeModule, type HotlineAnswers, type SmsSender } from './modules/intake'
import {
  ATTACHMENT_UPLOAD_PATH,
  attachmentsRoutes,
  createAttachmentsService,
  gridFsAttachmentStore,
} from './modules/attachments'

export const API_PREFIX = '/api/v1'

/** What the app needs from outside; tests pass their own clock, database and calendar. */
export interface AppDeps {
  config: AppConfig
  logger: Logger
  db: Connection
  clock?: () => Date
  randomBytes?: RandomBytes
  /** The calendar service; main.ts passes one it has initialized (seeded) at start-up. */
  calendar?: CalendarService
  /** The WeChat API client; by default one for config.wechat when credentials are set. */
  wechat?: WeChatClient
  /** Answer notices; main.ts shares one with the scheduler that retries them. */
  notifications?: Notifications
  /** WeChat's content check of messages; main.ts shares one with the scheduler's retries. */
  contentSecurity?: ContentSecurity
  /** Answers delivered back to the 12345 platform; main.ts shares one with the scheduler. */
  hotlineAnswers?: HotlineAnswers
  /** Sends 查询码 text messages; by default the one SMS_PROVIDER names. */
  sms?: SmsSender
}

/** The WeChat client the configuration allows: none without credentials. */
export function wechatClientFor(config: AppConfig): WeChatClient | undefined {
  return config.wechat.credentials ? createWeChatClient({ config: config.wechat }) : undefined
}

/** Builds the Koa application. It never listens: main.ts does, tests drive it with supertest. */
export function createApp(deps: AppDeps): Koa {
  const { config, logger, db } = deps
  const clock = deps.clock ?? (() => new Date())
  const models = createModels(db)
  const calendar = deps.calendar ?? createCalendarService({ models, clock, log: logger })
  const randomBytes = deps.randomBytes ?? cryptoRandomBytes
  const statsCounters = createStatsCounters({ models, calendar: () => calendar.current() })
  const messages = createMessagesService({
    models,
    calendar,
    clock,
    randomBytes,
    replyWorkingDays: config.replyWorkingDays,
    stats: statsCounters,
  })
  const wechat = deps.wechat ?? wechatClientFor(config)
  const notifications =
    deps.notifications ??
    (wechat
      ? createNotifications({ models, wechat, config: config.wechat, clock, log: logger })
      : undefined)
  const contentSecurity =
    deps.contentSecurity ??
    (wechat ? createContentSecurity({ models, wechat, clock, log: logger }) : undefined)
  const citizenSessions = createCitizenSessions({
    models,
    clock,
    randomBytes: cryptoRandomBytes,
    sessionDays: config.citizenSessionDays,
  })
  const citizenMessages = createCitizenMessagesService({
    models,
    calendar,
    clock,
    replyWorkingDays: config.replyWorkingDays,
    stats: statsCounters,
  })
  // Every limit counts in MongoDB, shared by all instances; one per purpose.
  const counters = createCounterStore(models.RateCounter)
  const limits = createRateLimits({ counters, config, clock })
  const sessions = createStaffSessionService({
    models,
    clock,
    // Always the system's CSPRNG: a test's fixed randomBytes (for lookup codes) must never
    // make session tokens guessable or collide.
    randomBytes: cryptoRandomBytes,
    sessionHours: config.staffSessionHours,
    throttle: createLoginThrottle({ counters, config: config.staffLoginLockout }),
  })
  // `staffAuth.requireStaff(policy?)` guards every staff route (the policy is a named function of
  // shared/permissions); pass it to new staff modules.
  const staffAuth = createStaffAuth({
    authenticate: sessions.authenticate,
    secureCookie: config.env === 'production',
    cookiePath: API_PREFIX,
  })

  // Messages from other channels (代录入, 12345): see modules/intake.
  const intake = createIntakeModule({
    config,
    models,
    calendar,
    clock,
    randomBytes,
    stats: statsCounters,
    auth: staffAuth,
    logger,
    hotlineAnswers: deps.hotlineAnswers,
    sms: deps.sms,
  })

  const publicationsCache = createPublicCache({
    versions: models.ContentVersion,
    kind: 'publications',
    checkIntervalMs: config.publicCacheCheckMs,
    now: () => clock().getTime(),
  })
  const publications = createPublicationsService({
    models,
    clock,
    cache: publicationsCache,
    contentSecurityEnabled: contentSecurity !== undefined,
  })
  const guidesCache = createPublicCache({
    versions: models.ContentVersion,
    kind: 'guides',
    checkIntervalMs: config.publicCacheCheckMs,
    now: () => clock().getTime(),
  })
  const guides = createGuidesService({
    models,
    clock,
    calendar,
    cache: guidesCache,
    minSample: config.statsMinSample,
  })

  /** Tells of a stored answer: back to 12345 for its 工单, and the citizen's WeChat notice. */
  const noticeOfAnswer = async (message: Message, log: Logger) => {
    await intake.answered(message, log)
    if (notifications) await notifications.answered(message, log)
    else if (message.notifyOnAnswer) {
      log.warn(
        { messageId: String(message._id) },
        'answer notice not sent: WeChat is not configured',
      )
    }
  }
  const duplicates = createDuplicatesService({
    models,
    clock,
    stats: statsCounters,
    onAnswered: noticeOfAnswer,
  })
  const attachments = createAttachmentsService({
    models,
    store: gridFsAttachmentStore(db),
    clock,
  })

  const isDatabaseUp = createDatabaseProbe(db, () => Date.now())
  const api = new Router({ prefix: API_PREFIX })
  for (const routes of [
    healthRoutes({ isDatabaseUp }),
    referenceRoutes(),
    calendarRoutes({ calendar }),
    messagesRoutes({
      messages,
      submissionLimit: limits.submission,
      isKnownKey: createIdempotencyKeys(models).isKnown,
      optionalCitizen: citizenSessions.optionalCitizen,
      attachments,
      ...(contentSecurity
        ? { onSubmitted: (message, log) => contentSecurity.submitted(message, log) }
        : {}),
    }),
    citizenMessagesRoutes({
      citizenMessages,
      limits,
      requireCitizen: citizenSessions.requireCitizen,
      attachments,
    }),
    wechatAuthRoutes({ wechat, sessions: citizenSessions, limit: limits.wechatLogin.middleware }),
    staffRoutes({ sessions, auth: staffAuth, loginLimit: limits.staffLogin.middleware }),
    staffCalendarRoutes({ calendar, auth: staffAuth }),
    staffMessagesRoutes({
      staffMessages: createStaffMessagesService({
        models,
        calendar,
        clock,
        stats: statsCounters,
        answerSignoff: config.answerSignoff,
        onAnswered: async (message, log) => {
          await noticeOfAnswer(message, log)
          // 并单: the lead's first answer answers its merged duplicates, each with its notice.
          await duplicates.answerDuplicatesOf(message, log)
        },
        // 并单: the lead's duplicates go to the unit the lead was dispatched or transferred to.
        onDispatched: async (message, log) => {
          await duplicates.followLead(message, log)
        },
      }),
      auth: staffAuth,
      calendar,
      clock,
      routingRules: config.routingRules,
      answerSignoff: config.answerSignoff,
    }),
    mergeRoutes({ duplicates, auth: staffAuth }),
    publicationsRoutes({ publications, cache: publicationsCache }),
    staffPublicationsRoutes({ publications, auth: staffAuth }),
    guidesRoutes({
      guides,
      cache: guidesCache,
      optionalCitizen: citizenSessions.optionalCitizen,
      limit: limits.guideRating.middleware,
    }),
    staffGuidesRoutes({ guides, auth: staffAuth }),
    myGuideRatingsRoutes({ models, optionalCitizen: citizenSessions.optionalCitizen }),
    attachmentsRoutes({
      attachments,
      auth: staffAuth,
      uploadLimit: limits.upload,
      viewLimit: limits.photoView,
      optionalCitizen: citizenSessions.optionalCitizen,
      requireCitizen: citizenSessions.requireCitizen,
      findOwnMessage: async (code, owner) => (await citizenMessages.lookup(code, owner)).message,
    }),
    staffStatsRoutes({
      stats: createStatsService({ models, calendar, clock, minSample: config.statsMinSample }),
      auth: staffAuth,
    }),
    ...intake.routers,
  ]) {
    api.use(routes.routes())
  }

  // The client is the address the load balancer appended (the last X-Forwarded-For entry):
  // the entries before it are whatever the client sent, and a forged one must not let a
  // stranger spend, or escape, someone else's limits and login waits.
  const app = new Koa({ proxy: config.trustProxy, maxIpsCount: 1 })
  app.use(requestContext(logger))
  app.use(errorHandler())
  app.use(securityHeaders({ apiPrefix: API_PREFIX, hsts: config.env === 'production' }))
  app.use(healthCheck({ isDatabaseUp, path: `${API_PREFIX}/health` }))
  app.use(publicPageShortcut(publicationsCache, `${API_PREFIX}/publications`))
  app.use(publicPageShortcut(guidesCache, `${API_PREFIX}/guides`))
  app.use(staticApp(config.h5Dir, API_PREFIX))
  app.use(jsonBody(config.bodyLimitBytes, [`${API_PREFIX}${ATTACHMENT_UPLOAD_PATH}`]))
  app.use(requireDatabaseForWrites(db))
  app.use(databaseDeadline(db))
  app.use(api.routes())
  app.use(api.allowedMethods({ throw: true }))
  app.on('error', (error: unknown) => logger.error({ err: error }, 'unhandled application error'))
  return app
}
