import { randomUUID } from 'node:crypto'
import type { Middleware } from 'koa'
import type { Logger } from 'pino'

declare module 'koa' {
  interface DefaultState {
    requestId: string
    log: Logger
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/

/**
 * Gives every request an id (the load balancer's X-Request-Id when well formed) and a child
 * logger carrying it, and writes one line per request. The query string is left out of the
 * log on purpose: lookups carry phone numbers there.
 */
export function requestContext(logger: Logger): Middleware {
  return async (ctx, next) => {
    const incoming = ctx.get('X-Request-Id')
    const requestId = REQUEST_ID.test(incoming) ? incoming : randomUUID()
    ctx.state.requestId = requestId
    // Made on first use: most cached public reads never log anything.
    let log: Logger | undefined
    Object.defineProperty(ctx.state, 'log', {
      get: () => (log ??= logger.child({ requestId })),
      // Staff authentication replaces it with a child that also names the staff member.
      set: (value: Logger) => {
        log = value
      },
      configurable: true,
      enumerable: true,
    })
    ctx.set('X-Request-Id', requestId)
    const started = process.hrtime.bigint()
    try {
      await next()
    } finally {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6
      if (logger.isLevelEnabled('info')) {
        ctx.state.log.info(
          {
            method: ctx.method,
            path: ctx.path,
            status: ctx.status,
            durationMs: Math.round(durationMs * 10) / 10,
          },
          'request',
        )
      }
    }
  }
}
