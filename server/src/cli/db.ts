// `npm run db`: starts the embedded database on its own and prints its MONGODB_URI, so several
// app instances (or the fault suite) can share one database: `MONGODB_URI=... npm start`.
// A mongod on the PATH keeps data in DATA_DIR; otherwise the in-memory engine loses it on exit.
// Stops with Ctrl-C or SIGTERM.
import { loadConfig } from '@zhengmin/config'
import { startEmbeddedDatabase } from '../db/embedded'
import { print, runCli } from './cli-support'

async function main() {
  const config = loadConfig(process.env)
  const database = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    databaseName: 'zhengmin',
  })
  print(`MONGODB_URI=${database.uri}`)
  print(`DATABASE_PID=${database.pid ?? ''}`)
  if (database.kind === 'in-memory') {
    print('内存数据库：停止后全部数据丢失，仅供试用和测试。按 Ctrl-C 停止。')
  }
  const stop = () => void database.stop().then(() => process.exit(0))
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

runCli(main)
