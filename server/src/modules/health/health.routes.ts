import Router from '@koa/router'
import type { Connection } from 'mongoose'
import { pingDatabase } from '../../db/connection'

/** GET /health: 200 when the database answers, 503 (with Retry-After) when it does not. */
export function healthRoutes(deps: { db: Connection }) {
  const router = new Router()
  router.get('/health', async (ctx) => {
    const up = await pingDatabase(deps.db)
    ctx.status = up ? 200 : 503
    if (!up) ctx.set('Retry-After', '5')
    ctx.body = { status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down' }
  })
  return router
}
