import type { Middleware } from 'koa'
import mongoose, { type Connection } from 'mongoose'
import { serviceUnavailable } from './errors'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Refuses writes with 503 + Retry-After while the database connection is down, before any
 * handler starts, so nothing is stored half-done. Errors raised mid-request by the driver are
 * mapped to the same 503 by the error handler.
 */
export function requireDatabaseForWrites(db: Connection): Middleware {
  return async (ctx, next) => {
    if (WRITES.has(ctx.method) && db.readyState !== mongoose.ConnectionStates.connected) {
      throw serviceUnavailable()
    }
    await next()
  }
}
