// Size budgets of the app, checked after the production builds (`npm run build:h5`,
// `npm run build:weapp`):
// - weapp: the MAIN package (everything in miniapp/dist/weapp except the subpackage roots listed
//   in app.json) under 400 KB — WeChat downloads it before the first screen shows;
// - H5: the JavaScript the first screen needs (the scripts index.html loads, plus the home page's
//   chunk as the entry's manifest names it), gzipped, under 300 KB.
// - weapp: the charting library (H5 only; the mini-program shows the dashboard's tables) is in
//   no file of the mini-program build.
// Prints the figures; exits 1 when a build is missing or a budget is exceeded.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const weappDir = path.join(root, 'miniapp/dist/weapp')
const h5Dir = path.join(root, 'miniapp/dist/h5')

const KB = 1024
const WEAPP_MAIN_BUDGET = 400 * KB
const H5_ENTRY_GZIP_BUDGET = 300 * KB

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`
const problems = []

/** Every file below `dir`, as paths relative to it with forward slashes. */
function listFiles(dir, prefix = '') {
  const files = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...listFiles(path.join(dir, entry.name), relative))
    else if (entry.isFile()) files.push(relative)
  }
  return files
}

function checkWeapp() {
  const appJsonPath = path.join(weappDir, 'app.json')
  if (!existsSync(appJsonPath)) {
    problems.push(
      `weapp build missing: ${path.relative(root, appJsonPath)} not found (run npm run build:weapp)`,
    )
    return
  }
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'))
  const subpackageRoots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])]
    .map((pkg) => String(pkg.root ?? '').replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
  const inSubpackage = (file) =>
    subpackageRoots.some((pkgRoot) => file === pkgRoot || file.startsWith(`${pkgRoot}/`))

  let mainBytes = 0
  let subBytes = 0
  for (const file of listFiles(weappDir)) {
    const size = statSync(path.join(weappDir, file)).size
    if (inSubpackage(file)) subBytes += size
    else mainBytes += size
  }
  const ok = mainBytes < WEAPP_MAIN_BUDGET
  console.log(
    `weapp main package: ${kb(mainBytes)} (budget < ${kb(WEAPP_MAIN_BUDGET)}) ${ok ? 'ok' : 'OVER BUDGET'}`,
  )
  if (subpackageRoots.length > 0) {
    console.log(`  subpackages (${subpackageRoots.join(', ')}): ${kb(subBytes)}, not counted`)
  }
  if (!ok) {
    problems.push(
      `weapp main package is ${kb(mainBytes)}, over the ${kb(WEAPP_MAIN_BUDGET)} budget`,
    )
  }
  // Chart.js's banner survives minification (in the script or the license file beside it);
  // finding it means the H5-only import leaked into the mini-program.
  const withCharts = listFiles(weappDir).filter(
    (file) =>
      /\.(js|txt)$/.test(file) &&
      readFileSync(path.join(weappDir, file), 'utf8').includes('Chart.js v'),
  )
  const chartsOk = withCharts.length === 0
  console.log(
    `weapp without the H5 charting library: ${chartsOk ? 'ok' : `NO (${withCharts.join(', ')})`}`,
  )
  if (!chartsOk) problems.push(`weapp build contains Chart.js: ${withCharts.join(', ')}`)
}

/** Local script URLs of index.html, as paths inside the H5 output. */
function entryScripts(html) {
  const scripts = []
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) {
    const src = match[1]
    if (/^(https?:)?\/\//i.test(src)) continue // not part of our build
    scripts.push(src.replace(/^\.?\//, '').split(/[?#]/)[0])
  }
  return scripts
}

/**
 * The chunks of the home page, if they can be found: Taro's H5 entry lists each page with a
 * `load` function that imports its chunks (`__webpack_require__.e(262)`); the ids name the files.
 */
function homeChunks(entryFiles, jsFiles) {
  const pageLoad =
    /"pages\/index\/index"\s*,\s*"?load"?\s*:\s*function[^{]*\{\s*return\s*\[([\s\S]*?)\.then\(/
  for (const file of entryFiles) {
    const match = pageLoad.exec(readFileSync(path.join(h5Dir, file), 'utf8'))
    if (!match) continue
    const ids = [...match[1].matchAll(/\.e\((\d+)\)/g)].map((m) => m[1])
    const chunks = ids
      .map((id) => jsFiles.find((jsFile) => path.basename(jsFile).startsWith(`${id}.`)))
      .filter(Boolean)
    if (chunks.length > 0 && chunks.length === ids.length) return chunks
  }
  return []
}

function checkH5() {
  const indexPath = path.join(h5Dir, 'index.html')
  if (!existsSync(indexPath)) {
    problems.push(
      `H5 build missing: ${path.relative(root, indexPath)} not found (run npm run build:h5)`,
    )
    return
  }
  const entries = entryScripts(readFileSync(indexPath, 'utf8'))
  if (entries.length === 0) {
    problems.push('H5 build: index.html loads no script')
    return
  }
  const missing = entries.filter((file) => !existsSync(path.join(h5Dir, file)))
  if (missing.length > 0) {
    problems.push(`H5 build incomplete: index.html loads missing files ${missing.join(', ')}`)
    return
  }
  const jsFiles = listFiles(h5Dir).filter((file) => file.endsWith('.js'))
  const home = homeChunks(entries, jsFiles).filter((file) => !entries.includes(file))
  const files = [...entries, ...home]

  let total = 0
  for (const file of files) {
    const source = readFileSync(path.join(h5Dir, file))
    const gzipped = gzipSync(source, { level: 9 }).length
    total += gzipped
    const role = home.includes(file) ? 'home page chunk' : 'entry script'
    console.log(`  ${file}: ${kb(source.length)}, ${kb(gzipped)} gzipped (${role})`)
  }
  if (home.length === 0) console.log('  (home page chunk not identified: entry scripts only)')
  const ok = total < H5_ENTRY_GZIP_BUDGET
  console.log(
    `H5 entry JavaScript: ${kb(total)} gzipped (budget < ${kb(H5_ENTRY_GZIP_BUDGET)}) ${ok ? 'ok' : 'OVER BUDGET'}`,
  )
  if (!ok) {
    problems.push(
      `H5 entry JavaScript is ${kb(total)} gzipped, over the ${kb(H5_ENTRY_GZIP_BUDGET)} budget`,
    )
  }
}

checkWeapp()
checkH5()

if (problems.length > 0) {
  console.error(`\nSize budgets failed:\n${problems.map((problem) => `- ${problem}`).join('\n')}`)
  process.exit(1)
}
console.log('\nSize budgets: ok')
