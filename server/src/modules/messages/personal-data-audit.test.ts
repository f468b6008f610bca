import { Types } from 'mongoose'
import pino from 'pino'
import { useTestDatabase } from '../../../../test/support/database'
import { createModels } from '../../db/models'
import { createPersonalDataAudit } from './personal-data-audit'

const now = new Date('2026-03-10T02:00:00Z')
const log = pino({ level: 'silent' })
const staff = { id: 'staff-1', displayName: '王办公' }

const db = useTestDatabase()

describe('personal-data audit', () => {
  it('records a read in each message’s history, staff only, with its purpose', async () => {
    const models = createModels(db)
    const audit = createPersonalDataAudit({ models, clock: () => now })
    const ids = [new Types.ObjectId(), new Types.ObjectId()]
    await audit.messagesRead(staff, ids, 'phone-search', log)
    const events = await models.MessageEvent.find().sort({ _id: 1 }).lean()
    expect(events.map((event) => String(event.messageId)).sort()).toEqual(ids.map(String).sort())
    for (const event of events) {
      expect(event).toMatchObject({
        type: 'personal_data_viewed',
        at: now,
        actor: { kind: 'staff', id: 'staff-1' },
        visibleToCitizen: false,
        data: { purpose: 'phone-search', actorName: '王办公' },
      })
    }
    expect(await models.StaffAudit.countDocuments()).toBe(0)
  })

  it('records nothing when nothing was shown', async () => {
    const models = createModels(db)
    await createPersonalDataAudit({ models, clock: () => now }).messagesRead(
      staff,
      [],
      'detail',
      log,
    )
    expect(await models.MessageEvent.countDocuments()).toBe(0)
  })

  it('keeps an export with phones in staff_audit: who, which period, how many, why', async () => {
    const models = createModels(db)
    const audit = createPersonalDataAudit({ models, clock: () => now })
    const exported = {
      from: '2026-03-01',
      to: '2026-03-09',
      unit: 'employment',
      format: 'csv',
      rows: 12,
      reason: '回访满意度调查',
    }
    await audit.contactsExported(staff, exported, log)
    const records = await models.StaffAudit.find().lean()
    expect(records).toEqual([
      expect.objectContaining({
        at: now,
        staffId: 'staff-1',
        action: 'message_export_with_phone',
        data: exported,
      }),
    ])
    expect(await models.MessageEvent.countDocuments()).toBe(0)
  })
})
