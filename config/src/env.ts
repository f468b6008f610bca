import { z } from 'zod'

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes')

const port = z.coerce.number().int().min(0).max(65535)
const positiveInt = z.coerce.number().int().positive()

/**
 * Every environment variable the server reads, with its default. Parsed once at start-up;
 * no other module reads process.env.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Interface to listen on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port to listen on (0 picks a free one). */
  PORT: port.default(3000),
  /** MongoDB connection string; unset means the embedded database (never in production). */
  MONGODB_URI: z.string().url().optional(),
  /** Where the embedded `mongod` keeps its files. */
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder of the H5 build served at `/`. */
  H5_DIR: z.string().min(1).default('miniapp/dist/h5'),
  /** Largest accepted JSON body. */
  BODY_LIMIT_BYTES: positiveInt.default(64 * 1024),
  /** Submissions one client may make per window. */
  RATE_LIMIT_SUBMISSIONS: positiveInt.default(10),
  /** Lookups, ratings and follow-ups by code one client may make per window (bounds code guessing). */
  RATE_LIMIT_LOOKUPS: positiveInt.default(30),
  /** Length of the submission rate-limit window. */
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(600),
  /** Trust X-Forwarded-For from the load balancer to identify clients. */
  TRUST_PROXY: booleanFlag.default(false),
  /** Working days within which a message is answered. */
  REPLY_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /** How long SIGTERM waits for in-flight requests before closing anyway. */
  SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
  /** Password of the demo staff accounts (embedded database only); random if unset. */
  // At least 10 characters, like every staff password (shared/src/schemas/staff.ts).
  DEMO_STAFF_PASSWORD: z.string().min(10).optional(),
  /** How long a staff login lasts, in hours (a working day plus overtime by default). */
  STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12), // at most 30 days
  /** Staff login attempts one client address may make per window. */
  STAFF_LOGIN_RATE_LIMIT: positiveInt.default(20),
  /** Length of the staff login rate-limit window. */
  STAFF_LOGIN_RATE_WINDOW_SECONDS: positiveInt.default(600),
})

/** The server's typed configuration. */
export interface AppConfig {
  env: 'development' | 'test' | 'production'
  host: string
  port: number
  mongodbUri: string | undefined
  dataDir: string
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL']
  h5Dir: string
  bodyLimitBytes: number
  rateLimit: { submissions: number; lookups: number; windowSeconds: number }
  trustProxy: boolean
  replyWorkingDays: number
  shutdownGraceMs: number
  demoStaffPassword: string | undefined
  staffSessionHours: number
  staffLoginRateLimit: { attempts: number; windowSeconds: number }
}

/** Raised when the environment cannot make a valid configuration; the message lists why. */
export class ConfigError extends Error {}

/** Parses and checks the environment; throws ConfigError with every problem listed. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // Empty strings mean "unset", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const parsed = envSchema.safeParse(present)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  const e = parsed.data
  if (e.NODE_ENV === 'production' && !e.MONGODB_URI) {
    throw new ConfigError(
      'MONGODB_URI is required when NODE_ENV=production: the embedded database keeps no data safe.',
    )
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    mongodbUri: e.MONGODB_URI,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    h5Dir: e.H5_DIR,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    rateLimit: {
      submissions: e.RATE_LIMIT_SUBMISSIONS,
      lookups: e.RATE_LIMIT_LOOKUPS,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
    },
    trustProxy: e.TRUST_PROXY,
    replyWorkingDays: e.REPLY_WORKING_DAYS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    demoStaffPassword: e.DEMO_STAFF_PASSWORD,
    staffSessionHours: e.STAFF_SESSION_HOURS,
    staffLoginRateLimit: {
      attempts: e.STAFF_LOGIN_RATE_LIMIT,
      windowSeconds: e.STAFF_LOGIN_RATE_WINDOW_SECONDS,
    },
  }
}
