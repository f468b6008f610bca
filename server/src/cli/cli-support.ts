import { ConfigError, loadConfig, type AppConfig } from '@zhengmin/config'
import { connectDatabase, ensureIndexes } from '../db/connection'
import { createModels, type Models } from '../db/models'
import { AppError } from '../http/errors'
import { createLogger } from '../logger'
import { createCalendarService, type CalendarService } from '../modules/calendar'

/** How long a command-line tool waits for one database reply. */
const CLI_SOCKET_TIMEOUT_MS = 120_000

/** Writes one line of output for the operator. */
export function print(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/** Says what went wrong on stderr and exits with status 1. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

/**
 * Runs a command's main function, turning the errors operators can fix (configuration,
 * validation with its fields) into readable Chinese messages and a non-zero exit.
 */
export function runCli(main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof ConfigError) fail(error.message)
    if (error instanceof AppError) {
      const fields = error.details.fields?.map((f) => `  ${f.field}: ${f.message}`).join('\n')
      fail(`${error.message}${fields ? `\n${fields}` : ''}`)
    }
    fail(`失败：${error instanceof Error ? error.message : String(error)}`)
  })
}

/**
 * Runs `work` against the database in MONGODB_URI (refused without one: the embedded in-memory
 * database of a running server cannot be reached from another process), with the calendar in
 * force loaded; closes the connection afterwards.
 */
export async function withDatabase<T>(
  work: (context: { config: AppConfig; models: Models; calendar: CalendarService }) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env)
  if (!config.mongodbUri) {
    fail('未设置 MONGODB_URI：命令行工具需要连接服务器使用的 MongoDB 数据库。')
  }
  const logger = createLogger({ logLevel: 'warn' })
  // Nobody waits on an HTTP answer here, and rebuilds write in large batches.
  const db = await connectDatabase(config.mongodbUri, { socketTimeoutMS: CLI_SOCKET_TIMEOUT_MS })
  try {
    const models = createModels(db)
    await ensureIndexes(db)
    const calendar = createCalendarService({ models, clock: () => new Date(), log: logger })
    await calendar.initialize()
    return await work({ config, models, calendar })
  } finally {
    await db.close()
  }
}
