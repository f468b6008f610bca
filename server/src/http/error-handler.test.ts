import Koa from 'koa'
import Router from '@koa/router'
import mongoose from 'mongoose'
import pino from 'pino'
import request from 'supertest'
import { AppError } from './errors'
import { errorHandler } from './error-handler'
import { jsonBody } from './json-body'
import { requestContext } from './request-context'

/** A small app whose routes throw each kind of error the real routes can meet. */
function appThatThrows() {
  const logged: unknown[] = []
  const logger = pino(
    { level: 'error' },
    { write: (line: string) => logged.push(JSON.parse(line)) },
  )
  const router = new Router()
  router.get('/app-error', () => {
    throw new AppError(422, 'something_specific', '具体的错误说明')
  })
  router.get('/cast', () => {
    throw new mongoose.Error.CastError('ObjectId', 'not-an-id', 'id')
  })
  router.get('/duplicate', () => {
    throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 })
  })
  router.get('/unexpected', () => {
    throw new Error('secret internal detail at /srv/app.js:42')
  })
  router.get('/db-down', () => {
    throw Object.assign(new Error('connection refused'), { name: 'MongoServerSelectionError' })
  })
  router.post('/echo', (ctx) => {
    ctx.body = { received: ctx.request.jsonBody ?? null }
  })
  const app = new Koa()
  app.use(requestContext(logger))
  app.use(errorHandler())
  app.use(jsonBody(1024))
  app.use(router.routes())
  app.use(router.allowedMethods({ throw: true }))
  return { callback: app.callback(), logged }
}

describe('error model', () => {
  const { callback, logged } = appThatThrows()

  it('answers an AppError with its status, code and Chinese message', async () => {
    const response = await request(callback).get('/app-error').expect(422)
    expect(response.body).toEqual({
      error: {
        code: 'something_specific',
        message: '具体的错误说明',
        requestId: response.headers['x-request-id'],
      },
    })
  })

  it('maps a mongoose cast error to 400', async () => {
    const response = await request(callback).get('/cast').expect(400)
    expect(response.body.error.code).toBe('invalid_parameter')
  })

  it('maps a duplicate-key error to 409', async () => {
    const response = await request(callback).get('/duplicate').expect(409)
    expect(response.body.error.code).toBe('duplicate')
  })

  it('answers an unexpected throw with a generic 500 and logs it with the request id', async () => {
    const response = await request(callback)
      .get('/unexpected')
      .set('X-Request-Id', 'req-12345678')
      .expect(500)
    expect(response.body).toEqual({
      error: {
        code: 'internal_error',
        message: '服务器内部错误，请稍后重试',
        requestId: 'req-12345678',
      },
    })
    expect(JSON.stringify(response.body)).not.toContain('secret')
    expect(logged).toContainEqual(
      expect.objectContaining({ requestId: 'req-12345678', msg: 'unexpected error' }),
    )
  })

  it('maps an unreachable database to 503 with Retry-After', async () => {
    const response = await request(callback).get('/db-down').expect(503)
    expect(response.headers['retry-after']).toBe('5')
    expect(response.body.error.code).toBe('service_unavailable')
  })

  it('answers an unknown route with 404 in the error body', async () => {
    const response = await request(callback).get('/nowhere').expect(404)
    expect(response.body.error.code).toBe('not_found')
  })

  it('answers a wrong method with 405', async () => {
    const response = await request(callback).delete('/cast').expect(405)
    expect(response.body.error.code).toBe('method_not_allowed')
  })

  it('rejects malformed JSON with 400', async () => {
    const response = await request(callback)
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400)
    expect(response.body.error.code).toBe('malformed_json')
  })

  it('rejects a body over the limit with 413', async () => {
    const response = await request(callback)
      .post('/echo')
      .send({ content: 'x'.repeat(2000) })
      .expect(413)
    expect(response.body.error.code).toBe('payload_too_large')
  })

  it('rejects a body that is not JSON with 415', async () => {
    const response = await request(callback)
      .post('/echo')
      .set('Content-Type', 'text/plain')
      .send('hello')
      .expect(415)
    expect(response.body.error.code).toBe('unsupported_media_type')
  })

  it('parses a valid JSON body', async () => {
    const response = await request(callback).post('/echo').send({ a: 1 }).expect(200)
    expect(response.body).toEqual({ received: { a: 1 } })
  })
})
