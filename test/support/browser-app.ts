import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Connection } from 'mongoose'
import type { AppConfig } from '../../config/src'
import { launchBrowser } from './browser'
import { closeTestDatabase, openTestDatabase } from './database'
import { H5_DIR, startTestServer } from './server'
import { TEST_STAFF_PASSWORD } from './staff'

/** What a browser test works with: its database, the running app and Chromium. */
export interface BrowserApp {
  db: Connection
  browser: Browser
  url: string
}

/**
 * Registers jest hooks that start the real app (serving the H5 build) on a fresh database and a
 * headless Chromium for the test file, and stop them afterwards. Read the fields inside tests.
 * `config` overrides settings of the app under test (e.g. which units need answer sign-off).
 */
export function useBrowserApp(config: Partial<AppConfig> = {}): BrowserApp {
  const context = {} as BrowserApp
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    if (!existsSync(path.join(H5_DIR, 'index.html'))) {
      throw new Error('The H5 build is missing: run `npm run build:h5` (npm test does) first.')
    }
    context.db = await openTestDatabase()
    const server = await startTestServer(context.db, config)
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

/** A page of one person's phone, with the script errors it raised. */
export interface PhonePage {
  page: Page
  errors: string[]
  close: () => Promise<void>
}

/** What browser tests do on the app's pages: phones, staff sign-in, waiting, confirming. */
export function usePages(app: BrowserApp) {
  return {
    /** A phone-sized page in its own browser context, so each person has their own storage. */
    async phonePage(): Promise<PhonePage> {
      const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      return { page, errors, close: () => context.close() }
    },

    /** Signs a staff member in through the home page's 工作人员入口. */
    async signIn(page: Page, username: string) {
      await page.goto(`${app.url}/`)
      await page.locator('[data-testid=entry-staff]').click()
      await page.locator('[data-testid=login-username] input').fill(username)
      await page.locator('[data-testid=login-password] input').fill(TEST_STAFF_PASSWORD)
      await page.locator('[data-testid=login-submit]').click()
      await page.locator('[data-testid=staff-inbox]').waitFor({ timeout: 15_000 })
    },

    /** Waits until the element with this test id shows the text (pages update after requests). */
    async waitForText(page: Page, testId: string, text: string | RegExp) {
      await page.locator(`[data-testid=${testId}]`, { hasText: text }).waitFor({ timeout: 15_000 })
    },

    /** Accepts Taro's H5 confirmation modal (its confirm button says `label`). */
    async confirm(page: Page, label = '确定') {
      await page.locator(`.taro-modal__foot >> text=${label}`).click()
    },
  }
}
