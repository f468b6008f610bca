import { testDatabaseUri, useTestDatabase } from '../../../test/support/database'
import { runCliTool } from '../../../test/support/cli'
import { createStaff } from '../../../test/support/staff'
import { createModels } from '../db/models'
import { verifyPassword } from '../modules/staff/passwords'

const db = useTestDatabase()

/** Runs `npm run staff -- …` with `stdin` piped in, as automation would. */
function staffCli(args: string[], stdin = '', env: Record<string, string> = {}) {
  return runCliTool('staff', args, { databaseUri: testDatabaseUri(db.name), stdin, env })
}

const createArgs = [
  'create',
  '--username',
  'zhangsan',
  '--role',
  'handler',
  '--unit',
  'social-insurance',
  '--name',
  '张三',
]

describe('npm run staff', () => {
  it('creates an account with the password read from stdin', async () => {
    const { stdout } = await staffCli(createArgs, 'piped-password-1\n')

    expect(stdout).toContain('已创建工作人员账号 zhangsan（张三，经办人，市社保局）')
    const stored = await createModels(db).StaffAccount.findOne({ username: 'zhangsan' }).lean()
    expect(stored).toMatchObject({ role: 'handler', unit: 'social-insurance', displayName: '张三' })
    expect(await verifyPassword(stored?.passwordHash ?? '', 'piped-password-1')).toBe(true)
  }, 60_000)

  it.each([
    ['--password', ['--password', 'secret-on-argv-1']],
    ['--password=', ['--password=secret-on-argv-1']],
    ['-p', ['-p', 'secret-on-argv-1']],
    ['a stray argument', ['secret-on-argv-1']],
  ])(
    'refuses a password given as %s, without echoing it',
    async (_how, extra) => {
      const failure = staffCli([...createArgs, ...extra], 'piped-password-1\n')
      await expect(failure).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('密码不能写在命令行参数中'),
      })
      const { stderr } = await failure.catch((error: { stderr: string }) => error)
      expect(stderr).not.toContain('secret-on-argv-1')
      expect(await createModels(db).StaffAccount.countDocuments()).toBe(0)
    },
    60_000,
  )

  it('refuses a password shorter than 10 characters and stores nothing', async () => {
    await expect(staffCli(createArgs, 'short\n')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('密码至少10个字符'),
    })
    expect(await createModels(db).StaffAccount.countDocuments()).toBe(0)
  }, 60_000)

  it('creates a unit head (科室负责人) of a unit, who signs off its answers', async () => {
    const headArgs = ['--role', 'unit-head', '--unit', 'social-insurance', '--name', '王科长']
    const { stdout } = await staffCli(
      ['create', '--username', 'head-si', ...headArgs],
      'piped-password-1\n',
    )
    expect(stdout).toContain('已创建工作人员账号 head-si（王科长，科室负责人，市社保局）')
    const stored = await createModels(db).StaffAccount.findOne({ username: 'head-si' }).lean()
    expect(stored).toMatchObject({ role: 'unit-head', unit: 'social-insurance' })
    await expect(
      staffCli(['create', '--username', 'head-x', '--role', 'unit-head', '--name', '赵科长']),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('科室负责人须指定所属科室'),
    })
  }, 60_000)

  it('refuses a handler without a unit before asking for a password', async () => {
    await expect(
      staffCli(['create', '--username', 'lisi', '--role', 'handler', '--name', '李四']),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('经办人须指定所属科室') })
  }, 60_000)

  it('resets a password from stdin and ends the old sessions', async () => {
    const { account } = await createStaff(db, { role: 'office', username: 'wangwu' })

    const { stdout } = await staffCli(
      ['reset-password', '--username', 'wangwu'],
      'a-new-password-2\r\n',
    )

    expect(stdout).toContain('已重置 wangwu 的密码')
    expect(stdout).toContain('已注销其 1 个登录会话')
    const { StaffAccount, StaffSession } = createModels(db)
    const stored = await StaffAccount.findById(account._id).lean()
    expect(await verifyPassword(stored?.passwordHash ?? '', 'a-new-password-2')).toBe(true)
    expect(await StaffSession.countDocuments({ revokedAt: { $exists: true } })).toBe(1)
  }, 60_000)

  it('disables an account and lists every account with its state', async () => {
    await createStaff(db, { role: 'admin', username: 'admin', displayName: '管理员' })
    await createStaff(db, { role: 'handler', username: 'zhaoliu', unit: 'employment' })

    await staffCli(['disable', '--username', 'zhaoliu'])
    const { stdout } = await staffCli(['list'])

    const lines = stdout.trim().split('\n')
    expect(lines[0]).toBe('用户名\t姓名\t角色\t科室\t状态')
    expect(lines[1]).toBe('admin\t管理员\t系统管理员\t—\t正常')
    expect(lines[2]).toMatch(/^zhaoliu\t.*\t经办人\t市就业局\t已停用$/)
  }, 60_000)

  it('refuses to run without MONGODB_URI', async () => {
    await expect(staffCli(['list'], '', { MONGODB_URI: '' })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('未设置 MONGODB_URI'),
    })
  }, 60_000)
})
