// `npx tsx test/bench/profile-summary.ts file.cpuprofile [top]`: where a V8 CPU profile's time
// went — self time by function and by package (node_modules/<name>, node: internals, the app's
// own files), as shares of the samples taken while not idle.
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
}

/** Which package a script belongs to: node_modules/<name>, node internals, or our own path. */
function owner(url: string): string {
  if (!url) return '(native / runtime)'
  if (url.startsWith('node:')) return 'node internals'
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (match) return match[1] ?? url
  const own = /\/(server|shared|config|test)\/src\/(.*)$/.exec(url)
  return own ? `${own[1]}/src/${own[2]}` : url
}

function main() {
  const [file, topArg] = process.argv.slice(2)
  if (!file) {
    console.error('usage: tsx test/bench/profile-summary.ts file.cpuprofile [top]')
    process.exit(2)
  }
  const top = Number(topArg ?? 25)
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const byFunction = new Map<string, number>()
  const byOwner = new Map<string, number>()
  let busy = 0
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue
    busy += 1
    const name = `${frame.functionName || '(anonymous)'} ${owner(frame.url)}:${frame.lineNumber + 1}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1)
    byOwner.set(owner(frame.url), (byOwner.get(owner(frame.url)) ?? 0) + 1)
  }
  const print = (title: string, counts: Map<string, number>) => {
    console.log(`\n${title}`)
    for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * count) / busy).toFixed(1).padStart(5)} %  ${name}`)
    }
  }
  console.log(`${busy} busy samples of ${profile.samples.length}`)
  print('self time by package', byOwner)
  print('self time by function', byFunction)
}

main()
