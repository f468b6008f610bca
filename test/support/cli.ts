import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(__dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

/**
 * Runs one of the operators' command-line tools (`server/src/cli/<name>.ts`) as `npm run <name>`
 * would, against `databaseUri`, with `stdin` piped in as automation would. Rejects on a
 * non-zero exit with `code`, `stdout` and `stderr`.
 */
export function runCliTool(
  name: string,
  args: string[],
  options: { databaseUri: string; stdin?: string; env?: Record<string, string> },
) {
  const running = run(tsx, [`server/src/cli/${name}.ts`, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', MONGODB_URI: options.databaseUri, ...options.env },
  })
  running.child.stdin?.end(options.stdin ?? '')
  return running
}
