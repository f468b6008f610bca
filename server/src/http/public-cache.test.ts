import Koa from 'koa'
import request from 'supertest'
import { useTestDatabase } from '../../../test/support/database'
import { createModels } from '../db/models'
import { createPublicCache, publicPageShortcut, sendPublicPage } from './public-cache'

const db = useTestDatabase()

/** A Koa app serving one cached page per path, rendering `render(path)` on a miss. */
function appWith(render: (path: string) => unknown, now = () => 0) {
  const cache = createPublicCache({
    versions: createModels(db).ContentVersion,
    kind: 'test',
    checkIntervalMs: 1000,
    now,
  })
  let renders = 0
  const app = new Koa()
  app.use(publicPageShortcut(cache, '/pages'))
  app.use(async (ctx) => {
    const page = await cache.get(ctx.path, async () => {
      renders += 1
      return render(ctx.path)
    })
    cache.remember(ctx.url, ctx.path)
    sendPublicPage(ctx, page)
  })
  return { callback: app.callback(), cache, renders: () => renders }
}

describe('public pages', () => {
  const big = { items: Array.from({ length: 50 }, (_, i) => ({ i, text: '养老保险转移接续' })) }

  it('sends large pages gzip-compressed to clients that take it, each with its own tag', async () => {
    const { callback } = appWith(() => big)
    const plain = await request(callback).get('/pages/a').set('Accept-Encoding', 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toEqual(big)
    // supertest inflates gzip itself, so the body is the JSON again.
    const zipped = await request(callback).get('/pages/a').set('Accept-Encoding', 'gzip')
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toBe('Accept-Encoding')
    expect(Number(zipped.headers['content-length'])).toBeLessThan(
      Number(plain.headers['content-length']) / 4,
    )
    expect(zipped.body).toEqual(big)
    expect(zipped.headers.etag).not.toBe(plain.headers.etag)
    await request(callback)
      .get('/pages/a')
      .set('Accept-Encoding', 'gzip')
      .set('If-None-Match', zipped.headers.etag as string)
      .expect(304)
  })

  it('sends small pages as they are', async () => {
    const { callback } = appWith(() => ({ ok: true }))
    const response = await request(callback).get('/pages/b').set('Accept-Encoding', 'gzip')
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.headers.vary).toBeUndefined()
  })

  it('renders once, answers repeats from memory, and renders again after a change', async () => {
    let now = 0
    const { callback, cache, renders } = appWith(
      (path) => ({ path, at: now }),
      () => now,
    )
    await request(callback).get('/pages/c').expect(200)
    await request(callback).get('/pages/c').expect(200)
    expect(renders()).toBe(1)
    await cache.invalidate()
    now = 10
    const fresh = await request(callback).get('/pages/c').expect(200)
    expect(fresh.body).toEqual({ path: '/pages/c', at: 10 })
    expect(renders()).toBe(2)
  })
})
