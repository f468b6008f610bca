import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Connection } from 'mongoose'
import { launchBrowser } from './browser'
import { closeTestDatabase, openTestDatabase } from './database'
import { H5_DIR, startTestServer } from './server'

/** What a browser test works with: its database, the running app and Chromium. */
export interface BrowserApp {
  db: Connection
  browser: Browser
  url: string
}

/**
 * Registers jest hooks that start the real app (serving the H5 build) on a fresh database and a
 * headless Chromium for the test file, and stop them afterwards. Read the fields inside tests.
 */
export function useBrowserApp(): BrowserApp {
  const context = {} as BrowserApp
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    if (!existsSync(path.join(H5_DIR, 'index.html'))) {
      throw new Error('The H5 build is missing: run `npm run build:h5` (npm test does) first.')
    }
    context.db = await openTestDatabase()
    const server = await startTestServer(context.db)
    context.url = server.url
    close = server.close
    context.browser = await launchBrowser()
  })
  afterAll(async () => {
    await context.browser?.close()
    await close?.()
    if (context.db) await closeTestDatabase(context.db)
  })
  return context
}
