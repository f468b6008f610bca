// `npm run stats -- rebuild`: recomputes the dashboard's day counters from the messages and
// their histories. The counters are kept up to date as events happen; rebuild after upgrading
// from a version without them, after restoring a backup, after loading a year's holiday
// schedule that changes past working days, or when the log reports a counter not updated.
// Like `npm run calendar`, it needs MONGODB_URI.
import { finishPendingActions } from '../modules/messages'
import { createStatsCounters, rebuildStats } from '../modules/stats'
import { fail, print, runCli, withDatabase } from './cli-support'

const USAGE = `用法：
  npm run stats -- rebuild    根据全部留言及其办理记录重新计算统计数据（替换现有统计）
需要设置 MONGODB_URI。请在业务量小的时段运行：运行期间发生的办理操作可能要到下次重算才计入。`

async function main(argv: string[]) {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === 'help') return print(USAGE)
  if (command !== 'rebuild' || rest.length > 0) fail(USAGE)
  await withDatabase(async ({ models, calendar }) => {
    const started = Date.now()
    // An action still owing its counters would be counted again after the rebuild.
    const stats = createStatsCounters({ models, calendar: () => calendar.current() })
    const finished = await finishPendingActions(models, stats)
    if (finished > 0) print(`已补全中断的办理操作 ${finished} 项`)
    const { documents } = await rebuildStats(models, calendar.current(), (stage, done) => {
      print(stage === 'messages' ? `已读取留言 ${done} 条…` : `已读取办理记录 ${done} 条…`)
    })
    print(
      `统计数据已重算：共 ${documents} 条按日、科室、类别的计数，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`,
    )
  })
}

runCli(main)
