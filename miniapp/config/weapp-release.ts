/**
 * What a release build of the mini-program (`npm run build:weapp`, Taro mode `release`) must be
 * given, checked before anything is compiled: a phone can only reach an https origin that is a
 * registered 服务器域名 (never an IP address or localhost), and DevTools/miniprogram-ci upload
 * under the AppID in project.config.json (never the `touristappid` placeholder).
 */

export interface WeappReleaseSettings {
  /** The API origin, without a trailing slash. */
  apiBase: string
  appId: string
}

/** Thrown when a release build is asked for with settings a phone could not use. */
export class WeappReleaseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WeappReleaseError'
  }
}

const LOCAL_HOSTS = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/
/** WeChat AppIDs are "wx" followed by 16 hexadecimal characters. */
const APP_ID = /^wx[0-9a-f]{16}$/

function checkApiBase(raw: string | undefined): string {
  const value = (raw ?? '').trim().replace(/\/+$/, '')
  if (!value) {
    throw new WeappReleaseError(
      'TARO_APP_API_BASE is not set: give the https origin of the API (a 服务器域名 registered for the mini-program), e.g. https://api.example.gov.cn',
    )
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new WeappReleaseError(`TARO_APP_API_BASE is not a URL: ${value}`)
  }
  if (url.protocol !== 'https:') {
    throw new WeappReleaseError(
      `TARO_APP_API_BASE must be an https:// origin (WeChat refuses plain http on phones): ${value}`,
    )
  }
  if (LOCAL_HOSTS.test(url.hostname) || IPV4.test(url.hostname) || url.hostname.startsWith('[')) {
    throw new WeappReleaseError(
      `TARO_APP_API_BASE must name a registered domain, not localhost or an IP address: ${value}`,
    )
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new WeappReleaseError(
      `TARO_APP_API_BASE must be an origin only (scheme, host, optional port): ${value}`,
    )
  }
  return url.origin
}

function checkAppId(raw: string | undefined): string {
  const value = (raw ?? '').trim()
  if (!value || value === 'touristappid') {
    throw new WeappReleaseError(
      'ZHENGMIN_WEAPP_APPID is not set: give the mini-program AppID (wx followed by 16 hexadecimal characters) from 微信公众平台-开发管理-开发设置',
    )
  }
  if (!APP_ID.test(value)) {
    throw new WeappReleaseError(
      `ZHENGMIN_WEAPP_APPID is not a mini-program AppID (wx followed by 16 hexadecimal characters): ${value}`,
    )
  }
  return value
}

/** The release settings from the environment, or a WeappReleaseError saying what is wrong. */
export function weappReleaseSettings(
  env: Record<string, string | undefined>,
): WeappReleaseSettings {
  return {
    apiBase: checkApiBase(env.TARO_APP_API_BASE),
    appId: checkAppId(env.ZHENGMIN_WEAPP_APPID),
  }
}
