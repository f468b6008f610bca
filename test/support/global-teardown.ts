/** Stops the database servers the global setup started. */
export default async function globalTeardown(): Promise<void> {
  const databases = globalThis.__zhengminTestDatabases ?? []
  globalThis.__zhengminTestDatabases = []
  await Promise.all(databases.map((database) => database.stop()))
  delete process.env.ZHENGMIN_TEST_MONGODB_URI
}
