import type { Context, Middleware } from 'koa'
import type { RandomBytes } from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { AppError } from '../../http/errors'
import { hashToken, newSessionToken, SESSION_TOKEN_FORMAT } from '../../http/session-tokens'

declare module 'koa' {
  interface DefaultState {
    /** The WeChat identity of the citizen, on routes behind requireCitizen or optionalCitizen. */
    citizen?: { openid: string }
  }
}

const BEARER = /^Bearer +(\S+)$/i

/** 401 for a missing, unknown or expired citizen token; the mini-program logs in again. */
export const citizenSignedOut = () =>
  new AppError(401, 'citizen_unauthenticated', '微信登录已失效，请重新进入小程序')

export interface CitizenSessionsDeps {
  models: Models
  clock: () => Date
  randomBytes: RandomBytes
  sessionDays: number
}

/** Citizen sessions from a WeChat login, and middleware that reads them from the Bearer header. */
export function createCitizenSessions(deps: CitizenSessionsDeps) {
  const { CitizenSession } = deps.models

  async function openidOf(ctx: Context): Promise<string | undefined> {
    const header = ctx.get('Authorization')
    if (!header) return undefined
    const token = BEARER.exec(header)?.[1]
    if (!token || !SESSION_TOKEN_FORMAT.test(token)) throw citizenSignedOut()
    const session = await CitizenSession.findOne({
      tokenHash: hashToken(token),
      expiresAt: { $gt: deps.clock() },
    }).lean()
    if (!session) throw citizenSignedOut()
    return session.openid
  }

  return {
    /** A new session for this openid; the raw token exists only in this answer. */
    async open(openid: string): Promise<{ token: string; expiresAt: Date }> {
      const token = newSessionToken(deps.randomBytes)
      const now = deps.clock()
      const expiresAt = new Date(now.getTime() + deps.sessionDays * 24 * 3600 * 1000)
      await CitizenSession.create({
        tokenHash: hashToken(token),
        openid,
        createdAt: now,
        expiresAt,
      })
      return { token, expiresAt }
    },

    /** Admits only a signed-in citizen. */
    requireCitizen: (async (ctx, next) => {
      const openid = await openidOf(ctx)
      if (!openid) throw citizenSignedOut()
      ctx.state.citizen = { openid }
      await next()
    }) as Middleware,

    /** Reads a citizen token when one is sent (a bad one is still 401); none is fine. */
    optionalCitizen: (async (ctx, next) => {
      const openid = await openidOf(ctx)
      if (openid) ctx.state.citizen = { openid }
      await next()
    }) as Middleware,
  }
}

export type CitizenSessions = ReturnType<typeof createCitizenSessions>
