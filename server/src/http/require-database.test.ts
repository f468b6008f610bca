import Koa from 'koa'
import pino from 'pino'
import request from 'supertest'
import type { Connection } from 'mongoose'
import { testDatabaseUri, useTestDatabase } from '../../../test/support/database'
import { connectDatabase } from '../db/connection'
import { errorHandler } from './error-handler'
import { requestContext } from './request-context'
import { databaseDeadline } from './require-database'

const FAST = { checkAfterMs: 20, pingTimeoutMs: 20 }

const db = useTestDatabase({ clearBetweenTests: false })
let downDb: Connection
beforeAll(async () => {
  downDb = await connectDatabase(testDatabaseUri(db.name))
  await downDb.close()
})

/** An app whose only handler takes `ms` (never ends when undefined). */
function appWith(connection: Connection, ms: number | undefined) {
  const app = new Koa()
  app.use(requestContext(pino({ level: 'silent' })))
  app.use(errorHandler())
  app.use(databaseDeadline(connection, FAST))
  app.use(async (ctx) => {
    if (ms === undefined) await new Promise(() => {})
    else await new Promise((resolve) => setTimeout(resolve, ms))
    ctx.body = { done: true }
  })
  return app.callback()
}

describe('the database deadline', () => {
  it('answers 503 with Retry-After when a request outlives it and the database does not answer', async () => {
    const response = await request(appWith(downDb, undefined)).get('/').expect(503)
    expect(response.headers['retry-after']).toBe('5')
    expect(response.body.error.code).toBe('service_unavailable')
  })

  it('lets a slow request finish while the database answers', async () => {
    const response = await request(appWith(db, 200)).get('/').expect(200)
    expect(response.body).toEqual({ done: true })
  })

  it('passes a quick answer through untouched', async () => {
    await request(appWith(downDb, 0)).get('/').expect(200)
  })
})
