import type { Context, Middleware } from 'koa'
import type { StaffPrincipal } from '@zhengmin/shared'
import { AppError } from './errors'
import { SESSION_TOKEN_FORMAT as TOKEN_FORMAT } from './session-tokens'

/** Who a staff member is, as the staff pages show it. */
export interface StaffIdentity extends StaffPrincipal {
  username: string
  displayName: string
}

/** The staff member behind the current request, and the session they came with. */
export interface AuthenticatedStaff extends StaffIdentity {
  sessionId: string
}

declare module 'koa' {
  interface DefaultState {
    /** Set by requireStaff; undefined on routes that do not require a staff login. */
    staff?: AuthenticatedStaff
  }
}

/** Name of the session cookie the H5 staff pages use (the mini-program sends a Bearer token). */
export const STAFF_COOKIE = 'zm_staff'

const BEARER = /^Bearer +(\S+)$/i
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** 401 for a request without any staff credentials. */
export const unauthenticated = () => new AppError(401, 'unauthenticated', '请先登录')

/** 401 for a token that is unknown, expired, revoked, or whose account is disabled. */
export const sessionExpired = () => new AppError(401, 'session_expired', '登录已失效，请重新登录')

/** 403 for a staff member whose role or unit does not allow the action. */
export const forbidden = () => new AppError(403, 'forbidden', '没有权限执行此操作')

/** 403 for a cookie-authenticated write coming from another site. */
export const csrfRejected = () =>
  new AppError(403, 'csrf_rejected', '请求来源无法确认，请刷新页面后重试')

/**
 * A named policy function of `@zhengmin/shared` (canPublish, canEditGuides …) deciding from the
 * staff member alone; role rules live there, never in a route.
 */
export type StaffPolicy = (staff: StaffPrincipal) => boolean

/** Middleware admitting only signed-in staff, and only those the policy allows when one is given. */
export type RequireStaff = (policy?: StaffPolicy) => Middleware

export interface StaffAuthOptions {
  /** The staff member a raw token belongs to, or undefined when it is not a live session. */
  authenticate(token: string): Promise<AuthenticatedStaff | undefined>
  /** Mark the cookie Secure (production: the browser reaches us over HTTPS). */
  secureCookie: boolean
  /** The cookie is sent to the API only, never with page or asset requests. */
  cookiePath: string
}

/** Where the request's credentials came from; only the cookie needs the origin check. */
interface Credentials {
  token: string
  via: 'bearer' | 'cookie'
}

function credentialsOf(ctx: Context): Credentials | undefined {
  const authorization = ctx.get('Authorization')
  // A Bearer header wins over a cookie: a page on another site cannot set this header on a
  // request to us (it would need a CORS preflight we never grant), so no origin check is needed.
  if (authorization) {
    const token = BEARER.exec(authorization)?.[1]
    if (!token) throw sessionExpired()
    return { token, via: 'bearer' }
  }
  const cookie = ctx.cookies.get(STAFF_COOKIE)
  return cookie ? { token: cookie, via: 'cookie' } : undefined
}

/**
 * Whether the request was sent by a page of our own origin. Browsers send Origin with every
 * fetch/XHR write (even under our Referrer-Policy: no-referrer); Referer is the fallback for
 * older ones. Neither present means we cannot tell, and a write is then refused.
 */
function isSameOrigin(ctx: Context): boolean {
  // Not ctx.origin: in Koa 3 that is the request's Origin header, which would compare with itself.
  const own = `${ctx.protocol}://${ctx.host}`.toLowerCase()
  const origin = ctx.get('Origin')
  if (origin) return origin.toLowerCase() === own
  const referer = ctx.get('Referer')
  if (!referer) return false
  try {
    return new URL(referer).origin.toLowerCase() === own
  } catch {
    return false
  }
}

/**
 * Staff authentication: `requireStaff(policy?)` for routes, and the session cookie helpers for
 * the login and logout routes. Credentials are `Authorization: Bearer <token>` (mini-program) or
 * the httpOnly `zm_staff` cookie (H5); cookie-authenticated writes must come from our origin.
 */
export function createStaffAuth(options: StaffAuthOptions) {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: options.cookiePath,
    secure: options.secureCookie,
    overwrite: true,
  }

  /** Lets koa's cookie jar write a Secure cookie although TLS ends at the load balancer. */
  function allowSecureCookie(ctx: Context) {
    if (options.secureCookie) ctx.cookies.secure = true
  }

  const requireStaff: RequireStaff = (policy) => async (ctx, next) => {
    const credentials = credentialsOf(ctx)
    if (!credentials) throw unauthenticated()
    // Checked before the token is looked up, so a foreign page learns nothing about it.
    if (credentials.via === 'cookie' && UNSAFE_METHODS.has(ctx.method) && !isSameOrigin(ctx)) {
      ctx.state.log.warn(
        { origin: ctx.get('Origin') || undefined, method: ctx.method, path: ctx.path },
        'cross-site staff request rejected',
      )
      throw csrfRejected()
    }
    if (!TOKEN_FORMAT.test(credentials.token)) throw sessionExpired()
    const staff = await options.authenticate(credentials.token)
    if (!staff) throw sessionExpired()
    if (policy && !policy(staff)) throw forbidden()
    ctx.state.staff = staff
    ctx.state.log = ctx.state.log.child({ staffId: staff.id })
    await next()
  }

  return {
    requireStaff,

    /** Hands the H5 pages the session token in an httpOnly cookie that expires with it. */
    setSessionCookie(ctx: Context, token: string, expiresAt: Date) {
      allowSecureCookie(ctx)
      ctx.cookies.set(STAFF_COOKIE, token, { ...cookieOptions, expires: expiresAt })
    },

    /** Tells the browser to drop the session cookie. */
    clearSessionCookie(ctx: Context) {
      allowSecureCookie(ctx)
      ctx.cookies.set(STAFF_COOKIE, null, cookieOptions)
    },
  }
}

export type StaffAuth = ReturnType<typeof createStaffAuth>

/** The signed-in staff member of a route behind requireStaff; 401 if the route forgot it. */
export function staffOf(ctx: Context): AuthenticatedStaff {
  const staff = ctx.state.staff
  if (!staff) throw unauthenticated()
  return staff
}
