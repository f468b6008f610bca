import { randomBytes } from 'node:crypto'
import type { Connection } from 'mongoose'
import {
  createDatabaseConnection,
  ensureIndexes,
  openDatabase,
} from '../../server/src/db/connection'
import { createModels } from '../../server/src/db/models'

/** URI of the test run's database server with the database name replaced. */
export function testDatabaseUri(databaseName: string): string {
  const base = process.env.ZHENGMIN_TEST_MONGODB_URI
  if (!base)
    throw new Error('The test database is not started: run the tests through jest (globalSetup).')
  const url = new URL(base)
  url.pathname = `/${databaseName}`
  return url.toString()
}

/** Opens a fresh, uniquely named database for one test file, with every index created. */
export async function openTestDatabase(): Promise<Connection> {
  return openAsTestDatabase(createDatabaseConnection())
}

/** Opens `connection` to a fresh, uniquely named database and creates every model and index. */
async function openAsTestDatabase(connection: Connection): Promise<Connection> {
  const name = `zm_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`
  await openDatabase(connection, testDatabaseUri(name))
  createModels(connection)
  await ensureIndexes(connection)
  return connection
}

/** What a test file asks of its database besides opening and closing it. */
export interface TestDatabaseOptions {
  /**
   * Empty every collection after each test (the default). Files whose tests build on what the
   * earlier ones stored, or never write, say `false`.
   */
  clearBetweenTests?: boolean
}

/**
 * The test file's own database, through Jest hooks in the block that calls it: opened before
 * the first test (`beforeAll`), emptied after each test unless told otherwise (`afterEach`),
 * dropped and closed after the last (`afterAll`). The connection is returned at once so it can
 * be a `const`; it is open only inside tests and the hooks declared after this call. A file's
 * other resources (fake servers, spies) keep hooks of their own.
 */
export function useTestDatabase({
  clearBetweenTests = true,
}: TestDatabaseOptions = {}): Connection {
  const db = createDatabaseConnection()
  beforeAll(() => openAsTestDatabase(db))
  if (clearBetweenTests) afterEach(() => clearDatabase(db))
  afterAll(() => closeTestDatabase(db))
  return db
}

/** Empties every collection, keeping the indexes, between tests. */
export async function clearDatabase(db: Connection): Promise<void> {
  for (const model of Object.values(db.models)) await model.deleteMany({})
}

/**
 * Drops the test file's database and closes the connection. The in-memory engine has no
 * dropDatabase command; its databases vanish with it, so emptying them is enough there.
 */
export async function closeTestDatabase(db: Connection): Promise<void> {
  try {
    await db.dropDatabase()
  } catch (error) {
    if (!/no such command/i.test(String(error))) throw error
    await clearDatabase(db)
  } finally {
    await db.close()
  }
}
