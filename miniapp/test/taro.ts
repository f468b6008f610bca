/**
 * Test double of @tarojs/taro (mapped in jest.config.js): the APIs the app calls, as jest mocks
 * that succeed by default. `request` fails until a test gives it an implementation, so that no
 * test talks to a network by accident; tests assert on what it received.
 */
import { useEffect } from 'react'

export interface RequestOptions {
  url: string
  method?: string
  data?: unknown
  header?: Record<string, string>
  timeout?: number
  dataType?: string
}

export interface RequestResult {
  statusCode: number
  data: unknown
  header: Record<string, string>
  errMsg?: string
}

export const request = jest.fn((_options: RequestOptions): Promise<RequestResult> =>
  Promise.reject({ errMsg: 'request:fail (no response mocked in this test)' }),
)

const resolved = () => Promise.resolve({ errMsg: 'ok' })

export const navigateTo = jest.fn((_options: { url: string }) => resolved())
export const redirectTo = jest.fn((_options: { url: string }) => resolved())
export const reLaunch = jest.fn((_options: { url: string }) => resolved())
export const switchTab = jest.fn((_options: { url: string }) => resolved())
export const navigateBack = jest.fn((_options?: { delta?: number }) => resolved())
export const showToast = jest.fn((_options: { title: string; icon?: string }) => resolved())
export const showModal = jest.fn((_options: { title?: string; content?: string }) =>
  Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
)
export const showLoading = jest.fn((_options: { title: string }) => resolved())
export const hideLoading = jest.fn(() => resolved())
export const setClipboardData = jest.fn((_options: { data: string }) => resolved())
export const makePhoneCall = jest.fn((_options: { phoneNumber: string }) => resolved())
export const getCurrentPages = jest.fn((): unknown[] => [{}])
export const pageScrollTo = jest.fn((_options: { scrollTop?: number; selector?: string }) =>
  resolved(),
)
/** The mini-program's file download: answers 200 with a temporary path unless a test says otherwise. */
export const downloadFile = jest.fn((_options: { url: string; header?: Record<string, string> }) =>
  Promise.resolve({ statusCode: 200, tempFilePath: 'wxfile://export-0001.xlsx', errMsg: 'ok' }),
)
export const openDocument = jest.fn(
  (_options: { filePath: string; fileType?: string; showMenu?: boolean }) => resolved(),
)
export const setNavigationBarTitle = jest.fn((_options: { title: string }) => resolved())
/** Photos: full-size preview, and WeChat's chooser (tests give it the files it returns). */
export const previewImage = jest.fn((_options: { urls: string[]; current?: string }) => resolved())
export const chooseMedia = jest.fn(
  (_options: {
    count?: number
  }): Promise<{ tempFiles: { tempFilePath: string; size: number }[] }> =>
    Promise.reject({ errMsg: 'chooseMedia:fail cancel' }),
)

const storage = new Map<string, unknown>()
export const getStorageSync = jest.fn((key: string) => storage.get(key) ?? '')
export const setStorageSync = jest.fn((key: string, value: unknown) => {
  storage.set(key, value)
})
export const removeStorageSync = jest.fn((key: string) => {
  storage.delete(key)
})
export const clearStorageSync = jest.fn(() => storage.clear())

/** Router parameters handed to useLoad; tests set them before rendering a page. */
export const routerParams: { current: Record<string, string> } = { current: {} }

/** Page lifecycle hooks: run once after the first render, as Taro does on page load/show. */
export function useLoad(callback: (options: Record<string, string>) => void) {
  useEffect(() => {
    callback(routerParams.current)
  }, [])
}
export function useDidShow(callback: () => void) {
  useEffect(() => {
    callback()
  }, [])
}

/** The page's reach-bottom and pull-down handlers, for tests to call as the user would. */
export const pageEvents: { reachBottom?: () => void; pullDownRefresh?: () => void } = {}
export function useReachBottom(callback: () => void) {
  pageEvents.reachBottom = callback
}
export function usePullDownRefresh(callback: () => void) {
  pageEvents.pullDownRefresh = callback
}
export const stopPullDownRefresh = jest.fn(() => resolved())

/** The page's share handler (WeChat share card), for tests to read what it would share. */
export const shareEvents: { appMessage?: () => { title?: string; path?: string } } = {}
export function useShareAppMessage(callback: () => { title?: string; path?: string }) {
  shareEvents.appMessage = callback
}
export const showShareMenu = jest.fn((_options?: object) => resolved())

export const login = jest.fn(() => Promise.resolve({ code: 'wx-login-code', errMsg: 'login:ok' }))
export const requestSubscribeMessage = jest.fn((_options: { tmplIds: string[] }) =>
  Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' } as Record<string, string>),
)

/**
 * WeChat's privacy authorisation: the registered listener, for tests to call as WeChat would
 * when a privacy API is used before the citizen agreed.
 */
export type PrivacyListener = (
  resolve: (result: { event: string; buttonId?: string }) => void,
  eventInfo: { referrer: string },
) => void
export const privacyEvents: { listener?: PrivacyListener } = {}
export const onNeedPrivacyAuthorization = jest.fn((listener: PrivacyListener) => {
  privacyEvents.listener = listener
})

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' } as const
export const getEnv = jest.fn((): (typeof ENV_TYPE)[keyof typeof ENV_TYPE] => ENV_TYPE.WEB)

const Taro = {
  request,
  login,
  requestSubscribeMessage,
  onNeedPrivacyAuthorization,
  navigateTo,
  redirectTo,
  reLaunch,
  switchTab,
  navigateBack,
  showToast,
  showModal,
  showLoading,
  hideLoading,
  setClipboardData,
  makePhoneCall,
  getCurrentPages,
  pageScrollTo,
  setNavigationBarTitle,
  downloadFile,
  previewImage,
  chooseMedia,
  openDocument,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  clearStorageSync,
  useLoad,
  useDidShow,
  useReachBottom,
  usePullDownRefresh,
  stopPullDownRefresh,
  useShareAppMessage,
  showShareMenu,
  getEnv,
  ENV_TYPE,
}

export default Taro
