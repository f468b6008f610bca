// `npm run search:reindex`: stores the search words of every message and publication that lacks
// them or was cut with another dictionary (the server also does this at start-up). Safe while
// the service runs. Needs MONGODB_URI, like `npm run reconcile`.
import { reindexSearch } from '../modules/search'
import { fail, print, runCli, withDatabase } from './cli-support'

const USAGE = `用法：
  npm run search:reindex    为尚无分词或词典已变化的留言和回复选登重新分词（服务启动时也会自动执行）
需要设置 MONGODB_URI。可在服务运行时执行。`

async function main(argv: string[]) {
  if (argv[0] === '--help' || argv[0] === 'help') return print(USAGE)
  if (argv.length > 0) fail(USAGE)
  await withDatabase(async ({ models }) => {
    const report = await reindexSearch(models)
    print(`重新分词的留言：${report.messages} 条`)
    print(`重新分词的回复选登：${report.publications} 条`)
  })
}

runCli(main)
