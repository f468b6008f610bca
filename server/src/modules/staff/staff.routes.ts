import Router from '@koa/router'
import type { Middleware } from 'koa'
import { staffLoginSchema } from '@zhengmin/shared'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import { presentSession, presentStaffProfile } from './staff.presenter'
import type { StaffSessionService } from './staff-session.service'

export interface StaffRoutesDeps {
  sessions: StaffSessionService
  auth: StaffAuth
  /** Per-address limit on login attempts, on top of the per-account-and-address throttle. */
  loginLimit: Middleware
}

/** Staff login, logout and profile. */
export function staffRoutes(deps: StaffRoutesDeps) {
  const { requireStaff } = deps.auth
  const router = new Router()

  router.post('/staff/session', deps.loginLimit, async (ctx) => {
    const input = validate(staffLoginSchema, ctx.request.jsonBody)
    const session = await deps.sessions.login(input, ctx.ip, ctx.state.log)
    deps.auth.setSessionCookie(ctx, session.token, session.expiresAt)
    ctx.body = presentSession(session)
  })

  router.delete('/staff/session', requireStaff(), async (ctx) => {
    await deps.sessions.logout(staffOf(ctx), ctx.state.log)
    deps.auth.clearSessionCookie(ctx)
    ctx.status = 204
  })

  router.get('/staff/me', requireStaff(), (ctx) => {
    ctx.body = presentStaffProfile(staffOf(ctx))
  })

  return router
}
