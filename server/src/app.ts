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
import { calendarRoutes } from './modules/calendar/calendar.routes'
import { createDatabaseProbe, healthCheck, healthRoutes } from './modules/health/health.routes'
import { createCalendarService, type CalendarService } from './modules/calendar/calendar.service'
import { createMessagesService } from './modules/messages/messages.service'
import { messagesRoutes } from './modules/messages/messages.routes'
import { createIdempotencyKeys } from './modules/messages/idempotency-keys'
import { createCitizenMessagesService } from './modules/messages/citizen-messages.service'
import { citizenMessagesRoutes } from './modules/messages/citizen-messages.routes'
import { createStaffMessagesService } from './modules/messages/staff-messages.service'
import { staffMessagesRoutes } from './modules/messages/staff-messages.routes'
import { referenceRoutes } from './modules/reference/reference.routes'
import { createStaffSessionService } from './modules/staff/staff-session.service'
import { createLoginThrottle } from './modules/staff/login-throttle'
import { staffRoutes } from './modules/staff/staff.routes'
import {
  createNotifications,
  type Notifications,
} from './modules/notifications/notifications.service'
import { createCitizenSessions } from './modules/wechat/citizen-auth'
import { wechatAuthRoutes } from './modules/wechat/wechat-auth.routes'
import { createWeChatClient, type WeChatClient } from './modules/wechat/wechat-client'
import {
  createContentSecurity,
  type ContentSecurity,
} from './modules/content-security/content-security.service'
import { createPublicCache, publicPageShortcut } from './http/public-cache'
import { createPublicationsService } from './modules/publications/publications.service'
import {
  publicationsRoutes,
  staffPublicationsRoutes,
} from './modules/publications/publications.routes'
import { createStatsCounters } from './modules/stats/stats-counters'
import { createStatsService } from './modules/stats/stats.service'
import { staffStatsRoutes } from './modules/stats/stats.routes'
import { createGuidesService } from './modules/guides/guides.service'
import { guidesRoutes, staffGuidesRoutes } from './modules/guides/guides.routes'
import { myGuideRatingsRoutes } from './modules/guides/my-guide-ratings'
import { createAttachmentsService } from './modules/attachments/attachments.service'
import { gridFsAttachmentStore } from './modules/attachments/attachment-store'
import { ATTACHMENT_UPLOAD_PATH, attachmentsRoutes } from './modules/attachments/attachments.routes'

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
  // `staffAuth.requireStaff(...roles)` guards every staff route; pass it to new staff modules.
  const staffAuth = createStaffAuth({
    authenticate: sessions.authenticate,
    secureCookie: config.env === 'production',
    cookiePath: API_PREFIX,
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
    staffRoutes({ sessions, auth: staffAuth, loginLimit: limits.staffLogin.middleware, calendar }),
    staffMessagesRoutes({
      staffMessages: createStaffMessagesService({
        models,
        calendar,
        clock,
        stats: statsCounters,
        onAnswered: async (message, log) => {
          if (notifications) await notifications.answered(message, log)
          else if (message.notifyOnAnswer) {
            log.warn(
              { messageId: String(message._id) },
              'answer notice not sent: WeChat is not configured',
            )
          }
        },
      }),
      auth: staffAuth,
      calendar,
      clock,
      routingRules: config.routingRules,
    }),
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
      models,
      calendar,
      auth: staffAuth,
      clock,
    }),
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
