// The wechat module's front door: WeChat login of citizens and the WeChat server API.
export { citizenSignedOut, createCitizenSessions } from './citizen-auth'
export { wechatAuthRoutes } from './wechat-auth.routes'
export { createWeChatClient, WeChatError, type WeChatClient } from './wechat-client'
