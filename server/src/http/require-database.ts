import type { Middleware } from 'koa'
import mongoose, { type Connection } from 'mongoose'
import { pingDatabase } from '../db/connection'
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

export interface DatabaseDeadlineOptions {
  /** How long a request may run before the database is asked whether it is still there. */
  checkAfterMs: number
  /** How long that question may take; no answer means the database is stalled. */
  pingTimeoutMs: number
}

/** 503 within about 1.5 s of a stall, well inside the promised 3 s even on a busy machine. */
export const DATABASE_DEADLINE: DatabaseDeadlineOptions = {
  checkAfterMs: 1_000,
  pingTimeoutMs: 500,
}

/**
 * Answers 503 + Retry-After when a request is still running after `checkAfterMs` and the
 * database does not answer a ping: a stalled database must not hold requests for the driver's
 * full timeouts (each bounded, but a request makes several calls). A request that is merely
 * slow while the database answers (a large export) goes on. The abandoned handler may still
 * finish later; every action's writes are complete or repaired (README, "Faults and consistency").
 */
export function databaseDeadline(
  db: Connection,
  options: DatabaseDeadlineOptions = DATABASE_DEADLINE,
): Middleware {
  return async (ctx, next) => {
    const handler = next()
    let timer: NodeJS.Timeout | undefined
    const stalled = new Promise<'stalled'>((resolve) => {
      timer = setTimeout(() => {
        void pingDatabase(db, options.pingTimeoutMs).then((up) => {
          if (!up) resolve('stalled')
        })
      }, options.checkAfterMs)
    })
    try {
      const outcome = await Promise.race([handler.then(() => 'done' as const), stalled])
      if (outcome === 'stalled') {
        handler.catch((error: unknown) =>
          ctx.state.log.warn({ err: error }, 'request abandoned during a database stall failed'),
        )
        throw serviceUnavailable()
      }
    } finally {
      clearTimeout(timer)
    }
  }
}
