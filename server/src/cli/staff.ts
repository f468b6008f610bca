// `npm run staff -- <command>`: administrators' tool for staff accounts.
//   create --username NAME --role handler|unit-head|office|admin [--unit CODE] --name 姓名
//   reset-password --username NAME     new password, lifts a lockout, ends the account's sessions
//   disable --username NAME / enable --username NAME
//   list
// A password is never taken from the command line, where shell history and the process list
// would keep it: it is typed at a prompt (twice, not echoed) or, for automation, piped on stdin
// (the first line). Like `npm run calendar`, it needs MONGODB_URI: the embedded in-memory
// database of a running server cannot be reached from another process.
import { parseArgs } from 'node:util'
import { loadConfig, unitName } from '@zhengmin/config'
import { staffRoleLabels, STAFF_LIMITS } from '@zhengmin/shared'
import { connectDatabase, ensureIndexes } from '../db/connection'
import { createModels } from '../db/models'
import { fail, print, runCli } from './cli-support'
import { createStaffService } from '../modules/staff'

const USAGE = `用法：
  npm run staff -- create --username 用户名 --role handler|unit-head|office|admin [--unit 科室代码] --name 姓名
  npm run staff -- reset-password --username 用户名
  npm run staff -- disable --username 用户名
  npm run staff -- enable --username 用户名
  npm run staff -- list

角色：handler（经办人，须指定 --unit）、unit-head（科室负责人，须指定 --unit，可签发本科室答复）、
office（办公室）、admin（系统管理员）。
密码不在命令行上给出：在提示时输入（输入两次，不回显），或由标准输入传入第一行，例如
  printf '%s\\n' "$PASSWORD" | npm run staff -- create …
密码至少 ${STAFF_LIMITS.passwordMin} 个字符。需要设置 MONGODB_URI。`

const NO_PASSWORD_ARGUMENTS =
  '出于安全考虑，密码不能写在命令行参数中（会留在命令历史和进程列表里）。' +
  '请运行后在提示时输入，或通过标准输入传入。'

const PASSWORD_OPTION = /^--?(password|passwd|pass|pwd|pw|p)(=|$)/i

/** Reads the options; refuses a password option and stray arguments (which may be a password). */
function parseOptions(args: string[]) {
  if (args.some((arg) => PASSWORD_OPTION.test(arg))) fail(NO_PASSWORD_ARGUMENTS)
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        unit: { type: 'string' },
        name: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    fail(`参数有误：${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  }
  // Not echoed: a stray argument may well be a password typed in the wrong place.
  if (parsed.positionals.length > 0) {
    fail(`多余的参数（${parsed.positionals.length} 个）。${NO_PASSWORD_ARGUMENTS}\n\n${USAGE}`)
  }
  return parsed.values
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin
  process.stderr.write(prompt)
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  stdin.resume()
  return new Promise((resolve) => {
    let value = ''
    const finish = () => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stderr.write('\n')
    }
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish()
          resolve(value)
          return
        }
        if (char === '\u0003') {
          finish()
          process.exit(130)
        }
        if (char === '\u007f' || char === '\b') value = Array.from(value).slice(0, -1).join('')
        else value += char
      }
    }
    stdin.on('data', onData)
  })
}

/** The first line of piped input, without its line ending. */
async function readFirstLine(): Promise<string> {
  process.stdin.setEncoding('utf8')
  let text = ''
  for await (const chunk of process.stdin) {
    text += String(chunk)
    if (text.includes('\n')) break
  }
  return text.split('\n')[0]?.replace(/\r$/, '') ?? ''
}

/** The new password: typed twice at a terminal, or the first line of piped input. */
async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine()
  const first = await promptHidden(`新密码（至少 ${STAFF_LIMITS.passwordMin} 个字符）：`)
  const second = await promptHidden('再输入一次：')
  if (first !== second) fail('两次输入的密码不一致，未作任何修改。')
  return first
}

function required(value: string | undefined, option: string): string {
  return value ?? fail(`缺少 --${option}\n\n${USAGE}`)
}

async function main(argv: string[]) {
  const [command, ...args] = argv
  if (!command || command === '--help' || command === 'help') return print(USAGE)
  if (!['create', 'reset-password', 'disable', 'enable', 'list'].includes(command)) fail(USAGE)
  const options = parseOptions(args)
  const config = loadConfig(process.env)
  if (!config.mongodbUri) {
    fail('未设置 MONGODB_URI：命令行工具需要连接服务器使用的 MongoDB 数据库。')
  }
  const db = await connectDatabase(config.mongodbUri)
  try {
    const models = createModels(db)
    await ensureIndexes(db)
    const staff = createStaffService({ models, clock: () => new Date() })

    if (command === 'create') {
      const input = {
        username: required(options.username, 'username'),
        displayName: required(options.name, 'name'),
        role: required(options.role, 'role'),
        unit: options.unit,
      }
      // Everything else is checked before the operator is asked for a password.
      await staff.prepare(input)
      const account = await staff.create(input, await readNewPassword())
      const unit = account.unit ? `，${unitName(account.unit) ?? account.unit}` : ''
      print(
        `已创建工作人员账号 ${account.username}（${account.displayName}，${staffRoleLabels[account.role]}${unit}）。`,
      )
    } else if (command === 'reset-password') {
      const username = required(options.username, 'username')
      if (!(await staff.exists(username))) fail(`没有用户名为 ${username} 的工作人员账号`)
      const { account, revokedSessions } = await staff.resetPassword(
        username,
        await readNewPassword(),
      )
      print(`已重置 ${account.username} 的密码并解除锁定；已注销其 ${revokedSessions} 个登录会话。`)
    } else if (command === 'disable') {
      const { account, revokedSessions } = await staff.disable(
        required(options.username, 'username'),
      )
      print(`已停用账号 ${account.username}；已注销其 ${revokedSessions} 个登录会话。`)
    } else if (command === 'enable') {
      const account = await staff.enable(required(options.username, 'username'))
      print(`已启用账号 ${account.username}。`)
    } else {
      print(['用户名', '姓名', '角色', '科室', '状态'].join('\t'))
      for (const account of await staff.list()) {
        const state = account.disabled ? '已停用' : '正常'
        const unit = account.unit ? (unitName(account.unit) ?? account.unit) : '—'
        print(
          [account.username, account.displayName, staffRoleLabels[account.role], unit, state].join(
            '\t',
          ),
        )
      }
    }
  } finally {
    await db.close()
  }
}

runCli(main)
