import { testDatabaseUri, useTestDatabase } from '../../../test/support/database'
import { runCliTool } from '../../../test/support/cli'
import { insertAnsweredMessage } from '../../../test/support/messages'
import { createModels } from '../db/models'

const db = useTestDatabase({ clearBetweenTests: false })

const reindexCli = (args: string[] = []) =>
  runCliTool('search-reindex', args, { databaseUri: testDatabaseUri(db.name) })

describe('npm run search:reindex', () => {
  it('stores the words of messages stored without them, then finds nothing left', async () => {
    const message = await insertAnsweredMessage(db, {
      title: '社会保障卡补办',
      content: '我的社会保障卡丢了，在哪里补办？',
    })
    const { Message } = createModels(db)
    await Message.updateOne(
      { _id: message._id },
      { $unset: { searchWords: 1, searchFields: 1, searchVersion: 1 } },
    )

    const first = await reindexCli()
    expect(first.stdout).toContain('重新分词的留言：1 条')
    const stored = await Message.findById(message._id).lean()
    expect(stored?.searchWords).toEqual(expect.arrayContaining(['社会保障卡', '补办']))
    expect(stored?.searchFields).toHaveLength(2)

    const second = await reindexCli()
    expect(second.stdout).toContain('重新分词的留言：0 条')
  }, 60_000)

  it('refuses unknown arguments with its usage', async () => {
    await expect(reindexCli(['--all'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('npm run search:reindex'),
    })
  }, 60_000)
})
