import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import Koa from 'koa'
import request from 'supertest'
import { staticApp } from './static-app'

const CHROME = 'gzip, deflate, br, zstd'
const SCRIPT = `console.log(${JSON.stringify('政民互动'.repeat(400))})\n`
const STYLE = `.home { color: #1f5fa8; }\n`.repeat(200)

let dir: string
let app: Koa

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zhengmin-static-'))
  mkdirSync(path.join(dir, 'js'))
  mkdirSync(path.join(dir, 'css'))
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>政民互动</title>')
  const script = path.join(dir, 'js/app.0123abcd.js')
  writeFileSync(script, SCRIPT)
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT))
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT))
  // A large text file the build did not compress: compressed per request.
  writeFileSync(path.join(dir, 'css/app.0123abcd.css'), STYLE)
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  app = new Koa()
  app.use(staticApp(dir, '/api/v1'))
  app.use((ctx) => {
    ctx.status = 404
    ctx.body = { error: 'not_found' }
  })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// supertest (superagent) decodes brotli and gzip bodies itself: `res.text` is the decoded text.
describe('staticApp', () => {
  it('sends the brotli copy to a browser that takes it, with Vary and a year of caching', async () => {
    const res = await request(app.callback())
      .get('/js/app.0123abcd.js')
      .set('Accept-Encoding', CHROME)
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers['content-length']).toBe(String(brotliCompressSync(SCRIPT).length))
    expect(res.text).toBe(SCRIPT)
  })

  it('sends the gzip copy when brotli is not accepted, and the file itself when nothing is', async () => {
    const gz = await request(app.callback())
      .get('/js/app.0123abcd.js')
      .set('Accept-Encoding', 'gzip, br;q=0')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers['content-length']).toBe(String(gzipSync(SCRIPT).length))
    expect(gz.text).toBe(SCRIPT)
    const plain = await request(app.callback())
      .get('/js/app.0123abcd.js')
      .set('Accept-Encoding', 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('Accept-Encoding')
    expect(plain.text).toBe(SCRIPT)
  })

  it('compresses on the fly only what the build did not compress', async () => {
    const res = await request(app.callback())
      .get('/css/app.0123abcd.css')
      .set('Accept-Encoding', 'gzip')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.headers['content-length']).toBeUndefined()
    expect(res.text).toBe(STYLE)
  })

  it('keeps the page itself revalidated, and answers 304 to a client that holds it', async () => {
    const first = await request(app.callback()).get('/').set('Accept-Encoding', CHROME)
    expect(first.status).toBe(200)
    expect(first.headers['cache-control']).toBe('no-cache')
    expect(first.text).toContain('政民互动')
    const again = await request(app.callback())
      .get('/')
      .set('Accept-Encoding', CHROME)
      .set('If-None-Match', String(first.headers.etag))
    expect(again.status).toBe(304)
  })

  it('serves the favicon and nothing outside the build', async () => {
    const icon = await request(app.callback()).get('/favicon.svg')
    expect(icon.status).toBe(200)
    expect(icon.headers['content-type']).toMatch(/image\/svg\+xml/)
    for (const url of ['/missing.js', '/../package.json', '/%2e%2e/package.json', '/js']) {
      expect((await request(app.callback()).get(url)).status).toBe(404)
    }
    const api = await request(app.callback()).get('/api/v1/index.html')
    expect(api.status).toBe(404)
    const post = await request(app.callback()).post('/index.html')
    expect(post.status).toBe(404)
  })
})
