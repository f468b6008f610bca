import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/src/db/embedded'

declare global {
  var __zhengminTestDatabases: EmbeddedDatabase[] | undefined
}

/**
 * One database server for the whole test run: MONGODB_URI when set (to run the suite against a
 * real MongoDB), else the same embedded launcher `npm start` uses. Each test file then works in
 * a database of its own on that server.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.ZHENGMIN_TEST_MONGODB_URI) return
  if (process.env.MONGODB_URI) {
    process.env.ZHENGMIN_TEST_MONGODB_URI = process.env.MONGODB_URI
    return
  }
  const database = await startEmbeddedDatabase({
    dataDir: '.data/test',
    databaseName: 'zhengmin_test',
  })
  globalThis.__zhengminTestDatabases = [...(globalThis.__zhengminTestDatabases ?? []), database]
  process.env.ZHENGMIN_TEST_MONGODB_URI = database.uri
}
