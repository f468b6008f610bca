// `npm test`: everything CI checks, in order — lint and format, type checks, the production
// builds of the app with their size budgets, then every jest project (unit, component, HTTP,
// browser), then the fault suite. Ends with one summary line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function step(title, command, args) {
  console.log(`\n▶ ${title}`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
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
  step('build weapp', npm, ['run', 'build:weapp']) &&
  step('size budgets', npm, ['run', 'budgets'])
if (!ok) process.exit(1)

mkdirSync(path.join(root, '.cache'), { recursive: true })
const report = path.join(root, '.cache/jest-results.json')
const passed = step('tests', process.execPath, [
  'node_modules/jest/bin/jest.js',
  '--ci',
  '--json',
  `--outputFile=${report}`,
])
const results = JSON.parse(readFileSync(report, 'utf8'))
// Real processes killed, frozen and raced on one database (test/faults/run.ts).
const faultsPassed = step('fault suite', npm, ['run', 'test:faults'])
console.log(
  `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped; fault suite ${faultsPassed ? 'passed' : 'failed'}`,
)
process.exit(passed && faultsPassed && results.numTotalTests > 0 ? 0 : 1)
