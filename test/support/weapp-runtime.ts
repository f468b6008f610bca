import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

/**
 * A minimal stand-in for the WeChat mini-program runtime, enough to load a weapp build's
 * app.js and page scripts and to run a page's first lifecycle: a `wx` whose every API answers
 * success, `App`, `Page`, `Component`, `getApp`, `getCurrentPages`, and the CommonJS `require`
 * the build's chunks use. Not WeChat: it only shows that the bundles load and render without
 * throwing (the real client cannot run here).
 */

type Options = Record<string, unknown>
type Handler = (this: FakePage, ...args: unknown[]) => unknown

export interface FakePage {
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  /** How many times the page's view data was updated (React rendering through Taro). */
  updates: number
  setData(data: Record<string, unknown>, callback?: () => void): void
  [key: string]: unknown
}

export interface WeappRuntime {
  /** Runs a script of the build (path relative to its root), as WeChat would load it. */
  load(file: string): void
  /** The App() registration of app.js. */
  app(): Options | undefined
  /** Page() registrations by script path without extension. */
  pages: Map<string, Options>
  /** Creates the page instance and runs onLoad, onShow and onReady, as on first display. */
  openPage(route: string, query?: Record<string, string>): FakePage
  /** Calls to wx APIs, by name. */
  calls: string[]
  /** console.error/warn output of the bundles. */
  errors: unknown[][]
}

function setDataPath(target: Record<string, unknown>, key: string, value: unknown) {
  // Taro sends paths such as "root.cn.[0].v"; storing them flat is enough for a smoke test.
  target[key] = value
}

export function createWeappRuntime(root: string): WeappRuntime {
  const calls: string[] = []
  const errors: unknown[][] = []
  const pages = new Map<string, Options>()
  const components: Options[] = []
  const instances: FakePage[] = []
  let appOptions: Options | undefined
  let appInstance: Record<string, unknown> | undefined
  const modules = new Map<string, { exports: unknown }>()

  type Callbacks = { success?: (r: unknown) => void; complete?: (r: unknown) => void }
  const answer =
    (name: string, extra: Record<string, unknown> = {}) =>
    (options?: Callbacks) => {
      const result = { errMsg: `${name}:ok`, ...extra }
      options?.success?.(result)
      options?.complete?.(result)
      return Promise.resolve(result)
    }
  const syncApis: Record<string, (...args: never[]) => unknown> = {
    getSystemInfoSync: () => ({
      platform: 'devtools',
      windowWidth: 375,
      windowHeight: 667,
      screenWidth: 375,
      screenHeight: 667,
      pixelRatio: 2,
      SDKVersion: '3.4.0',
      language: 'zh_CN',
      version: '8.0.50',
    }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
    getAppBaseInfo: () => ({ SDKVersion: '3.4.0', language: 'zh_CN' }),
    getStorageSync: () => '',
    setStorageSync: () => undefined,
    removeStorageSync: () => undefined,
    canIUse: () => true,
    getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    onNeedPrivacyAuthorization: () => undefined,
    createSelectorQuery: () => {
      const query = {
        select: () => query,
        selectAll: () => query,
        selectViewport: () => query,
        in: () => query,
        boundingClientRect: () => query,
        scrollOffset: () => query,
        fields: () => query,
        exec: (callback?: (result: unknown[]) => void) => callback?.([]),
      }
      return query
    },
    nextTick: (callback: () => void) => setTimeout(callback, 0),
  }
  // The asynchronous APIs the app calls; each succeeds. Requests get a 503 without a body, so
  // pages show their "try again later" state rather than data.
  const asyncApis: Record<string, (options?: Callbacks) => Promise<unknown>> = {
    request: answer('request', { statusCode: 503, data: '', header: {} }),
    login: answer('login', { code: 'smoke-test-code' }),
    downloadFile: answer('downloadFile', { statusCode: 503, tempFilePath: '' }),
  }
  for (const name of [
    'navigateTo',
    'navigateBack',
    'redirectTo',
    'reLaunch',
    'switchTab',
    'showToast',
    'showModal',
    'showLoading',
    'hideLoading',
    'showShareMenu',
    'setClipboardData',
    'pageScrollTo',
    'stopPullDownRefresh',
    'setNavigationBarTitle',
    'requestSubscribeMessage',
    'openDocument',
  ]) {
    asyncApis[name] = answer(name)
  }
  // WeChat's wx: each API records its name when called; Taro copies them onto Taro.*.
  const wx: Record<string, unknown> = {}
  for (const [name, api] of Object.entries({ ...syncApis, ...asyncApis })) {
    wx[name] = (...args: unknown[]) => {
      calls.push(name)
      return (api as (...a: unknown[]) => unknown)(...args)
    }
  }

  const sandboxConsole = {
    log: () => undefined,
    info: () => undefined,
    debug: () => undefined,
    warn: (...args: unknown[]) => errors.push(['warn', ...args]),
    error: (...args: unknown[]) => errors.push(['error', ...args]),
  }

  const context = vm.createContext({
    wx,
    console: sandboxConsole,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    App: (options: Options) => {
      appOptions = options
    },
    Page: (options: Options) => {
      pages.set(currentFile.replace(/\.js$/, ''), options)
    },
    Component: (options: Options) => {
      components.push(options)
    },
    Behavior: (options: Options) => options,
    getApp: () => appInstance,
    getCurrentPages: () => instances,
    requirePlugin: () => ({}),
  })
  context.global = context
  let currentFile = ''

  function run(file: string): unknown {
    const normalized = path.posix.normalize(file).replace(/^\.\//, '')
    const withExtension = normalized.endsWith('.js') ? normalized : `${normalized}.js`
    const cached = modules.get(withExtension)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    modules.set(withExtension, module)
    const source = readFileSync(path.join(root, withExtension), 'utf8')
    const wrapper = vm.runInContext(
      `(function (require, module, exports) {${source}\n})`,
      context,
      { filename: withExtension },
    ) as (req: (id: string) => unknown, m: typeof module, e: unknown) => void
    const previous = currentFile
    currentFile = withExtension
    try {
      wrapper(
        (id) => run(path.posix.join(path.posix.dirname(withExtension), id)),
        module,
        module.exports,
      )
    } finally {
      currentFile = previous
    }
    return module.exports
  }

  return {
    load(file) {
      run(file)
      if (appOptions && !appInstance) {
        appInstance = Object.create(appOptions) as Record<string, unknown>
        const launch = { path: 'pages/index/index', query: {}, scene: 1001 }
        ;(appOptions.onLaunch as Handler | undefined)?.call(appInstance as never, launch)
        ;(appOptions.onShow as Handler | undefined)?.call(appInstance as never, launch)
      }
    },
    app: () => appOptions,
    pages,
    calls,
    errors,
    openPage(route, query = {}) {
      const options = pages.get(route)
      if (!options) throw new Error(`no Page() registered for ${route}`)
      const page = Object.create(options) as FakePage
      page.route = route
      page.options = query
      page.data = { ...((options.data as Record<string, unknown> | undefined) ?? {}) }
      page.updates = 0
      page.setData = function setData(data, callback) {
        this.updates += 1
        for (const [key, value] of Object.entries(data)) setDataPath(this.data, key, value)
        if (callback) setTimeout(callback, 0)
      }
      instances.push(page)
      for (const hook of ['onLoad', 'onShow', 'onReady']) {
        const handler = options[hook] as Handler | undefined
        handler?.call(page, query)
      }
      return page
    },
  }
}
