// `npm run reconcile`: finds and repairs what an interrupted action left incomplete (history
// events, counters, a publication still waiting in the message's outbox) and what older
// versions could leave behind; reports what it cannot repair. Safe while the service runs.
// Needs MONGODB_URI, like `npm run stats`.
import { answerWaitingDuplicates, reconcile } from '../modules/messages'
import { createStatsCounters } from '../modules/stats'
import { fail, print, runCli, withDatabase } from './cli-support'

const USAGE = `用法：
  npm run reconcile    补全中断的办理操作（办理记录、统计、选登），并报告无法自动修复的不一致
需要设置 MONGODB_URI。可在服务运行时执行。`

async function main(argv: string[]) {
  if (argv[0] === '--help' || argv[0] === 'help') return print(USAGE)
  if (argv.length > 0) fail(USAGE)
  await withDatabase(async ({ config, models, calendar }) => {
    const stats = createStatsCounters({ models, calendar: () => calendar.current() })
    const report = await reconcile(models, stats)
    const merged = await answerWaitingDuplicates({ config, models, stats })
    print(`补全中断的操作：${report.actionsCompleted} 项`)
    print(`补记办事指南的版本记录：${report.guideRevisionsCompleted} 条`)
    print(`补回缺失的“提交”记录：${report.submittedEventsAdded} 条`)
    print(`移除指向不存在选登内容的链接：${report.danglingPublicationLinks} 条`)
    print(`为旧留言建立答复列表（原答复作为第一次答复）：${report.answerListsMigrated} 条`)
    print(`清理过期的统计标记：${report.counterMarksPruned} 个`)
    print(`随已答复的主办留言补答并单留言：${merged} 条`)
    print(`状态与办理记录不一致的留言（需人工核查）：${report.statusMismatches.length} 条`)
    for (const id of report.statusMismatches) print(`  ${id}`)
    print(`未与留言关联的已选登内容（需人工核查）：${report.unlinkedPublications.length} 条`)
    for (const id of report.unlinkedPublications) print(`  ${id}`)
    if (report.statusMismatches.length > 0 || report.unlinkedPublications.length > 0) {
      process.exitCode = 2
    }
  })
}

runCli(main)
