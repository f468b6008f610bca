import { Types } from 'mongoose'
import { testDatabaseUri, useTestDatabase } from '../../../test/support/database'
import { runCliTool } from '../../../test/support/cli'
import { insertAnsweredMessage } from '../../../test/support/messages'
import { createModels } from '../db/models'

const db = useTestDatabase({ clearBetweenTests: false })

const reconcileCli = (args: string[] = []) =>
  runCliTool('reconcile', args, { databaseUri: testDatabaseUri(db.name) })

describe('npm run reconcile', () => {
  it('finishes an interrupted action, then finds nothing left to do', async () => {
    const models = createModels(db)
    const answeredAt = new Date('2026-03-04T06:00:00Z')
    // A reply stored with its outbox, the process gone before the history was written.
    const message = await insertAnsweredMessage(db, {
      outbox: {
        id: new Types.ObjectId(),
        events: [
          {
            _id: new Types.ObjectId(),
            type: 'submitted',
            at: new Date('2026-03-02T02:00:00Z'),
            actor: { kind: 'citizen' },
            toStatus: 'submitted',
            visibleToCitizen: true,
          },
          {
            _id: new Types.ObjectId(),
            type: 'replied',
            at: answeredAt,
            actor: { kind: 'staff', id: 'staff-1' },
            fromStatus: 'assigned',
            toStatus: 'replied',
            visibleToCitizen: true,
          },
        ],
        counters: [],
        publications: [],
      },
    })

    const { stdout } = await reconcileCli()
    expect(stdout).toContain('补全中断的操作：1 项')
    expect(stdout).toContain('状态与办理记录不一致的留言（需人工核查）：0 条')
    const history = await models.MessageEvent.find({ messageId: message._id }).sort({ at: 1 })
    expect(history.map((event) => event.type)).toEqual(['submitted', 'replied'])

    const again = await reconcileCli()
    expect(again.stdout).toContain('补全中断的操作：0 项')
  }, 60_000)

  it('explains its usage and refuses arguments', async () => {
    expect((await reconcileCli(['--help'])).stdout).toContain('npm run reconcile')
    await expect(reconcileCli(['everything'])).rejects.toMatchObject({ code: 1 })
  }, 60_000)
})
