import mongoose, { type Connection, type Schema } from 'mongoose'

/**
 * How long the app waits for the database, in each way it can wait. A stalled database (a
 * frozen process, a lost network) must turn into a 503 with Retry-After within 3 seconds: the
 * driver's default is to wait forever on a socket and 30 s for a server.
 */
export const DATABASE_WAITS = {
  /** Finding a server to talk to (and the wait of a command while none is known). */
  serverSelectionTimeoutMS: 2_000,
  /** Opening a connection, including its handshake; also each heartbeat's deadline. */
  connectTimeoutMS: 2_000,
  /** Waiting for a reply on an open connection: a frozen server ends here. */
  socketTimeoutMS: 2_000,
  /** Waiting for a free connection of the pool. */
  waitQueueTimeoutMS: 2_000,
  /** How often a server is checked, so a lost or returned database is noticed quickly. */
  heartbeatFrequencyMS: 2_000,
} as const

/**
 * Server-side limit of one read (`maxTimeMS`): below the socket timeout, so a slow query on a
 * live database is stopped by the server (the connection survives) before the client gives up.
 * Streams over whole collections (exports, rebuilds) set their own with `longReadOptions`.
 */
export const READ_MAX_TIME_MS = 1_500

/** For cursors that walk a whole collection on purpose (exports, rebuilds, reconcile). */
export const LONG_READ_MAX_TIME_MS = 10 * 60_000

export interface ConnectOptions {
  /**
   * Command-line tools run long operations (rebuilds, index builds) where nobody waits on an
   * HTTP answer: they may wait longer for each reply.
   */
  socketTimeoutMS?: number
}

/** Gives every read of every model a `maxTimeMS` unless the query sets its own. */
function defaultReadDeadline(schema: Schema): void {
  schema.pre(
    ['find', 'findOne', 'countDocuments', 'distinct', 'findOneAndUpdate', 'findOneAndDelete'],
    function () {
      if (this.getOptions().maxTimeMS === undefined) this.maxTimeMS(READ_MAX_TIME_MS)
    },
  )
  schema.pre('aggregate', function () {
    if (this.options.maxTimeMS === undefined) this.option({ maxTimeMS: READ_MAX_TIME_MS })
  })
}

/**
 * A connection of its own (not mongoose's global one), not yet open, so the app, tests and
 * scripts can hold several; `openDatabase` opens it. Tests create theirs before their hooks
 * run and open it in `beforeAll`.
 */
export function createDatabaseConnection(): Connection {
  const connection = mongoose.createConnection()
  connection.plugin(defaultReadDeadline)
  return connection
}

/**
 * Opens `connection` to `uri`. Commands are not buffered while the database is away: a write
 * must fail fast with 503 rather than hang and land later. Every wait is bounded
 * (DATABASE_WAITS).
 */
export async function openDatabase(
  connection: Connection,
  uri: string,
  options: ConnectOptions = {},
): Promise<Connection> {
  await connection.openUri(uri, {
    autoCreate: false, // the embedded engine has no `create` command; collections appear on first write
    autoIndex: false, // indexes are created explicitly at start-up (ensureIndexes)
    bufferCommands: false,
    ...DATABASE_WAITS,
    ...options,
  })
  return connection
}

/** Creates a connection of its own and opens it (createDatabaseConnection, openDatabase). */
export function connectDatabase(uri: string, options: ConnectOptions = {}): Promise<Connection> {
  return openDatabase(createDatabaseConnection(), uri, options)
}

/** Creates every declared index of every model on the connection. */
export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) await model.createIndexes()
}

const UNAVAILABLE_ERROR_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoWaitQueueTimeoutError',
  'MongoOperationTimeoutError',
])

/** Server error codes that mean "too slow or not ready now": MaxTimeMSExpired, not primary... */
const UNAVAILABLE_SERVER_CODES = new Set([50, 91, 189, 10107, 11600, 11602, 13435, 13436])

/** Whether an error means "the database cannot be reached now" (answer 503, try later). */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (UNAVAILABLE_ERROR_NAMES.has(error.name)) return true
  const code = (error as { code?: unknown }).code
  if (error.name === 'MongoServerError' && typeof code === 'number') {
    return UNAVAILABLE_SERVER_CODES.has(code)
  }
  // With bufferCommands off, mongoose refuses commands on a closed connection with this text.
  return (
    error.name === 'MongooseError' &&
    /initial connection|connection .*closed|not connected/i.test(error.message)
  )
}

/** Whether the database answers a ping within `timeoutMs`. */
export async function pingDatabase(connection: Connection, timeoutMs = 1_000): Promise<boolean> {
  if (connection.readyState !== mongoose.ConnectionStates.connected || !connection.db) return false
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs)
    })
    const ping = connection.db
      .admin()
      .ping()
      .then(() => true)
    return await Promise.race([ping, timeout])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
