import Router from '@koa/router'
import type { Connection } from 'mongoose'
import { pingDatabase } from '../../db/connection'

/** How long a database ping answers for; load balancers may ask many times a second. */
const PING_TTL_MS = 1_000

/**
 * The database's reachability, pinging at most once per TTL however many requests ask, and
 * never more than one ping at a time.
 */
export function createDatabaseProbe(db: Connection, now: () => number, ttlMs = PING_TTL_MS) {
  let last: { at: number; up: boolean } | undefined
  let inFlight: Promise<boolean> | undefined
  return async function isDatabaseUp(): Promise<boolean> {
    if (last && now() - last.at < ttlMs) return last.up
    inFlight ??= pingDatabase(db).then((up) => {
      last = { at: now(), up }
      inFlight = undefined
      return up
    })
    return inFlight
  }
}

/** GET /health: 200 when the database answers, 503 (with Retry-After) when it does not. */
export function healthRoutes(deps: { isDatabaseUp: () => Promise<boolean> }) {
  const router = new Router()
  router.get('/health', async (ctx) => {
    const up = await deps.isDatabaseUp()
    ctx.status = up ? 200 : 503
    if (!up) ctx.set('Retry-After', '5')
    ctx.body = { status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down' }
  })
  return router
}
