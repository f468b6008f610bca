// The processes of the fault suite: the database started by `npm run db`, and app instances
// started as `npm start` does (server/src/main.ts), each a real process that can be killed,
// frozen or stopped.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

const root = path.resolve(__dirname, '../..')
const START_TIMEOUT_MS = 60_000

/** Every process the suite started, ended with it however it ends (even on Ctrl-C). */
const started = new Set<ChildProcess>()
const enginePids = new Set<number>()
process.on('exit', () => {
  for (const child of started) child.kill('SIGKILL')
  for (const pid of enginePids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1))

function lines(child: ChildProcess, onLine: (line: string) => void) {
  if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine)
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode })
      return
    }
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what}: no answer in time`)),
      START_TIMEOUT_MS,
    )
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

export interface DatabaseProcess {
  uri: string
  /** The engine's own process, for SIGSTOP and SIGCONT. */
  pid: number
  stop(): Promise<void>
}

/** `npm run db`: the embedded engine on its own, telling its URI and process id. */
export async function startDatabase(): Promise<DatabaseProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/db.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: '.data/faults' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  started.add(child)
  const found: { uri?: string; pid?: number } = {}
  const ready = new Promise<void>((resolve, reject) => {
    lines(child, (line) => {
      if (line.startsWith('MONGODB_URI=')) found.uri = line.slice('MONGODB_URI='.length)
      if (line.startsWith('DATABASE_PID=')) found.pid = Number(line.slice('DATABASE_PID='.length))
      if (found.uri && found.pid) resolve()
    })
    child.once('exit', (code) => reject(new Error(`npm run db exited with ${code}`)))
  })
  await withTimeout(ready, 'npm run db')
  if (found.pid) enginePids.add(found.pid)
  const uri = new URL(found.uri ?? '')
  uri.pathname = '/zhengmin_faults'
  return {
    uri: uri.toString(),
    pid: found.pid ?? 0,
    async stop() {
      process.kill(found.pid ?? 0, 'SIGCONT') // in case a check failed while it was frozen
      child.kill('SIGTERM')
      await exitOf(child)
      started.delete(child)
      if (found.pid) enginePids.delete(found.pid)
    },
  }
}

export interface AppProcess {
  url: string
  child: ChildProcess
  /** Resolves when the process has ended. */
  exited: Promise<{ code: number | null; signal: string | null }>
  /** Its JSON log lines so far. */
  logs: Array<Record<string, unknown>>
}

/** One app instance on the shared database, its limits raised so load is not refused. */
export async function startApp(mongodbUri: string, name: string): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      MONGODB_URI: mongodbUri,
      SCHEDULER_ENABLED: 'false',
      // Load comes from one machine: each request names its own client address instead.
      TRUST_PROXY: 'true',
      RATE_LIMIT_SUBMISSIONS: '100000',
      RATE_LIMIT_LOOKUPS: '100000',
      SHUTDOWN_GRACE_MS: '20000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.add(child)
  child.once('exit', () => started.delete(child))
  const logs: Array<Record<string, unknown>> = []
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const listening = new Promise<string>((resolve, reject) => {
    lines(child, (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>
        logs.push(entry)
        if (typeof entry.url === 'string') resolve(entry.url.replace(/\/$/, ''))
      } catch {
        // not a log line
      }
    })
    child.once('exit', (code) => reject(new Error(`app ${name} exited with ${code}: ${stderr}`)))
  })
  const url = await withTimeout(listening, `app ${name}`)
  return { url, child, exited: exitOf(child), logs }
}
