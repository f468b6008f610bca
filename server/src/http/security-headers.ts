import type { Middleware } from 'koa'

const API_CSP = "default-src 'none'; frame-ancestors 'none'"
// Taro's H5 entry page carries an inline bootstrap script, hence 'unsafe-inline' for scripts.
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** Conservative security headers on every response; API answers are never cached by default. */
export function securityHeaders(options: { apiPrefix: string; hsts: boolean }): Middleware {
  return async (ctx, next) => {
    const isApi = ctx.path.startsWith(options.apiPrefix)
    ctx.set('X-Content-Type-Options', 'nosniff')
    ctx.set('X-Frame-Options', 'DENY')
    ctx.set('Referrer-Policy', 'no-referrer')
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin')
    ctx.set('Cross-Origin-Resource-Policy', 'same-origin')
    ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
    ctx.set('Content-Security-Policy', isApi ? API_CSP : PAGE_CSP)
    if (options.hsts) ctx.set('Strict-Transport-Security', 'max-age=31536000')
    if (isApi) ctx.set('Cache-Control', 'no-store')
    ctx.remove('X-Powered-By')
    await next()
  }
}
