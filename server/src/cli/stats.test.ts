import { testDatabaseUri, useTestDatabase } from '../../../test/support/database'
import { runCliTool } from '../../../test/support/cli'
import { insertAnsweredMessage } from '../../../test/support/messages'
import { createModels } from '../db/models'

const db = useTestDatabase({ clearBetweenTests: false })

const statsCli = (args: string[]) =>
  runCliTool('stats', args, { databaseUri: testDatabaseUri(db.name) })

describe('npm run stats', () => {
  it('rebuilds the counters from messages stored without them', async () => {
    const models = createModels(db)
    await insertAnsweredMessage(db)
    await insertAnsweredMessage(db)
    expect(await models.UnitDayStats.countDocuments()).toBe(0)

    const { stdout } = await statsCli(['rebuild'])

    expect(stdout).toContain('已读取留言 2 条')
    expect(stdout).toMatch(/统计数据已重算：共 \d+ 条/)
    const rows = await models.UnitDayStats.find().lean()
    expect(rows.reduce((sum, row) => sum + row.received, 0)).toBe(2)
    expect(rows.reduce((sum, row) => sum + row.answered, 0)).toBe(2)
  }, 60_000)

  it('explains its usage and refuses unknown commands', async () => {
    expect((await statsCli([])).stdout).toContain('npm run stats -- rebuild')
    await expect(statsCli(['drop'])).rejects.toMatchObject({ code: 1 })
  }, 60_000)
})
