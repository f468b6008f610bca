// `npm start`: builds the H5 app once if it is missing, then runs the server. Signals are passed
// on so that SIGTERM reaches the server's graceful shutdown.
//
// The build is always a production build, whatever NODE_ENV the shell exports: Taro takes its
// mode from NODE_ENV, and a development build needs packages (react-refresh) a production
// install does not have. The server keeps the shell's NODE_ENV.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

if (!existsSync(path.join(root, 'miniapp/dist/h5/index.html'))) {
  console.log(
    'H5 build not found: building it once in production mode (1–2½ minutes on two cores; progress below)…',
  )
  const started = Date.now()
  const build = spawnSync(npm, ['run', 'build:h5'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (build.status !== 0) {
    console.error('H5 build failed: see the messages above.')
    process.exit(build.status ?? 1)
  }
  console.log(`H5 build done in ${Math.round((Date.now() - started) / 1000)} s.`)
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
