import { randomBytes } from 'node:crypto'
import type { Server } from 'node:http'
import { ConfigError, loadConfig, type AppConfig } from '@zhengmin/config'
import type { Logger } from 'pino'
import { createApp, wechatClientFor } from './app'
import { connectDatabase, ensureIndexes } from './db/connection'
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded'
import { createModels, type Models } from './db/models'
import { createCalendarService } from './modules/calendar'
import { seedDemoStaff } from './modules/staff'
import { createNotifications } from './modules/notifications'
import { createContentSecurity } from './modules/content-security'
import { createBackgroundWork } from './modules/scheduler'
import { hotlineAnswersFor } from './modules/intake'
import { createAttachmentsService, gridFsAttachmentStore } from './modules/attachments'
import { createLogger } from './logger'
import { reindexInBackground } from './modules/search'

/** Connects to MONGODB_URI, or starts the embedded database and says loudly what that means. */
async function openDatabase(config: AppConfig, logger: Logger) {
  let embedded: EmbeddedDatabase | undefined
  let uri = config.mongodbUri
  if (!uri) {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, databaseName: 'zhengmin' })
    uri = embedded.uri
    if (embedded.kind === 'in-memory') {
      logger.warn(
        '!!! MONGODB_URI is not set and no mongod is on the PATH: using the IN-MEMORY database. ' +
          'Every message is LOST when the server stops. Set MONGODB_URI for real use. !!!',
      )
    } else {
      logger.warn(
        { dataDir: config.dataDir },
        'MONGODB_URI is not set: using a local mongod (data kept in DATA_DIR)',
      )
    }
  }
  const db = await connectDatabase(uri)
  const models = createModels(db)
  await ensureIndexes(db)
  db.on('disconnected', () => logger.error('database connection lost'))
  db.on('reconnected', () => logger.info('database connection restored'))
  db.on('error', (error: unknown) => logger.error({ err: error }, 'database error'))
  return { db, models, embedded }
}

/**
 * Demo staff accounts for trying the product out on the embedded database. The random password
 * is logged once here, the only place a password is ever logged; it works for the accounts
 * created now, not for ones kept in DATA_DIR from an earlier run.
 */
async function seedDemoStaffAccounts(config: AppConfig, models: Models, logger: Logger) {
  const password = config.demoStaffPassword ?? randomBytes(12).toString('base64url')
  const { created, existing } = await seedDemoStaff(models, password)
  if (created.length === 0) {
    logger.info(
      { existing: existing.length },
      'demo staff accounts already exist (kept in DATA_DIR); their password is unchanged',
    )
    return
  }
  if (config.demoStaffPassword) {
    logger.warn({ created }, 'demo staff accounts created with the password in DEMO_STAFF_PASSWORD')
  } else {
    logger.warn(
      { created },
      `demo staff accounts created (admin, office, handler-<unit>, head-<unit>); their password is: ${password}`,
    )
  }
}

/** How often idle keep-alive connections are closed while shutting down. */
const IDLE_SWEEP_MS = 50

async function main() {
  let config: AppConfig
  try {
    config = loadConfig(process.env)
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
  const logger = createLogger(config)
  const { db, models, embedded } = await openDatabase(config, logger)
  const calendar = createCalendarService({ models, clock: () => new Date(), log: logger })
  await calendar.initialize()
  // Never on a real database: its staff accounts are made by an administrator (npm run staff).
  if (embedded && config.env !== 'production') await seedDemoStaffAccounts(config, models, logger)
  const wechat = wechatClientFor(config)
  if (!wechat)
    logger.info(
      'WeChat credentials not set: WeChat login, answer notices and content checks are off',
    )
  const notifications = wechat
    ? createNotifications({
        models,
        wechat,
        config: config.wechat,
        clock: () => new Date(),
        log: logger.child({ component: 'notifications' }),
      })
    : undefined
  const contentSecurity = wechat
    ? createContentSecurity({
        models,
        wechat,
        clock: () => new Date(),
        log: logger.child({ component: 'content-security' }),
      })
    : undefined
  const hotlineAnswers = hotlineAnswersFor({
    config,
    models,
    clock: () => new Date(),
    log: logger.child({ component: 'hotline-answers' }),
  })
  const app = createApp({
    config,
    logger,
    db,
    calendar,
    hotlineAnswers,
    ...(wechat ? { wechat } : {}),
    ...(notifications ? { notifications } : {}),
    ...(contentSecurity ? { contentSecurity } : {}),
  })
  const background = config.scheduler.enabled
    ? createBackgroundWork({
        config,
        models,
        calendar,
        notifications,
        contentSecurity,
        hotlineAnswers,
        attachments: createAttachmentsService({
          models,
          store: gridFsAttachmentStore(db),
          clock: () => new Date(),
        }),
        logger,
      })
    : undefined
  background?.start()
  // Items stored before search existed, or cut with an older dictionary, get their words now.
  void reindexInBackground(models, logger.child({ component: 'search' }))

  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    logger.info(
      { url: `http://${config.host}:${port}/` },
      `政民互动 listening on http://${config.host}:${port}/`,
    )
  })
  // Slow clients must not hold sockets forever; keep-alive slightly above common LB timeouts.
  server.requestTimeout = 30_000
  server.keepAliveTimeout = 65_000

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight')
    const forced = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections')
      server.closeAllConnections()
    }, config.shutdownGraceMs)
    forced.unref()
    // Keep-alive sockets would hold the close for up to keepAliveTimeout: answers given from
    // now on close their socket, and sockets that turn idle are closed as they do.
    server.on('request', (_request, response) => response.setHeader('Connection', 'close'))
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS)
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    })
    clearInterval(sweep)
    await background?.stop()
    await notifications?.settled()
    await hotlineAnswers.settled()
    await contentSecurity?.settled()
    db.removeAllListeners('disconnected') // an intended close is not a lost connection
    await db.close()
    await embedded?.stop()
    logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(1)
})
