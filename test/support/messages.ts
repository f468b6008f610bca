import { randomBytes } from 'node:crypto'
import type { Connection } from 'mongoose'
import { generateLookupCode } from '../../shared/src'
import { createModels } from '../../server/src/db/models'
import type { Message } from '../../server/src/modules/messages/message.model'

/**
 * A message stored directly, answered by a reply on 2026-03-04 (Beijing) and published-by-
 * consent unless the test says otherwise: the starting point of 回复选登 tests.
 */
export async function insertAnsweredMessage(
  db: Connection,
  overrides: Partial<Omit<Message, '_id' | 'createdAt' | 'updatedAt'>> = {},
) {
  const receivedAt = new Date('2026-03-02T02:00:00Z')
  const answeredAt = new Date('2026-03-04T06:00:00Z')
  const { Message } = createModels(db)
  return Message.create({
    code: generateLookupCode(randomBytes),
    category: 'consult',
    title: '灵活就业人员如何参保',
    content: '我是灵活就业人员，想咨询一下如何参加城镇职工养老保险，需要带哪些材料？',
    name: '周晓梅',
    phone: '13900003434',
    unit: 'social-insurance',
    allowPublish: true,
    consentAt: receivedAt,
    status: 'replied',
    receivedAt,
    receivedDate: '2026-03-02',
    clockStartedAt: receivedAt,
    workingDays: 5,
    dueDate: '2026-03-09',
    dueAt: new Date('2026-03-09T15:59:59.999Z'),
    provisional: false,
    answer: {
      kind: 'reply',
      content: '您好！灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。',
      answeredAt,
    },
    firstAnsweredAt: answeredAt,
    answeredOnTime: true,
    followUps: 0,
    ...overrides,
  })
}
