import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { ROUTING_RULES, routingRulesSchema, type RoutingRule } from './routing-rules'
import { ANSWER_SIGNOFF } from './answer-signoff'
import type { SignoffRules } from '@zhengmin/shared'

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
  /** Lookups by code + phone one client may make per window (bounds code guessing). */
  RATE_LIMIT_LOOKUPS: positiveInt.default(30),
  /** Ratings of an answer by code + phone one client may make per window. */
  RATE_LIMIT_RATINGS: positiveInt.default(10),
  /** Follow-ups by code + phone one client may make per window. */
  RATE_LIMIT_FOLLOW_UPS: positiveInt.default(10),
  /** WeChat logins one client may make per window. */
  RATE_LIMIT_WECHAT_LOGINS: positiveInt.default(30),
  /** Guide ratings one client may make per window. */
  RATE_LIMIT_GUIDE_RATINGS: positiveInt.default(30),
  /** Photo uploads one client may make per window (six photos for each of five messages). */
  RATE_LIMIT_UPLOADS: positiveInt.default(30),
  /** Length of the window of every RATE_LIMIT_* limit. */
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
  /** Failed logins for one account from one address after which that address must wait. */
  STAFF_LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(5),
  /** How long an address waits after STAFF_LOGIN_MAX_FAILURES, and how long failures count. */
  STAFF_LOGIN_LOCK_MINUTES: positiveInt.default(15),
  /** Failed logins for one account from all addresses that raise an alert and slow strangers. */
  STAFF_LOGIN_ACCOUNT_ALERT: positiveInt.default(20),
  /** Under such an alert, seconds between attempts from addresses the account never used. */
  STAFF_LOGIN_ACCOUNT_DELAY_SECONDS: positiveInt.default(60),
  /** Base URL of the WeChat server API (a local fake in tests). */
  WECHAT_API_BASE_URL: z.string().url().default('https://api.weixin.qq.com'),
  /** The mini-program's AppID and AppSecret; without them WeChat login and notices are off. */
  WECHAT_APP_ID: z
    .string()
    .regex(/^wx[0-9a-f]{16}$/, 'expected wx followed by 16 hex digits')
    .optional(),
  WECHAT_APP_SECRET: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'expected 32 hex digits')
    .optional(),
  /** Subscribe-message template that tells a citizen their message was answered. */
  WECHAT_ANSWER_TEMPLATE_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{10,100}$/)
    .optional(),
  /**
   * Which template keyword receives which value, as JSON {"title","result","time","unit"} →
   * keyword (e.g. "thing1"): template keywords are chosen in the WeChat console.
   */
  WECHAT_ANSWER_TEMPLATE_FIELDS: z.string().optional(),
  /** Timeout of one call to the WeChat API. */
  WECHAT_TIMEOUT_MS: positiveInt.default(5000),
  /** How long a citizen's WeChat login lasts, in days. */
  CITIZEN_SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** Run scheduled work (reminders, notices, automatic closing) in this process. */
  SCHEDULER_ENABLED: booleanFlag.optional(),
  /** Beijing time (HH:MM) from which a working day's reminders go out. */
  REMINDER_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
    .default('09:00'),
  /** Reminders are not sent after this Beijing time (HH:MM); late ones wait for the next working day. */
  REMINDER_LATEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
    .default('17:30'),
  /**
   * Where reminders go besides the log: a WeCom group-robot (or compatible) webhook URL for
   * everyone, or JSON {"<unit code>|office|*": "<url>"} for one per recipient.
   */
  REMINDER_WEBHOOKS: z.string().optional(),
  /** A JSON file of routing rules replacing the shipped ones (config/src/routing-rules.ts). */
  ROUTING_RULES_FILE: z.string().min(1).optional(),
  /**
   * How often (ms) an instance checks whether public content (回复选登, guides) changed through
   * another instance; its own changes show at once. 0 checks on every request.
   */
  PUBLIC_CACHE_CHECK_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Fewest cases behind a rate on the dashboard; fewer show as 样本不足 and rank last. */
  STATS_MIN_SAMPLE: z.coerce.number().int().min(1).max(1000).default(5),
  // ── Intake from other channels (代录入, 12345 工单) ──
  /** The key the 12345 platform sends to push 工单; unset turns the endpoint off. */
  HOTLINE_API_KEY: z.string().min(32, 'expected at least 32 characters').optional(),
  /** Base URL of the 12345 platform's API that receives answers; unset keeps them queued. */
  HOTLINE_API_BASE_URL: z.string().url().optional(),
  /** The key this server sends with answers to the 12345 platform (its X-Api-Key). */
  HOTLINE_CALLBACK_KEY: z.string().min(1).optional(),
  /** Timeout of one call to the 12345 platform. */
  HOTLINE_TIMEOUT_MS: positiveInt.default(5000),
  /** How the 查询码 reaches citizens by text message: `log` writes it to the log only. */
  SMS_PROVIDER: z.enum(['log', 'off']).default('log'),
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
  /** Requests per client address and window, one limit per purpose (see RATE_LIMIT_*). */
  rateLimit: {
    submissions: number
    lookups: number
    ratings: number
    followUps: number
    wechatLogins: number
    guideRatings: number
    uploads: number
    windowSeconds: number
  }
  trustProxy: boolean
  replyWorkingDays: number
  shutdownGraceMs: number
  demoStaffPassword: string | undefined
  staffSessionHours: number
  staffLoginRateLimit: { attempts: number; windowSeconds: number }
  staffLoginLockout: StaffLoginLockoutConfig
  wechat: WeChatConfig
  citizenSessionDays: number
  scheduler: SchedulerConfig
  routingRules: readonly RoutingRule[]
  /** Which units' answers need sign-off, and by whom (config/src/answer-signoff.json). */
  answerSignoff: SignoffRules
  /** See PUBLIC_CACHE_CHECK_MS. */
  publicCacheCheckMs: number
  /** See STATS_MIN_SAMPLE. */
  statsMinSample: number
  /** Messages from other channels: the 12345 interface and the 查询码 text message. */
  intake: IntakeConfig
}

/** The 12345 interface and the SMS adapter (see HOTLINE_* and SMS_PROVIDER). */
export interface IntakeConfig {
  hotline: {
    /** Unset: POST /hotline/tickets answers 503. */
    apiKey: string | undefined
    /** Unset: answers to 12345 工单 wait in their outbox until it is configured. */
    answerBaseUrl: string | undefined
    answerKey: string | undefined
    timeoutMs: number
  }
  sms: { provider: 'log' | 'off' }
}

/** Keywords of the answer template that receive each value (see WECHAT_ANSWER_TEMPLATE_FIELDS). */
export interface AnswerTemplateFields {
  title: string
  result: string
  time: string
  unit?: string
}

export interface WeChatConfig {
  apiBaseUrl: string
  /** Both set, or WeChat login and notices are unavailable. */
  credentials: { appId: string; appSecret: string } | undefined
  answerTemplate: { id: string; fields: AnswerTemplateFields } | undefined
  timeoutMs: number
}

/** Guessing defences of staff logins (see STAFF_LOGIN_*). */
export interface StaffLoginLockoutConfig {
  maxFailures: number
  lockMinutes: number
  accountAlertFailures: number
  accountDelaySeconds: number
}

export interface SchedulerConfig {
  enabled: boolean
  /** Minutes after Beijing midnight from which, and until which, reminders go out. */
  reminderFromMinute: number
  reminderUntilMinute: number
  /** Recipient ('office', a unit code or '*') → webhook URL. */
  reminderWebhooks: Record<string, string>
}

const DEFAULT_ANSWER_FIELDS: AnswerTemplateFields = {
  title: 'thing1',
  result: 'phrase2',
  time: 'time3',
}

const templateKeyword = z.string().regex(/^[a-z_]+\d+$/, 'expected a keyword such as thing1')
const answerFieldsSchema = z.object({
  title: templateKeyword,
  result: templateKeyword,
  time: templateKeyword,
  unit: templateKeyword.optional(),
})
const webhooksSchema = z.record(
  z.string().regex(/^(\*|office|[a-z][a-z-]{1,40})$/, 'expected *, office or a unit code'),
  z.string().url(),
)

const minuteOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Parses a JSON-valued variable with its schema; the problem names the variable. */
function parseJsonVariable<T>(name: string, raw: string, schema: z.ZodType<T>): T {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw new ConfigError(`Invalid configuration:\n  ${name}: not valid JSON`)
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${name}.${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  return parsed.data
}

/** The rules in ROUTING_RULES_FILE, or the shipped ones. */
function loadRoutingRules(file: string | undefined): readonly RoutingRule[] {
  if (!file) return ROUTING_RULES
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  ROUTING_RULES_FILE: cannot read ${file} (${(error as Error).message})`,
    )
  }
  return parseJsonVariable('ROUTING_RULES_FILE', raw, routingRulesSchema)
}

/** One URL for everyone, or a JSON map of recipient → URL. */
function parseWebhooks(raw: string | undefined): Record<string, string> {
  if (!raw) return {}
  if (!raw.trim().startsWith('{')) {
    return parseJsonVariable(
      'REMINDER_WEBHOOKS',
      JSON.stringify({ '*': raw.trim() }),
      webhooksSchema,
    )
  }
  return parseJsonVariable('REMINDER_WEBHOOKS', raw, webhooksSchema)
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
  if (Boolean(e.WECHAT_APP_ID) !== Boolean(e.WECHAT_APP_SECRET)) {
    throw new ConfigError('WECHAT_APP_ID and WECHAT_APP_SECRET are set together or not at all.')
  }
  if (minuteOfDay(e.REMINDER_LATEST_TIME) <= minuteOfDay(e.REMINDER_TIME)) {
    throw new ConfigError('REMINDER_LATEST_TIME must be later than REMINDER_TIME.')
  }
  const answerFields = e.WECHAT_ANSWER_TEMPLATE_FIELDS
    ? parseJsonVariable(
        'WECHAT_ANSWER_TEMPLATE_FIELDS',
        e.WECHAT_ANSWER_TEMPLATE_FIELDS,
        answerFieldsSchema,
      )
    : DEFAULT_ANSWER_FIELDS
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
      ratings: e.RATE_LIMIT_RATINGS,
      followUps: e.RATE_LIMIT_FOLLOW_UPS,
      wechatLogins: e.RATE_LIMIT_WECHAT_LOGINS,
      guideRatings: e.RATE_LIMIT_GUIDE_RATINGS,
      uploads: e.RATE_LIMIT_UPLOADS,
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
    staffLoginLockout: {
      maxFailures: e.STAFF_LOGIN_MAX_FAILURES,
      lockMinutes: e.STAFF_LOGIN_LOCK_MINUTES,
      accountAlertFailures: e.STAFF_LOGIN_ACCOUNT_ALERT,
      accountDelaySeconds: e.STAFF_LOGIN_ACCOUNT_DELAY_SECONDS,
    },
    wechat: {
      apiBaseUrl: e.WECHAT_API_BASE_URL.replace(/\/+$/, ''),
      credentials:
        e.WECHAT_APP_ID && e.WECHAT_APP_SECRET
          ? { appId: e.WECHAT_APP_ID, appSecret: e.WECHAT_APP_SECRET }
          : undefined,
      answerTemplate: e.WECHAT_ANSWER_TEMPLATE_ID
        ? { id: e.WECHAT_ANSWER_TEMPLATE_ID, fields: answerFields }
        : undefined,
      timeoutMs: e.WECHAT_TIMEOUT_MS,
    },
    citizenSessionDays: e.CITIZEN_SESSION_DAYS,
    scheduler: {
      // Tests drive scheduled work themselves, on a fixed clock.
      enabled: e.SCHEDULER_ENABLED ?? e.NODE_ENV !== 'test',
      reminderFromMinute: minuteOfDay(e.REMINDER_TIME),
      reminderUntilMinute: minuteOfDay(e.REMINDER_LATEST_TIME),
      reminderWebhooks: parseWebhooks(e.REMINDER_WEBHOOKS),
    },
    routingRules: loadRoutingRules(e.ROUTING_RULES_FILE),
    answerSignoff: ANSWER_SIGNOFF,
    publicCacheCheckMs: e.PUBLIC_CACHE_CHECK_MS,
    statsMinSample: e.STATS_MIN_SAMPLE,
    intake: {
      hotline: {
        apiKey: e.HOTLINE_API_KEY,
        answerBaseUrl: e.HOTLINE_API_BASE_URL?.replace(/\/+$/, ''),
        answerKey: e.HOTLINE_CALLBACK_KEY,
        timeoutMs: e.HOTLINE_TIMEOUT_MS,
      },
      sms: { provider: e.SMS_PROVIDER },
    },
  }
}
