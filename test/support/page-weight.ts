import type { Page, Request } from 'playwright-core'

/** One response as it crossed the wire. */
export interface Transfer {
  url: string
  /** Response headers plus the body as sent (compressed when it was). */
  bytes: number
  contentType: string
  contentEncoding: string
  /** When the request started, in milliseconds since the epoch. */
  startedAt: number
}

/** What a page load cost on the wire. */
export interface PageWeight {
  requests: number
  bytes: number
  transfers: Transfer[]
}

/**
 * Records every response the page receives from now on, with its size on the wire, until
 * `finish` is called (after the load being measured, e.g. when the network is idle).
 */
export function recordTransfers(page: Page): { finish: () => Promise<PageWeight> } {
  const pending: Promise<Transfer | undefined>[] = []
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const response = await request.response()
        if (!response) return undefined
        const sizes = await request.sizes()
        const headers = await response.allHeaders()
        return {
          url: request.url(),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          contentType: headers['content-type'] ?? '',
          contentEncoding: headers['content-encoding'] ?? '',
          startedAt: request.timing().startTime,
        }
      })().catch(() => undefined),
    )
  }
  page.on('requestfinished', onFinished)
  return {
    async finish() {
      page.off('requestfinished', onFinished)
      const transfers = (await Promise.all(pending)).filter(
        (transfer): transfer is Transfer => transfer !== undefined,
      )
      return {
        requests: transfers.length,
        bytes: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0),
        transfers,
      }
    },
  }
}

/** The mark the app sets when it starts preloading the next page (utils/preload-page.ts). */
const PRELOAD_MARK = 'zhengmin:preload'

/**
 * When the page started preloading the next page's code (epoch milliseconds), waiting for it
 * up to `timeoutMs`; undefined when it did not.
 */
export async function preloadStartedAt(
  page: Page,
  timeoutMs = 15_000,
): Promise<number | undefined> {
  const handle = await page
    .waitForFunction(
      (mark) => {
        const entry = performance.getEntriesByName(mark)[0]
        return entry ? performance.timeOrigin + entry.startTime : false
      },
      PRELOAD_MARK,
      { timeout: timeoutMs },
    )
    .catch(() => undefined)
  return handle ? ((await handle.jsonValue()) as number) : undefined
}

/** The transfers of `weight` that started before `epochMs`, and those from then on. */
export function splitAt(weight: PageWeight, epochMs: number): [PageWeight, PageWeight] {
  const part = (transfers: Transfer[]): PageWeight => ({
    requests: transfers.length,
    bytes: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0),
    transfers,
  })
  return [
    part(weight.transfers.filter((t) => t.startedAt < epochMs)),
    part(weight.transfers.filter((t) => t.startedAt >= epochMs)),
  ]
}
