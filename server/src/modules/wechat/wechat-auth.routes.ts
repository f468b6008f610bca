import Router from '@koa/router'
import type { Middleware } from 'koa'
import { toBeijingIsoString, wechatLoginSchema } from '@zhengmin/shared'
import { AppError } from '../../http/errors'
import { validate } from '../../http/validate'
import type { CitizenSessions } from './citizen-auth'
import { WeChatError, type WeChatClient } from './wechat-client'

/**
 * POST /auth/wechat {code}: the mini-program's wx.login code, exchanged with WeChat for the
 * citizen's openid, becomes a citizen session token.
 */
export function wechatAuthRoutes(deps: {
  wechat: WeChatClient | undefined
  sessions: CitizenSessions
  limit: Middleware
}) {
  const router = new Router()

  router.post('/auth/wechat', deps.limit, async (ctx) => {
    const { code } = validate(wechatLoginSchema, ctx.request.jsonBody)
    if (!deps.wechat) {
      throw new AppError(503, 'wechat_unavailable', '暂不支持微信登录，请使用查询码和联系电话查询')
    }
    let openid: string
    try {
      openid = await deps.wechat.codeToOpenid(code)
    } catch (error) {
      if (error instanceof WeChatError && error.permanent) {
        ctx.state.log.info({ errcode: error.errcode }, 'wechat login refused')
        throw new AppError(401, 'wechat_code_invalid', '微信登录凭证无效或已过期，请重新进入小程序')
      }
      ctx.state.log.warn({ err: error }, 'wechat login failed')
      throw new AppError(502, 'wechat_unreachable', '微信服务暂时无法连接，请稍后重试')
    }
    const session = await deps.sessions.open(openid)
    ctx.state.log.info('citizen signed in with wechat')
    ctx.body = { token: session.token, expiresAt: toBeijingIsoString(session.expiresAt) }
  })

  return router
}
