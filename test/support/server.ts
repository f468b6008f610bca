import type { Server } from 'node:http'
import path from 'node:path'
import type { Connection } from 'mongoose'
import type { AppConfig } from '../../config/src'
import { buildTestApp } from './app'

/** The built H5 app that `npm test` produces before the end-to-end tests run. */
export const H5_DIR = path.resolve(__dirname, '../../miniapp/dist/h5')

/** Starts the real app on a free loopback port, serving the H5 build, for browser tests. */
export async function startTestServer(
  db: Connection,
  config: Partial<AppConfig> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const { app } = buildTestApp(db, { config: { ...config, h5Dir: H5_DIR } })
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
