/** One page route of Taro's H5 entry: `load` starts the download of the page's chunks. */
interface H5Route {
  path: string
  load?: () => unknown
}

interface IdleWindow {
  __taroAppConfig?: { routes?: H5Route[] }
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number
}

/**
 * In the browser (H5), downloads a page's code once the app is idle, so opening it next costs
 * no round trips: Taro's H5 entry keeps its routes on `window.__taroAppConfig`, and a route's
 * `load` is the dynamic import of the page's chunks (webpack then keeps them). In the
 * mini-program this does nothing: WeChat's `preloadRule` (app.config.ts) does the same there.
 */
export function preloadPageWhenIdle(pagePath: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  const win = window as unknown as IdleWindow
  const start = () => {
    const route = win.__taroAppConfig?.routes?.find((candidate) => candidate.path === pagePath)
    if (!route?.load) return
    // Lets the budget test and bench:h5 tell the first load from the preload.
    performance.mark?.('zhengmin:preload')
    try {
      const loaded = route.load()
      const page: unknown = Array.isArray(loaded) ? loaded[0] : loaded
      // A failed preload is harmless: opening the page loads it again, with its own message.
      if (page instanceof Promise) page.catch(() => undefined)
    } catch {
      // Same: the page loads when opened.
    }
  }
  // Called once the first screen rendered; idle means its own requests and work are done.
  const whenIdle = () =>
    win.requestIdleCallback
      ? win.requestIdleCallback(start, { timeout: 3000 })
      : setTimeout(start, 1500)
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
