// `npm run calendar -- <command>`: operators' tool for the official holiday schedule.
//   load FILE.json              load a year's schedule (new version) and recompute open deadlines
//   show [YEAR]                 the schedule in force for YEAR (all years without YEAR)
//   explain RECEIVED_AT [DAYS]  how the deadline of a message received then is counted
// `load` writes to the database in MONGODB_URI; it is refused without one, because the embedded
// in-memory database of a running server cannot be reached from another process.
import { readFileSync } from 'node:fs'
import { fail, print, runCli, withDatabase } from './cli-support'

const USAGE = `用法：
  npm run calendar -- load 文件.json              载入某年节假日安排（新版本），并重新计算所有未答复留言的期限
  npm run calendar -- show [年份]                 查看正在使用的节假日安排
  npm run calendar -- explain 收到时间 [工作日数]   说明答复期限的计算过程（收到时间如 2026-02-13T10:00:00+08:00）`

async function main(argv: string[]) {
  const [command, ...args] = argv
  if (!command || command === '--help' || command === 'help') return print(USAGE)
  await withDatabase(async ({ config, calendar }) => {
    if (command === 'load') {
      const file = args[0] ?? fail(USAGE)
      let input: unknown
      try {
        input = JSON.parse(readFileSync(file, 'utf8'))
      } catch (error) {
        fail(`无法读取 ${file}：${error instanceof Error ? error.message : String(error)}`)
      }
      const result = await calendar.loadYear(input, `cli:${process.env.USER ?? 'operator'}`)
      print(`已载入 ${result.year} 年节假日安排（第 ${result.version} 版）。`)
      print(
        `检查未答复留言 ${result.checked} 条，其中 ${result.changed} 条的答复期限已更新并记入办理记录。`,
      )
    } else if (command === 'show') {
      const year = args[0] ? Number(args[0]) : undefined
      for (const v of await calendar.versions()) {
        if (year !== undefined && v.year !== year) continue
        print(
          `${v.year} 年 第 ${v.version} 版（${v.source === 'shipped' ? '随程序提供' : '人工载入'}，${v.loadedAt.toISOString()}）`,
        )
        print(`  通知：${v.notice.number ?? '文号未知'}，${v.notice.issuedOn} 发布`)
        print(`  放假：${v.restDays.join(' ')}`)
        print(`  调休上班：${v.makeUpWorkingDays.join(' ') || '无'}`)
      }
    } else if (command === 'explain') {
      const receivedAt = new Date(args[0] ?? fail(USAGE))
      if (Number.isNaN(receivedAt.getTime()))
        fail('收到时间格式不正确，例如 2026-02-13T10:00:00+08:00')
      const workingDays = args[1] ? Number(args[1]) : config.replyWorkingDays
      print(JSON.stringify(calendar.current().explainDeadline(receivedAt, workingDays), null, 2))
    } else {
      fail(USAGE)
    }
  })
}

runCli(main)
