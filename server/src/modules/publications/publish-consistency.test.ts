// Publishing without claim-and-release: each message is linked to its publication by the one
// conditional update that also carries the publication and its history event.
import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { insertAnsweredMessage } from '../../../../test/support/messages'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

const db = useTestDatabase()
afterEach(() => jest.restoreAllMocks())

const now = new Date('2026-03-05T02:00:00Z')
const draft = (messageId: string) => ({
  messageId,
  title: '灵活就业人员如何参加养老保险',
  question: '灵活就业人员想参加城镇职工养老保险，需要带哪些材料？',
  answer: '灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。',
})

describe('a batch that someone else changes between the check and the writes', () => {
  it('publishes the others completely and names the one it could not', async () => {
    const models = createModels(db)
    const first = await insertAnsweredMessage(db)
    const second = await insertAnsweredMessage(db)
    const office = await createStaff(db, { role: 'office', now })
    // Another office member publishes the second message right after this batch checked it.
    const original = models.Message.updateOne.bind(models.Message)
    jest.spyOn(models.Message, 'updateOne').mockImplementation(((
      filter: Record<string, unknown>,
      update: Record<string, unknown>,
    ) => {
      if (String(filter._id) === String(second._id) && 'publicationId' in filter) {
        return original({ _id: second._id }, { $set: { publicationId: second._id } }).then(() =>
          original(filter, update),
        )
      }
      return original(filter, update)
    }) as typeof models.Message.updateOne)

    const response = await request(buildTestApp(db, { clock: () => now }).callback)
      .post('/api/v1/staff/publications/batch')
      .set('Authorization', office.authorization)
      .send({ items: [draft(String(first._id)), draft(String(second._id))] })
      .expect(409)
    expect(response.body.error.code).toBe('state_conflict')
    expect(response.body.error.fields).toEqual([
      { field: 'items.1.messageId', message: '留言状态已变化（可能已被他人选登）' },
    ])

    const published = await models.Publication.find({ messageId: first._id }).lean()
    expect(published).toHaveLength(1)
    const linked = await models.Message.findById(first._id).lean()
    expect(String(linked?.publicationId)).toBe(String(published[0]?._id))
    expect(linked?.outbox).toBeUndefined()
    expect(await models.MessageEvent.countDocuments({ type: 'published' })).toBe(1)
    expect(await models.Publication.countDocuments({ messageId: second._id })).toBe(0)
  })
})

describe('two office members publishing one message at once', () => {
  it('publishes it once', async () => {
    const models = createModels(db)
    const message = await insertAnsweredMessage(db)
    const [a, b] = await Promise.all([
      createStaff(db, { role: 'office', now }),
      createStaff(db, { role: 'office', now }),
    ])
    const app = buildTestApp(db, { clock: () => now }).callback
    const statuses: number[] = []
    for (let round = 0; round < 10; round += 1) {
      await models.Message.updateOne({ _id: message._id }, { $unset: { publicationId: 1 } })
      await models.Publication.deleteMany({})
      const answers = await Promise.all(
        [a, b].map((staff) =>
          request(app)
            .post('/api/v1/staff/publications')
            .set('Authorization', staff.authorization)
            .send(draft(String(message._id))),
        ),
      )
      statuses.push(...answers.map((r) => r.status))
      expect(answers.filter((r) => r.status === 201)).toHaveLength(1)
      expect(await models.Publication.countDocuments({ messageId: message._id })).toBe(1)
    }
    expect(statuses.every((s) => s === 201 || s === 409 || s === 422)).toBe(true)
  })
})
