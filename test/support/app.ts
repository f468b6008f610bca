import pino from 'pino'
import type { Connection } from 'mongoose'
import { loadConfig, type AppConfig } from '../../config/src'
import { createApp, type AppDeps } from '../../server/src/app'

/** Configuration for tests: defaults, a silent log, and any overrides the test needs. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides }
}

/** The app wired to a test database, with an optional fixed clock. */
export function buildTestApp(
  db: Connection,
  options: { config?: Partial<AppConfig> } & Partial<Omit<AppDeps, 'config' | 'db'>> = {},
) {
  const { config: overrides, ...deps } = options
  const config = testConfig(overrides)
  const app = createApp({ config, logger: pino({ level: 'silent' }), db, ...deps })
  return { app, config, callback: app.callback() }
}
