import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** The origin and AppID the tests build the release mini-program with (no real ones anywhere). */
export const TEST_WEAPP_API_BASE = 'https://api.example.gov.cn'
export const TEST_WEAPP_APPID = 'wx0123456789abcdef'

const root = path.resolve(__dirname, '../..')
export const weappDist = path.join(root, 'miniapp/dist/weapp')

export interface BuildOutcome {
  status: number | null
  output: string
}

/** Runs `npm run build:weapp` (the release build) with exactly the given settings. */
export function runReleaseBuild(env: Record<string, string>): BuildOutcome {
  const result = spawnSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['run', 'build:weapp'],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...env,
      },
      encoding: 'utf8',
    },
  )
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

/**
 * Makes sure miniapp/dist/weapp holds a release build for the test settings: `npm test` builds
 * it just before jest and says so with ZHENGMIN_WEAPP_BUILT=release-test; otherwise it is built
 * here (about 15 s).
 */
export function ensureTestReleaseBuild(): void {
  if (process.env.ZHENGMIN_WEAPP_BUILT === 'release-test') return
  const outcome = runReleaseBuild({
    TARO_APP_API_BASE: TEST_WEAPP_API_BASE,
    ZHENGMIN_WEAPP_APPID: TEST_WEAPP_APPID,
  })
  if (outcome.status !== 0) throw new Error(`release build failed:\n${outcome.output}`)
}
