import type { Middleware } from 'koa'

const API_CSP = "default-src 'none'; frame-ancestors 'none'"
// Taro's H5 entry page carries an inline bootstrap script, hence 'unsafe-inline' for scripts.
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  // blob: for the thumbnails of photos chosen for a message, shown before they are sent.
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** Paths answered with the app's page (the H5 entry); everything else outside the API is a file. */
const isDocument = (path: string) => path === '/' || path.endsWith('.html')

/**
 * Conservative security headers on every response; API answers are never cached by default.
 * JSON answers get the headers that matter for data (no sniffing, no framing through the CSP,
 * no referrer, same-origin reads); the page-only headers (CSP, X-Frame-Options, opener and
 * permissions policies) go on the page itself, because they only act on documents: scripts,
 * styles and images keep no sniffing and same-origin reads. Each header is paid on every
 * request, and a phone on a slow link loads a dozen files for the first screen.
 */
export function securityHeaders(options: { apiPrefix: string; hsts: boolean }): Middleware {
  return async (ctx, next) => {
    const isApi = ctx.path.startsWith(options.apiPrefix)
    ctx.set('X-Content-Type-Options', 'nosniff')
    ctx.set('Cross-Origin-Resource-Policy', 'same-origin')
    if (isApi) {
      ctx.set('Referrer-Policy', 'no-referrer')
      ctx.set('Content-Security-Policy', API_CSP)
      ctx.set('Cache-Control', 'no-store')
    } else if (isDocument(ctx.path)) {
      ctx.set('Referrer-Policy', 'no-referrer')
      ctx.set('Content-Security-Policy', PAGE_CSP)
      ctx.set('X-Frame-Options', 'DENY')
      ctx.set('Cross-Origin-Opener-Policy', 'same-origin')
      ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
    }
    if (options.hsts) ctx.set('Strict-Transport-Security', 'max-age=31536000')
    await next()
  }
}
