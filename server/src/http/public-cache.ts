import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Context, Middleware } from 'koa'
import type { Model } from 'mongoose'
import type { ContentVersion } from '../db/content-version.model'
import { acceptsGzip } from './accept-encoding'

/**
 * A rendered public answer: the JSON sent (encoded once, as bytes), its entity tag and, for
 * larger pages, the same bytes gzip-compressed once (with their own tag).
 */
export interface RenderedPage {
  json: Buffer
  etag: string
  gzip?: { body: Buffer; etag: string }
}

/** Pages smaller than this are sent as they are: compressing them saves nothing worth the header. */
const COMPRESS_FROM_BYTES = 1024

export interface PublicCacheOptions {
  versions: Model<ContentVersion>
  /** The kind of content, the id of its version document (e.g. "publications"). */
  kind: string
  /**
   * How often to look at the version document for changes made through other instances;
   * changes made through this one are seen at once. 0 looks on every request.
   */
  checkIntervalMs: number
  /** Milliseconds now (tests pass a controllable clock). */
  now: () => number
  /** Most pages kept; the least recently used one goes first. */
  maxEntries?: number
}

interface Entry extends RenderedPage {
  version: number
}

/**
 * Rendered public pages kept in memory, valid while the content's version is unchanged.
 * Correct with several instances: each change raises a version document in MongoDB, and every
 * instance compares against it at most `checkIntervalMs` after the change.
 */
export function createPublicCache(options: PublicCacheOptions) {
  const maxEntries = options.maxEntries ?? 500
  const entries = new Map<string, Entry>()
  // Request URLs (as sent) of pages already served, so a repeat can be answered without routing.
  const urls = new Map<string, string>()
  let version = -1
  let checkedAt = Number.NEGATIVE_INFINITY
  let pendingCheck: Promise<number> | undefined

  async function readVersion(): Promise<number> {
    const doc = await options.versions.findById(options.kind).lean()
    return doc?.version ?? 0
  }

  function adopt(latest: number) {
    if (latest !== version) {
      entries.clear()
      urls.clear()
      version = latest
    }
    return version
  }

  /** The content's version, from memory while the last check is recent enough. */
  async function currentVersion(): Promise<number> {
    const now = options.now()
    if (now - checkedAt < options.checkIntervalMs && version >= 0) return version
    // One read serves every request that arrives while it is on its way.
    pendingCheck ??= readVersion().finally(() => {
      pendingCheck = undefined
    })
    const latest = await pendingCheck
    checkedAt = now
    return adopt(latest)
  }

  return {
    /** The cached page for `key`, rendering (and keeping) it when missing or stale. */
    async get(key: string, render: () => Promise<unknown>): Promise<RenderedPage> {
      const at = await currentVersion()
      const hit = entries.get(key)
      if (hit && hit.version === at) {
        // Map order is insertion order: re-inserting marks the entry most recently used.
        entries.delete(key)
        entries.set(key, hit)
        return hit
      }
      const json = Buffer.from(JSON.stringify(await render()))
      const etag = entityTag(json)
      const page: RenderedPage = {
        json,
        etag,
        ...(json.length >= COMPRESS_FROM_BYTES
          ? { gzip: { body: gzipSync(json), etag: `${etag.slice(0, -1)}-gz"` } }
          : {}),
      }
      // Store only if nothing changed meanwhile; a stale render must not outlive its version.
      if (at === version) {
        entries.set(key, { ...page, version: at })
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      }
      return page
    },

    /** Remembers that this request URL was answered with the page of `key`. */
    remember(url: string, key: string): void {
      urls.set(url, key)
      if (urls.size > maxEntries) urls.delete(urls.keys().next().value as string)
    },

    /**
     * The page already served for this exact URL, if it is still known to be current without
     * asking the database (the last version check is recent enough); otherwise undefined.
     */
    peek(url: string): RenderedPage | undefined {
      if (options.now() - checkedAt >= options.checkIntervalMs) return undefined
      const key = urls.get(url)
      const entry = key === undefined ? undefined : entries.get(key)
      return entry && entry.version === version ? entry : undefined
    },

    /** Records a change: every instance's pages go stale (this one's at once). */
    async invalidate(): Promise<void> {
      // updateOne + read, not findOneAndUpdate (whose writes the embedded engine does not guard).
      await options.versions.updateOne(
        { _id: options.kind },
        { $inc: { version: 1 } },
        { upsert: true },
      )
      const doc = await options.versions.findById(options.kind).lean()
      checkedAt = options.now()
      adopt(doc?.version ?? version + 1)
    },
  }
}

export type PublicCache = ReturnType<typeof createPublicCache>

function entityTag(content: Buffer): string {
  return `"${createHash('sha1').update(content).digest('base64url')}"`
}

/**
 * Answers with a cached page: 304 when the client already holds it, else the JSON. Clients
 * and proxies must revalidate every time (no-cache), so a hidden item disappears at once.
 */
export function sendPublicPage(ctx: Context, page: RenderedPage): void {
  const compressed = page.gzip && acceptsGzip(ctx.get('Accept-Encoding')) ? page.gzip : undefined
  ctx.set('Cache-Control', 'public, no-cache')
  if (page.gzip) ctx.set('Vary', 'Accept-Encoding')
  ctx.set('ETag', compressed ? compressed.etag : page.etag)
  ctx.status = 200
  if (ctx.fresh) {
    ctx.status = 304
    return
  }
  ctx.type = 'application/json'
  if (compressed) ctx.set('Content-Encoding', 'gzip')
  ctx.body = compressed ? compressed.body : page.json
}

/**
 * Answers repeated reads of public pages straight from the cache, before body parsing and
 * routing: the most-read endpoints then cost little more than writing the bytes. Anything not
 * already cached and current goes on to the routes, which validate and render as usual.
 */
export function publicPageShortcut(cache: PublicCache, pathPrefix: string): Middleware {
  return async (ctx, next) => {
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path.startsWith(pathPrefix)) {
      const page = cache.peek(ctx.url)
      if (page) return sendPublicPage(ctx, page)
    }
    return next()
  }
}
