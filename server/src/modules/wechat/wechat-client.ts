import { z } from 'zod'
import type { WeChatConfig } from '@zhengmin/config'

/**
 * The few WeChat server APIs the product uses: jscode2session (citizen login), the access
 * token, subscribe messages and the content-security check of text (msgSecCheck v2). Every answer is validated before use; WeChat reports most
 * failures as HTTP 200 with a non-zero `errcode`.
 */

/** WeChat refused or could not be reached; `permanent` means retrying will not help. */
export class WeChatError extends Error {
  constructor(
    message: string,
    readonly errcode: number | undefined,
    readonly permanent: boolean,
  ) {
    super(message)
    this.name = 'WeChatError'
  }
}

/** errcodes that mean "this request will never succeed" (bad code, user did not subscribe…). */
const PERMANENT_ERRCODES = new Set([
  40029, // invalid js_code
  40163, // js_code already used
  40037, // invalid template_id
  43101, // the user refused or used up the subscription
  47003, // template data does not match the template
  40003, // invalid openid
  40129, // invalid scene
  43104, // appid and openid do not match
  44002, // empty content
  47001, // malformed request
])
/** errcodes that mean the access token is stale: fetch a new one and try once more. */
const STALE_TOKEN_ERRCODES = new Set([40001, 40014, 42001])

const errorReply = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() })
const sessionReply = errorReply.extend({
  openid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{6,64}$/)
    .optional(),
  unionid: z.string().optional(),
})
const tokenReply = errorReply.extend({
  access_token: z.string().min(1).optional(),
  expires_in: z.number().int().positive().optional(),
})

const secCheckReply = errorReply.extend({
  trace_id: z.string().optional(),
  result: z
    .object({
      suggest: z.enum(['pass', 'review', 'risky']),
      label: z.number().int(),
    })
    .optional(),
})

/** msgSecCheck v2 scene 3 (论坛): a citizen's message posted to the bureau's public board. */
export const MSG_SEC_CHECK_SCENE = 3
/** WeChat checks at most 2,500 characters at once. */
export const MSG_SEC_CHECK_MAX_CHARS = 2500

export interface ContentVerdict {
  suggest: 'pass' | 'review' | 'risky'
  /** WeChat's label: 100 正常, 20003 辱骂… (shared WECHAT_CONTENT_LABELS). */
  label: number
  traceId?: string
}

export interface SubscribeMessage {
  openid: string
  templateId: string
  /** Mini-program page opened from the notice, with its query. */
  page: string
  data: Record<string, { value: string }>
}

export interface WeChatClient {
  /** The citizen's openid for a wx.login code. */
  codeToOpenid(code: string): Promise<string>
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>
  /**
   * WeChat's content-security check (msgSecCheck v2) of text a citizen wrote; `openid` is the
   * author, who must have used the mini-program within the last two hours.
   */
  checkText(openid: string, content: string): Promise<ContentVerdict>
}

export interface WeChatClientDeps {
  config: WeChatConfig
  now?: () => number
  fetch?: typeof fetch
}

/** Refresh the token this long before WeChat says it expires. */
const TOKEN_MARGIN_MS = 5 * 60 * 1000

export function createWeChatClient(deps: WeChatClientDeps): WeChatClient {
  const { config } = deps
  const now = deps.now ?? Date.now
  const fetchFn = deps.fetch ?? fetch
  let cachedToken: { value: string; expiresAt: number } | undefined
  let pendingToken: Promise<string> | undefined

  function credentials() {
    if (!config.credentials) {
      throw new WeChatError('WeChat credentials are not configured', undefined, true)
    }
    return config.credentials
  }

  async function call<T extends z.ZodTypeAny>(
    path: string,
    schema: T,
    init?: { body: unknown },
  ): Promise<z.infer<T>> {
    let response: Response
    try {
      response = await fetchFn(`${config.apiBaseUrl}${path}`, {
        method: init ? 'POST' : 'GET',
        signal: AbortSignal.timeout(config.timeoutMs),
        ...(init
          ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) }
          : {}),
      })
    } catch (error) {
      throw new WeChatError(`WeChat unreachable: ${(error as Error).message}`, undefined, false)
    }
    if (!response.ok) {
      throw new WeChatError(`WeChat answered HTTP ${response.status}`, undefined, false)
    }
    const parsed = schema.safeParse(await response.json().catch(() => undefined))
    if (!parsed.success)
      throw new WeChatError('WeChat answered in an unknown shape', undefined, false)
    const reply = parsed.data as z.infer<typeof errorReply>
    if (reply.errcode) {
      throw new WeChatError(
        `WeChat error ${reply.errcode}: ${reply.errmsg ?? ''}`.trim(),
        reply.errcode,
        PERMANENT_ERRCODES.has(reply.errcode),
      )
    }
    return parsed.data
  }

  async function fetchToken(): Promise<string> {
    const { appId, appSecret } = credentials()
    const query = new URLSearchParams({
      grant_type: 'client_credential',
      appid: appId,
      secret: appSecret,
    })
    const reply = await call(`/cgi-bin/token?${query}`, tokenReply)
    if (!reply.access_token || !reply.expires_in) {
      throw new WeChatError('WeChat gave no access token', undefined, false)
    }
    cachedToken = {
      value: reply.access_token,
      expiresAt: now() + reply.expires_in * 1000 - TOKEN_MARGIN_MS,
    }
    return reply.access_token
  }

  /** One token for the whole process, fetched once even when several sends need it at once. */
  function accessToken(): Promise<string> {
    if (cachedToken && cachedToken.expiresAt > now()) return Promise.resolve(cachedToken.value)
    pendingToken ??= fetchToken().finally(() => {
      pendingToken = undefined
    })
    return pendingToken
  }

  /** Calls `request` with the access token, once more with a fresh one if WeChat says stale. */
  async function withToken<T>(request: (token: string) => Promise<T>): Promise<T> {
    const token = await accessToken()
    try {
      return await request(token)
    } catch (error) {
      if (!(error instanceof WeChatError) || !STALE_TOKEN_ERRCODES.has(error.errcode ?? 0)) {
        throw error
      }
      cachedToken = undefined
      return request(await accessToken())
    }
  }

  async function send(message: SubscribeMessage, token: string) {
    await call(
      `/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`,
      errorReply,
      {
        body: {
          touser: message.openid,
          template_id: message.templateId,
          page: message.page,
          data: message.data,
          miniprogram_state: 'formal',
          lang: 'zh_CN',
        },
      },
    )
  }

  return {
    async codeToOpenid(code) {
      const { appId, appSecret } = credentials()
      const query = new URLSearchParams({
        appid: appId,
        secret: appSecret,
        js_code: code,
        grant_type: 'authorization_code',
      })
      const reply = await call(`/sns/jscode2session?${query}`, sessionReply)
      if (!reply.openid) throw new WeChatError('WeChat gave no openid', undefined, false)
      return reply.openid
    },

    async sendSubscribeMessage(message) {
      await withToken((token) => send(message, token))
    },

    async checkText(openid, content) {
      const reply = await withToken((token) =>
        call(`/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`, secCheckReply, {
          body: {
            version: 2,
            openid,
            scene: MSG_SEC_CHECK_SCENE,
            content: Array.from(content).slice(0, MSG_SEC_CHECK_MAX_CHARS).join(''),
          },
        }),
      )
      if (!reply.result) throw new WeChatError('WeChat gave no check result', undefined, false)
      return {
        suggest: reply.result.suggest,
        label: reply.result.label,
        ...(reply.trace_id ? { traceId: reply.trace_id } : {}),
      }
    },
  }
}
