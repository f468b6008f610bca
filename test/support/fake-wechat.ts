import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AppConfig } from '../../config/src'

/** Credentials the fake accepts; the same shape WeChat issues (no real ones anywhere). */
export const FAKE_APP_ID = 'wx0123456789abcdef'
export const FAKE_APP_SECRET = '0123456789abcdef0123456789abcdef'
export const FAKE_TEMPLATE_ID = 'answer-template-0001'

/** What a failing send answers: a WeChat errcode, or an HTTP failure. */
export type SendFailure = { errcode: number; errmsg: string } | { httpStatus: number }

export interface SentMessage {
  accessToken: string
  body: {
    touser: string
    template_id: string
    page: string
    data: Record<string, { value: string }>
  }
}

/** What the content check answers: a verdict, a WeChat errcode, or an HTTP failure. */
export type SecCheckAnswer =
  | { suggest: 'pass' | 'review' | 'risky'; label: number }
  | { errcode: number; errmsg: string }
  | { httpStatus: number }

export interface SecCheckRequest {
  accessToken: string
  body: { version: number; openid: string; scene: number; content: string }
}

/**
 * A local stand-in for the WeChat server API: jscode2session, the access token, subscribe
 * messages and msgSecCheck v2, with programmable failures. Tests point WECHAT_API_BASE_URL at it.
 */
export interface FakeWeChat {
  url: string
  /** wx.login codes it accepts, and the openid each stands for. */
  codes: Map<string, string>
  sent: SentMessage[]
  tokensIssued: number
  /** Answers for the next sends, in order; empty means success. */
  sendFailures: SendFailure[]
  /** msgSecCheck requests received, in order. */
  secChecks: SecCheckRequest[]
  /** Answers for the next content checks, in order; empty means pass (label 100). */
  secCheckAnswers: SecCheckAnswer[]
  /** Makes every issued token stale, as when WeChat rotates it. */
  expireTokens(): void
  /** Config overrides that point the app at this fake, with credentials and the template. */
  config(): Pick<AppConfig, 'wechat'>
  close(): Promise<void>
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
}

export async function startFakeWeChat(): Promise<FakeWeChat> {
  const fake = {
    codes: new Map<string, string>(),
    sent: [] as SentMessage[],
    tokensIssued: 0,
    sendFailures: [] as SendFailure[],
    secChecks: [] as SecCheckRequest[],
    secCheckAnswers: [] as SecCheckAnswer[],
  }
  const liveTokens = new Set<string>()

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake')
    const reply = (body: unknown, status = 200) => {
      response.writeHead(status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    const credentialsOk =
      url.searchParams.get('appid') === FAKE_APP_ID &&
      url.searchParams.get('secret') === FAKE_APP_SECRET

    if (url.pathname === '/sns/jscode2session') {
      if (!credentialsOk) return reply({ errcode: 40013, errmsg: 'invalid appid' })
      const openid = fake.codes.get(url.searchParams.get('js_code') ?? '')
      if (!openid) return reply({ errcode: 40029, errmsg: 'invalid code' })
      // A code works once, as on WeChat.
      fake.codes.delete(url.searchParams.get('js_code') ?? '')
      return reply({ openid, session_key: 'c2Vzc2lvbi1rZXk=' })
    }
    if (url.pathname === '/cgi-bin/token') {
      if (!credentialsOk) return reply({ errcode: 40013, errmsg: 'invalid appid' })
      fake.tokensIssued += 1
      const token = `token-${fake.tokensIssued}`
      liveTokens.add(token)
      return reply({ access_token: token, expires_in: 7200 })
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send' && request.method === 'POST') {
      const accessToken = url.searchParams.get('access_token') ?? ''
      void readBody(request).then((body) => {
        if (!liveTokens.has(accessToken)) {
          return reply({ errcode: 40001, errmsg: 'invalid credential' })
        }
        const failure = fake.sendFailures.shift()
        if (failure && 'httpStatus' in failure) return reply({}, failure.httpStatus)
        if (failure) return reply(failure)
        fake.sent.push({ accessToken, body: body as SentMessage['body'] })
        return reply({ errcode: 0, errmsg: 'ok' })
      })
      return
    }
    if (url.pathname === '/wxa/msg_sec_check' && request.method === 'POST') {
      const accessToken = url.searchParams.get('access_token') ?? ''
      void readBody(request).then((body) => {
        if (!liveTokens.has(accessToken)) {
          return reply({ errcode: 40001, errmsg: 'invalid credential' })
        }
        fake.secChecks.push({ accessToken, body: body as SecCheckRequest['body'] })
        const answer = fake.secCheckAnswers.shift() ?? { suggest: 'pass', label: 100 }
        if ('httpStatus' in answer) return reply({}, answer.httpStatus)
        if ('errcode' in answer) return reply(answer)
        return reply({
          errcode: 0,
          errmsg: 'ok',
          trace_id: `trace-${fake.secChecks.length}`,
          result: answer,
          detail: [{ strategy: 'content_model', errcode: 0, ...answer, prob: 90 }],
        })
      })
      return
    }
    reply({ errcode: -1, errmsg: 'not found' }, 404)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  return Object.assign(fake, {
    url,
    /** Makes every issued token stale, as when WeChat rotates it. */
    expireTokens: () => liveTokens.clear(),
    config: () => ({
      wechat: {
        apiBaseUrl: url,
        credentials: { appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET },
        answerTemplate: {
          id: FAKE_TEMPLATE_ID,
          fields: { title: 'thing1', result: 'phrase2', time: 'time3', unit: 'thing4' },
        },
        timeoutMs: 2000,
      },
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
}
