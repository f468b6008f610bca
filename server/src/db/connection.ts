import mongoose, { type Connection } from 'mongoose'

/**
 * Opens a connection of its own (not mongoose's global one) so the app, tests and scripts can
 * hold several. Commands are not buffered while the database is away: a write must fail fast
 * with 503 rather than hang and land later.
 */
export async function connectDatabase(uri: string): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    autoCreate: false, // the embedded engine has no `create` command; collections appear on first write
    autoIndex: false, // indexes are created explicitly at start-up (ensureIndexes)
    bufferCommands: false,
    serverSelectionTimeoutMS: 5_000,
  })
  await connection.asPromise()
  return connection
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
])

/** Whether an error means "the database cannot be reached now" (answer 503, try later). */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (UNAVAILABLE_ERROR_NAMES.has(error.name)) return true
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
