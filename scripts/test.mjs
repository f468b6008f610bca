// `npm test`: everything CI checks, in order — lint and format, type checks, the production
// builds of the app with their size budgets, then every jest project (unit, component, HTTP,
// browser, and the weapp release-build checks), then the fault suite. Ends with one summary
// line "tests: N passed, N failed".
//
// The weapp is built as a release (`npm run build:weapp`), which refuses to build without an
// https API origin and an AppID: CI has neither, so it builds with the test values below (the
// same as test/support/weapp-build.ts, whose tests then check that very build).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const TEST_WEAPP_RELEASE = {
  TARO_APP_API_BASE: 'https://api.example.gov.cn',
  ZHENGMIN_WEAPP_APPID: 'wx0123456789abcdef',
}

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`)
  const started = Date.now()
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${seconds} s)`)
    return false
  }
  console.log(`✔ ${title} (${seconds} s)`)
  return true
}

const ok =
  step('lint', npm, ['run', 'lint']) &&
  step('type check', npm, ['run', 'typecheck']) &&
  step('build H5', npm, ['run', 'build:h5']) &&
  step(
    'build weapp (release, test origin and AppID)',
    npm,
    ['run', 'build:weapp'],
    TEST_WEAPP_RELEASE,
  ) &&
  step('size budgets', npm, ['run', 'budgets'])
if (!ok) process.exit(1)

mkdirSync(path.join(root, '.cache'), { recursive: true })
const report = path.join(root, '.cache/jest-results.json')
const passed = step(
  'tests',
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--ci', '--json', `--outputFile=${report}`],
  // The weapp release tests check the build made above instead of building again.
  { ZHENGMIN_WEAPP_BUILT: 'release-test' },
)
const results = JSON.parse(readFileSync(report, 'utf8'))
// Real processes killed, frozen and raced on one database (test/faults/run.ts).
const faultsPassed = step('fault suite', npm, ['run', 'test:faults'])
console.log(
  `\nfault suite: ${faultsPassed ? 'passed' : 'failed'}` +
    // The last line alone, in the form CI reads: "tests: N passed, N failed, N skipped".
    `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`,
)
process.exit(passed && faultsPassed && results.numTotalTests > 0 ? 0 : 1)
