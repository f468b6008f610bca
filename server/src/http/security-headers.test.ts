import Koa from 'koa'
import request from 'supertest'
import { securityHeaders } from './security-headers'

function appWith(hsts = false) {
  const app = new Koa()
  app.use(securityHeaders({ apiPrefix: '/api/v1', hsts }))
  app.use((ctx) => {
    ctx.body = 'ok'
  })
  return app.callback()
}

describe('securityHeaders', () => {
  it('gives the page its content security policy and framing rules', async () => {
    for (const url of ['/', '/index.html']) {
      const res = await request(appWith()).get(url)
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
      })
      expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    }
  })

  it('keeps files to no sniffing and same-origin reads, without the page-only headers', async () => {
    const res = await request(appWith()).get('/js/app.0123abcd.js')
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
    })
    expect(res.headers['content-security-policy']).toBeUndefined()
    expect(res.headers['x-frame-options']).toBeUndefined()
  })

  it('locks API answers down and never lets them be cached by default', async () => {
    const res = await request(appWith(true)).get('/api/v1/health')
    expect(res.headers).toMatchObject({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': 'no-store',
      'strict-transport-security': 'max-age=31536000',
    })
  })
})
