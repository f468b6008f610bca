import Router from '@koa/router'
import type { Context, Middleware } from 'koa'
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

type DatabaseProbe = () => Promise<boolean>

// Encoded once: load balancers ask many times a second.
const UP = Buffer.from(JSON.stringify({ status: 'ok', db: 'up' }))
const DOWN = Buffer.from(JSON.stringify({ status: 'degraded', db: 'down' }))

/** The answer of GET /health: 200 when the database answers, 503 (with Retry-After) when not. */
async function answerHealth(ctx: Context, isDatabaseUp: DatabaseProbe) {
  const up = await isDatabaseUp()
  ctx.status = up ? 200 : 503
  if (!up) ctx.set('Retry-After', '5')
  ctx.type = 'application/json'
  ctx.body = up ? UP : DOWN
}

/**
 * GET /health answered at the front of the middleware chain, right after the request id and
 * security headers: it reads no body, needs no routing and has its own bound on a stalled
 * database (the probe's cached ping), so the per-request deadline and the router, which cost
 * more than the answer itself, are skipped.
 */
export function healthCheck(deps: { isDatabaseUp: DatabaseProbe; path: string }): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== deps.path || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next()
    await answerHealth(ctx, deps.isDatabaseUp)
  }
}

/** The same answer through the router, which also refuses other methods with 405. */
export function healthRoutes(deps: { isDatabaseUp: DatabaseProbe }) {
  const router = new Router()
  router.get('/health', (ctx) => answerHealth(ctx, deps.isDatabaseUp))
  return router
}
