import { createReadStream, existsSync, readdirSync, type Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'
import type { Context, Middleware } from 'koa'
import { preferredCoding, type ContentCoding } from './accept-encoding'

/** Text files, worth compressing when the build left no compressed copy. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|xml|map)$/
/** Smaller files go as they are: compressing them saves less than the header costs. */
const COMPRESS_FROM_BYTES = 1024
/** After a miss the build folder is looked at again at most this often (a rebuild adds files). */
const RESCAN_AFTER_MS = 2000
const CODINGS: readonly ContentCoding[] = ['br', 'gzip']
const EXTENSION: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' }

/** A file of the build, with the compressed copies the build wrote beside it. */
interface Asset {
  file: string
  cacheControl: string
  compressible: boolean
  /** Codings with a ready copy (`file.br`, `file.gz`), best first. */
  precompressed: ContentCoding[]
}

/**
 * Hashed assets never change under their name: cached for a year. Everything else (index.html,
 * the favicon) is revalidated each time, so a new release is picked up at once.
 */
function cacheControlFor(relative: string): string {
  const immutable = /\.[0-9a-f]{8,}\.(js|css)$/.test(relative) || /^static\//.test(relative)
  return immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** Every servable file under `root`, by URL path; only these are ever served (no traversal). */
function scan(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>()
  if (!existsSync(root)) return assets
  const walk = (dir: string, prefix: string) => {
    const entries = readdirSync(dir, { withFileTypes: true })
    const names = new Set(entries.map((entry) => entry.name))
    for (const entry of entries) {
      const relative = prefix + entry.name
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${relative}/`)
      if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue
      assets.set(`/${relative}`, {
        file: path.join(dir, entry.name),
        cacheControl: cacheControlFor(relative),
        compressible: COMPRESSIBLE.test(entry.name),
        precompressed: CODINGS.filter((coding) => names.has(entry.name + EXTENSION[coding])),
      })
    }
  }
  walk(root, '')
  return assets
}

/**
 * Serves the H5 build of the app. The build writes brotli and gzip copies of its text files
 * (miniapp/config/precompress.ts); each request gets the best copy the browser accepts, with
 * `Vary: Accept-Encoding`. A text file without copies is compressed on the fly. Without a
 * build, `/` explains how to make one.
 */
export function staticApp(h5Dir: string, apiPrefix: string): Middleware {
  const root = path.resolve(h5Dir)
  let assets = scan(root)
  let scannedAt = Date.now()

  function find(urlPath: string): Asset | undefined {
    const key = urlPath === '/' ? '/index.html' : urlPath
    const known = assets.get(key)
    if (known || Date.now() - scannedAt < RESCAN_AFTER_MS) return known
    assets = scan(root)
    scannedAt = Date.now()
    return assets.get(key)
  }

  return async (ctx, next) => {
    if (ctx.path.startsWith(apiPrefix) || (ctx.method !== 'GET' && ctx.method !== 'HEAD'))
      return next()
    const asset = find(ctx.path)
    if (!asset) {
      if (ctx.path === '/') return sendNoBuildPage(ctx)
      return next()
    }
    const accepted = ctx.get('Accept-Encoding')
    const ready = preferredCoding(accepted, asset.precompressed)
    const file = ready ? asset.file + EXTENSION[ready] : asset.file
    let stats: Stats
    try {
      stats = await stat(file)
    } catch {
      // Removed by a rebuild since the scan: look again on the next miss.
      scannedAt = 0
      return next()
    }
    ctx.type = path.extname(asset.file)
    ctx.set('Cache-Control', asset.cacheControl)
    if (asset.compressible) ctx.vary('Accept-Encoding')
    ctx.set('ETag', `W/"${stats.size.toString(16)}-${stats.mtimeMs.toString(16)}${ready ?? ''}"`)
    ctx.lastModified = stats.mtime
    ctx.status = 200
    if (ctx.fresh) {
      ctx.status = 304
      return
    }
    if (ready) {
      ctx.set('Content-Encoding', ready)
      ctx.length = stats.size
      ctx.body = createReadStream(file)
      return
    }
    const onTheFly =
      asset.compressible && stats.size >= COMPRESS_FROM_BYTES
        ? preferredCoding(accepted, CODINGS)
        : undefined
    if (!onTheFly) {
      ctx.length = stats.size
      ctx.body = createReadStream(file)
      return
    }
    ctx.set('Content-Encoding', onTheFly)
    // Fast settings: this runs per request, unlike the build's best-quality copies.
    const compressor =
      onTheFly === 'br'
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
        : createGzip({ level: 6 })
    // pipeline passes a read error on to the body stream, which Koa then reports.
    ctx.body = pipeline(createReadStream(file), compressor, () => undefined)
  }
}

function sendNoBuildPage(ctx: Context) {
  ctx.type = 'text/html; charset=utf-8'
  ctx.set('Cache-Control', 'no-cache')
  ctx.body =
    '<!doctype html><meta charset="utf-8"><title>政民互动</title>' +
    '<p>H5 页面尚未构建。请先运行 <code>npm run build:h5</code>，再重新启动服务。</p>'
}
