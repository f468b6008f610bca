import Koa from 'koa'
import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { createDatabaseProbe, healthCheck } from './health.routes'

const db = useTestDatabase({ clearBetweenTests: false })

describe('database probe', () => {
  it('pings once per interval however often it is asked', async () => {
    let now = 0
    const admin = db.db!.admin()
    const ping = jest.spyOn(admin.constructor.prototype, 'ping')
    const isUp = createDatabaseProbe(db, () => now, 1_000)

    const answers = await Promise.all([isUp(), isUp(), isUp()])
    now = 500
    answers.push(await isUp())
    expect(answers).toEqual([true, true, true, true])
    expect(ping).toHaveBeenCalledTimes(1)

    now = 1_500
    expect(await isUp()).toBe(true)
    expect(ping).toHaveBeenCalledTimes(2)
    ping.mockRestore()
  })
})

describe('GET /health at the front of the chain', () => {
  it('answers GET and HEAD with the probe, 503 with Retry-After when down, and leaves the rest', async () => {
    let up = true
    const app = new Koa()
    app.use(healthCheck({ isDatabaseUp: async () => up, path: '/api/v1/health' }))
    app.use((ctx) => {
      ctx.status = 418
    })
    const callback = app.callback()
    const ok = await request(callback).get('/api/v1/health')
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toMatch(/application\/json/)
    expect(ok.body).toEqual({ status: 'ok', db: 'up' })
    expect((await request(callback).head('/api/v1/health')).status).toBe(200)
    up = false
    const down = await request(callback).get('/api/v1/health')
    expect(down.status).toBe(503)
    expect(down.headers['retry-after']).toBe('5')
    expect(down.body).toEqual({ status: 'degraded', db: 'down' })
    expect((await request(callback).post('/api/v1/health')).status).toBe(418)
    expect((await request(callback).get('/api/v1/healthz')).status).toBe(418)
  })
})
