import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Middleware } from 'koa'
import serve from 'koa-static'

/**
 * Serves the H5 build of the app. Hashed assets are cached for a year; index.html is always
 * revalidated so a new release is picked up at once. Without a build, `/` explains how to make one.
 */
export function staticApp(h5Dir: string, apiPrefix: string): Middleware {
  const root = path.resolve(h5Dir)
  const hasBuild = existsSync(path.join(root, 'index.html'))
  const files = serve(root, {
    index: 'index.html',
    setHeaders: (res, filePath) => {
      const immutable =
        /\.[0-9a-f]{8,}\.(js|css)$/.test(filePath) || /[\\/]static[\\/]/.test(filePath)
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  return async (ctx, next) => {
    if (ctx.path.startsWith(apiPrefix) || (ctx.method !== 'GET' && ctx.method !== 'HEAD'))
      return next()
    if (!hasBuild && ctx.path === '/') {
      ctx.type = 'text/html; charset=utf-8'
      ctx.body =
        '<!doctype html><meta charset="utf-8"><title>政民互动</title>' +
        '<p>H5 页面尚未构建。请先运行 <code>npm run build:h5</code>，再重新启动服务。</p>'
      return
    }
    return files(ctx, next)
  }
}
