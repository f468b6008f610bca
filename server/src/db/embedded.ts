import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { createInterface } from 'node:readline'

/** A database this process started for itself when no MONGODB_URI is given. */
export interface EmbeddedDatabase {
  uri: string
  /** 'mongod' keeps data under dataDir; 'in-memory' loses everything on exit. */
  kind: 'mongod' | 'in-memory'
  /** Process id of the database server (the fault suite freezes it with SIGSTOP). */
  pid: number | undefined
  stop(): Promise<void>
}

const STARTUP_TIMEOUT_MS = 30_000

/**
 * Starts the embedded default: a `mongod` found on the PATH keeping data in `dataDir`, else the
 * in-memory MongoDB-compatible engine shipped as an npm package (for trying out and testing).
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string
  databaseName: string
}): Promise<EmbeddedDatabase> {
  if (hasMongodOnPath()) return startMongod(options)
  return startInMemoryEngine(options.databaseName)
}

function hasMongodOnPath(): boolean {
  const probe = spawnSync('mongod', ['--version'], { stdio: 'ignore' })
  return probe.status === 0
}

async function startMongod(options: {
  dataDir: string
  databaseName: string
}): Promise<EmbeddedDatabase> {
  const dbPath = path.resolve(options.dataDir, 'db')
  mkdirSync(dbPath, { recursive: true })
  const port = await findFreePort()
  const child = spawn(
    'mongod',
    ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  await waitForLine(child, (line) => line.includes('Waiting for connections'))
  return {
    uri: `mongodb://127.0.0.1:${port}/${options.databaseName}`,
    kind: 'mongod',
    pid: child.pid,
    stop: () => stopChild(child),
  }
}

/** Path of the in-memory engine's binary, or undefined when the package is not installed. */
export function inMemoryEngineBinary(): string | undefined {
  try {
    const manifest = require.resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json')
    return path.join(path.dirname(manifest), 'bin', 'jongodb')
  } catch {
    return undefined
  }
}

async function startInMemoryEngine(databaseName: string): Promise<EmbeddedDatabase> {
  const binary = inMemoryEngineBinary()
  if (!binary) {
    throw new Error(
      'No database available: set MONGODB_URI, put mongod on the PATH, or install the optional ' +
        'in-memory engine (@jongodb/memory-server-bin-linux-x64-gnu, Linux x64 only).',
    )
  }
  const child = spawn(
    binary,
    [
      '--host=127.0.0.1',
      '--port=0',
      `--database=${databaseName}`,
      '--topology-profile=singleNodeReplicaSet',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const line = await waitForLine(child, (l) => l.startsWith('JONGODB_URI='))
  const uri = new URL(line.slice('JONGODB_URI='.length).trim())
  // The engine mishandles the driver's streaming heartbeats ("moreToCome"), which makes the
  // connection flap between disconnected and connected; polling heartbeats are stable.
  uri.searchParams.set('serverMonitoringMode', 'poll')
  return {
    uri: uri.toString(),
    kind: 'in-memory',
    pid: child.pid,
    stop: () => stopChild(child),
  }
}

function waitForLine(child: ChildProcess, matches: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const recent: string[] = []
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`Database did not start within ${STARTUP_TIMEOUT_MS} ms:\n${recent.join('\n')}`),
      )
    }, STARTUP_TIMEOUT_MS)
    const onLine = (line: string) => {
      recent.push(line)
      if (recent.length > 20) recent.shift()
      if (matches(line)) {
        clearTimeout(timer)
        resolve(line)
      }
    }
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine)
    if (child.stderr) createInterface({ input: child.stderr }).on('line', (l) => recent.push(l))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Database exited with code ${code} during start-up:\n${recent.join('\n')}`))
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(killer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
