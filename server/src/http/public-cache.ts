import { createHash } from 'node:crypto'
import type { Context } from 'koa'
import type { Model } from 'mongoose'
import type { ContentVersion } from '../db/content-version.model'

/** A rendered public answer: the JSON sent (encoded once, as bytes) and its entity tag. */
export interface RenderedPage {
  json: Buffer
  etag: string
}

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
      const page = { json, etag: entityTag(json) }
      // Store only if nothing changed meanwhile; a stale render must not outlive its version.
      if (at === version) {
        entries.set(key, { ...page, version: at })
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      }
      return page
    },

    /** Records a change: every instance's pages go stale (this one's at once). */
    async invalidate(): Promise<void> {
      const doc = await options.versions
        .findOneAndUpdate(
          { _id: options.kind },
          { $inc: { version: 1 } },
          { upsert: true, new: true },
        )
        .lean()
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
  ctx.set('Cache-Control', 'public, no-cache')
  ctx.set('ETag', page.etag)
  ctx.status = 200
  if (ctx.fresh) {
    ctx.status = 304
    return
  }
  ctx.type = 'application/json'
  ctx.body = page.json
}
