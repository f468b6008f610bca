import request from 'supertest'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { insertAnsweredMessage } from '../../../../test/support/messages'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

const db = useTestDatabase()

// Thursday 2026-03-05 10:00 Beijing, after the stored message's first answer.
const NOW = new Date('2026-03-05T02:00:00Z')
const app = () => buildTestApp(db, { clock: () => NOW }).callback

describe('answers kept as a list', () => {
  it('racing answers to a 追问 add exactly one answer after the first', async () => {
    const message = await insertAnsweredMessage(db, {
      status: 'reopened',
      followUp: { content: '请问材料可以线上提交吗？', at: new Date('2026-03-04T08:00:00Z') },
      followUps: 1,
    })
    const handlers = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        createStaff(db, { role: 'handler', now: NOW, displayName: `经办${n}` }),
      ),
    )
    const responses = await Promise.all(
      handlers.map((handler, index) =>
        request(app())
          .post(`/api/v1/staff/messages/${String(message._id)}/${index % 2 ? 'decline' : 'reply'}`)
          .set('Authorization', handler.authorization)
          .send(
            index % 2
              ? { reason: `第${index}次不予受理的理由` }
              : { content: `第${index}次答复：可以通过网上办事大厅提交材料。` },
          ),
      ),
    )
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409])
    const stored = await createModels(db).Message.findById(message._id).lean()
    expect(stored?.answers).toHaveLength(2)
    expect(stored?.answers?.[0]?.content).toBe(message.answer?.content)
    const winner = stored?.answers?.[1]
    expect(winner?.content).toBe(stored?.answer?.content)
    expect(winner?.unit).toBe('social-insurance')
    expect(winner?.staffName).toMatch(/^经办\d$/)
    // The first answer decided on-time and the statistics; a later one changes neither.
    expect(stored?.firstAnsweredAt).toEqual(message.firstAnsweredAt)
    expect(stored?.answeredOnTime).toBe(true)
  })
})
