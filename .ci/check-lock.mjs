// Fails when `npm install` changed what the lock file pins. The set of optional platform binaries
// (darwin, win32, s390x builds of native packages) the reachable registry offers has changed over
// time, so those entries may come and go; every other entry must keep its version.
import { readFileSync } from 'node:fs'

const [pinnedPath, installedPath] = process.argv.slice(2)
const packagesOf = (path) => JSON.parse(readFileSync(path, 'utf8')).packages ?? {}
const pinned = packagesOf(pinnedPath)
const installed = packagesOf(installedPath)

const problems = []
for (const [key, entry] of Object.entries(pinned)) {
  const now = installed[key]
  if (!now) {
    if (!entry.optional) problems.push(`removed: ${key}`)
  } else if (now.version !== entry.version) {
    problems.push(`changed: ${key} ${entry.version} -> ${now.version}`)
  }
}
for (const [key, entry] of Object.entries(installed)) {
  if (!pinned[key] && !entry.optional) problems.push(`added: ${key}`)
}

if (problems.length > 0) {
  console.error(`package-lock.json no longer matches what was installed:\n${problems.join('\n')}`)
  process.exit(1)
}
console.log(`package-lock.json: ${Object.keys(pinned).length} entries, versions unchanged`)
