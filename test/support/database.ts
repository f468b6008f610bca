import { randomBytes } from 'node:crypto'
import type { Connection } from 'mongoose'
import { connectDatabase, ensureIndexes } from '../../server/src/db/connection'
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
  const name = `zm_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`
  const db = await connectDatabase(testDatabaseUri(name))
  createModels(db)
  await ensureIndexes(db)
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
