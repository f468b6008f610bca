import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'acorn'
import { weappReleaseSettings } from '../../miniapp/config/weapp-release'
import {
  ensureTestReleaseBuild,
  runReleaseBuild,
  TEST_WEAPP_API_BASE,
  TEST_WEAPP_APPID,
  weappDist,
} from '../support/weapp-build'
import { createWeappRuntime } from '../support/weapp-runtime'

/** Every file of the build, relative to its root, with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), relative)
    return entry.isFile() ? [relative] : []
  })
}

const read = (file: string) => readFileSync(path.join(weappDist, file), 'utf8')

interface AppJson {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
  sitemapLocation?: string
}

function allPages(app: AppJson): string[] {
  return [
    ...app.pages,
    ...app.subPackages.flatMap((pkg) => pkg.pages.map((p) => `${pkg.root}/${p}`)),
  ]
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 50))
}

describe('release settings of the mini-program', () => {
  it.each([
    [{}, 'TARO_APP_API_BASE is not set'],
    [{ TARO_APP_API_BASE: 'http://api.example.gov.cn' }, 'must be an https:// origin'],
    [{ TARO_APP_API_BASE: 'https://localhost:3000' }, 'not localhost or an IP address'],
    [{ TARO_APP_API_BASE: 'https://127.0.0.1' }, 'not localhost or an IP address'],
    [{ TARO_APP_API_BASE: 'https://10.1.2.3' }, 'not localhost or an IP address'],
    [{ TARO_APP_API_BASE: 'https://api.example.gov.cn/api' }, 'origin only'],
    [{ TARO_APP_API_BASE: TEST_WEAPP_API_BASE }, 'ZHENGMIN_WEAPP_APPID is not set'],
    [
      { TARO_APP_API_BASE: TEST_WEAPP_API_BASE, ZHENGMIN_WEAPP_APPID: 'touristappid' },
      'ZHENGMIN_WEAPP_APPID is not set',
    ],
    [
      { TARO_APP_API_BASE: TEST_WEAPP_API_BASE, ZHENGMIN_WEAPP_APPID: 'wx123' },
      'is not a mini-program AppID',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => weappReleaseSettings(env)).toThrow(message)
  })

  it('accepts an https domain and an AppID', () => {
    expect(
      weappReleaseSettings({
        TARO_APP_API_BASE: `${TEST_WEAPP_API_BASE}/`,
        ZHENGMIN_WEAPP_APPID: TEST_WEAPP_APPID,
      }),
    ).toEqual({ apiBase: TEST_WEAPP_API_BASE, appId: TEST_WEAPP_APPID })
  })

  it('npm run build:weapp stops with a clear message for a local http origin', () => {
    const outcome = runReleaseBuild({
      TARO_APP_API_BASE: 'http://127.0.0.1:3000',
      ZHENGMIN_WEAPP_APPID: TEST_WEAPP_APPID,
    })
    expect(outcome.status).not.toBe(0)
    expect(outcome.output).toContain('Release build of the mini-program stopped')
    expect(outcome.output).toContain('must be an https:// origin')
  })
})

describe('the release build', () => {
  beforeAll(() => ensureTestReleaseBuild(), 180_000)

  it('carries the AppID, the release settings and the sitemap', () => {
    const projectConfig = JSON.parse(read('project.config.json')) as {
      appid: string
      setting: { urlCheck: boolean; es6: boolean; minified: boolean }
    }
    expect(projectConfig.appid).toBe(TEST_WEAPP_APPID)
    expect(projectConfig.setting).toMatchObject({ urlCheck: true, es6: true, minified: true })
    expect(existsSync(path.join(weappDist, 'project.config.dev.json'))).toBe(false)

    const app = JSON.parse(read('app.json')) as AppJson
    expect(app.sitemapLocation).toBe('sitemap.json')
    const sitemap = JSON.parse(read('sitemap.json')) as {
      rules: Array<{ action: string; page: string }>
    }
    const allowed = sitemap.rules.filter((rule) => rule.action === 'allow').map((r) => r.page)
    expect(allowed).toContain('pages/index/index')
    expect(allowed.some((page) => page.startsWith('staff/') || page.includes('my-messages'))).toBe(
      false,
    )
    expect(sitemap.rules.at(-1)).toEqual({ action: 'disallow', page: '*' })
    expect(allPages(app)).toEqual(
      expect.arrayContaining(['pages/legal/privacy', 'pages/legal/terms']),
    )
  })

  it('sends requests to the configured https origin and nowhere local', () => {
    const files = listFiles(weappDist)
    const local = files.filter((file) => /127\.0\.0\.1|localhost:3000/.test(read(file)))
    expect(local).toEqual([])
    const scripts = files.filter((file) => file.endsWith('.js'))
    expect(scripts.some((file) => read(file).includes(TEST_WEAPP_API_BASE))).toBe(true)
  })

  it('is JavaScript an ES2019 parser accepts (no ?. or ?? left for old base libraries)', () => {
    const unparsable: string[] = []
    for (const file of listFiles(weappDist).filter((f) => f.endsWith('.js'))) {
      try {
        parse(read(file), { ecmaVersion: 2019, sourceType: 'script' })
      } catch (error) {
        unparsable.push(`${file}: ${(error as Error).message}`)
      }
    }
    expect(unparsable).toEqual([])
  })

  it('loads app.js and every page in a stand-in WeChat runtime and renders each first screen', async () => {
    const runtime = createWeappRuntime(weappDist)
    runtime.load('app.js')
    expect(runtime.app()).toBeDefined()
    // The privacy listener is registered at start-up, before any page uses the clipboard.
    expect(runtime.calls).toContain('onNeedPrivacyAuthorization')

    const app = JSON.parse(read('app.json')) as AppJson
    for (const page of allPages(app)) runtime.load(`${page}.js`)
    expect([...runtime.pages.keys()].sort()).toEqual(allPages(app).sort())

    const home = runtime.openPage('pages/index/index')
    await settle()
    expect(home.updates).toBeGreaterThan(0)
    const rendered = JSON.stringify(home.data)
    expect(rendered).toContain('毕节市人力资源和社会保障局')
    expect(rendered).toContain('隐私政策')
    expect(runtime.calls).toContain('showShareMenu')
    // Taro registers onShareAppMessage only for pages that share: home does.
    expect(typeof runtime.pages.get('pages/index/index')?.onShareAppMessage).toBe('function')

    for (const page of allPages(app).filter((p) => p !== 'pages/index/index')) {
      const instance = runtime.openPage(page)
      await settle()
      expect({ page, rendered: instance.updates > 0 }).toEqual({ page, rendered: true })
    }
    const privacy = runtime.openPage('pages/legal/privacy')
    await settle()
    expect(JSON.stringify(privacy.data)).toContain('个人信息保护法')
    expect(runtime.errors).toEqual([])
  })

  it('weapp:upload refuses a build made for another AppID, before loading miniprogram-ci', () => {
    const keyDir = mkdtempSync(path.join(tmpdir(), 'weapp-key-'))
    const keyPath = path.join(keyDir, 'private.key')
    writeFileSync(keyPath, 'not a real key')
    try {
      const upload = (env: Record<string, string>) =>
        spawnSync(process.execPath, ['scripts/weapp-ci.mjs', 'upload'], {
          cwd: path.resolve(__dirname, '../..'),
          env: { PATH: process.env.PATH ?? '', ZHENGMIN_WEAPP_VERSION: '1.0.0', ...env },
          encoding: 'utf8',
        })
      const other = upload({
        ZHENGMIN_WEAPP_APPID: 'wxfedcba9876543210',
        ZHENGMIN_WEAPP_PRIVATE_KEY: keyPath,
      })
      expect(other.status).toBe(1)
      expect(other.stderr).toContain(`was built for AppID ${TEST_WEAPP_APPID}`)
      const noKey = upload({ ZHENGMIN_WEAPP_APPID: TEST_WEAPP_APPID })
      expect(noKey.status).toBe(1)
      expect(noKey.stderr).toContain('ZHENGMIN_WEAPP_PRIVATE_KEY')
    } finally {
      rmSync(keyDir, { recursive: true, force: true })
    }
  })
})
