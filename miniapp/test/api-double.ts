/**
 * Helpers for tests that go through src/services/api.ts: canned server answers for the Taro
 * `request` double, routed by URL, and access to what it was asked.
 */
import * as taro from './taro'
import type { RequestOptions, RequestResult } from './taro'

export type Answer = () => Promise<RequestResult>

/** An HTTP answer as Taro.request resolves it (it resolves for every status). */
export function answer(statusCode: number, data: unknown, header: Record<string, string> = {}) {
  return (): Promise<RequestResult> =>
    Promise.resolve({ statusCode, data, header, errMsg: 'request:ok' })
}

/** No answer at all: Taro.request rejects (offline, timeout, DNS…). */
export function networkFailure(): Answer {
  return () => Promise.reject({ errMsg: 'request:fail timeout' })
}

/** An answer that arrives when the test says so. */
export function deferred(): { answer: Answer; resolve: (result: RequestResult) => void } {
  let resolve: (result: RequestResult) => void = () => {}
  const promise = new Promise<RequestResult>((done) => {
    resolve = done
  })
  return { answer: () => promise, resolve }
}

/**
 * Routes the app's requests: GET /api/v1/calendar/deadline answers `deadline` (or fails), each
 * POST /api/v1/messages takes the next of `submissions`; anything else is a test error.
 */
export function mockApi(routes: { deadline?: Answer; submissions?: Answer[] }) {
  const queue = [...(routes.submissions ?? [])]
  taro.request.mockImplementation((options: RequestOptions) => {
    if (options.url.startsWith('/api/v1/calendar/deadline')) {
      return routes.deadline ? routes.deadline() : networkFailure()()
    }
    if (options.url === '/api/v1/messages' && options.method === 'POST') {
      const next = queue.shift()
      if (!next) return Promise.reject(new Error('test: unexpected extra submission'))
      return next()
    }
    return Promise.reject(new Error(`test: unexpected request ${options.method} ${options.url}`))
  })
}

/** Every request the app made, in order. */
export function requests(): RequestOptions[] {
  return taro.request.mock.calls.map(([options]) => options)
}

/** The submissions (POST /api/v1/messages) the app made. */
export function submissions(): RequestOptions[] {
  return requests().filter((options) => options.method === 'POST')
}

/**
 * Routes requests by "METHOD /path" (the query string left out): each route answers with its
 * Answer, or with the next of a list (a test error when the list runs out). Unrouted requests
 * are test errors.
 */
export function routeApi(routes: Record<string, Answer | Answer[]>) {
  const queues = new Map<string, Answer[]>()
  for (const [route, answers] of Object.entries(routes)) {
    if (Array.isArray(answers)) queues.set(route, [...answers])
  }
  taro.request.mockImplementation((options: RequestOptions) => {
    const route = `${options.method ?? 'GET'} ${options.url.split('?')[0]}`
    const fixed = routes[route]
    if (typeof fixed === 'function') return fixed()
    const next = queues.get(route)?.shift()
    if (next) return next()
    return Promise.reject(new Error(`test: unexpected request ${route}`))
  })
}

/** The requests made to "METHOD /path" (query string left out), in order. */
export function requestsTo(route: string): RequestOptions[] {
  return requests().filter(
    (options) => `${options.method ?? 'GET'} ${options.url.split('?')[0]}` === route,
  )
}
