import request from 'supertest'
import { staffMessageDetailSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

// Issue #22 part 3: the 欠薪 form's structured details, from submission to the staff detail.
const db = useTestDatabase()

const now = new Date('2025-09-30T02:00:00Z')
const app = () => buildTestApp(db, { clock: () => now }).callback

const body = {
  category: 'complaint',
  title: '安置房项目拖欠农民工工资',
  content: '我们在工地干了四个月，老板一直拖欠工资不发，多次讨要无果。',
  phone: '13800001234',
  consent: true,
  wageArrears: {
    employer: '贵州某某建设有限公司',
    siteAddress: '七星关区某安置房项目二期',
    workers: 14,
    amountYuan: 186000,
    periodFrom: '2025-03',
    periodTo: '2025-06',
  },
}

describe('the 欠薪 form', () => {
  it('stores the details and shows them to staff, also in the message text', async () => {
    const submitted = await request(app()).post('/api/v1/messages').send(body).expect(201)
    const office = await createStaff(db, { role: 'office', now })
    const detail = await request(app())
      .get(`/api/v1/staff/messages/${submitted.body.id}`)
      .set('Authorization', office.authorization)
      .expect(200)
    const parsed = staffMessageDetailSchema.parse(detail.body)
    expect(parsed.wageArrears).toEqual(body.wageArrears)
    expect(parsed.content).toBe(
      `${body.content}\n\n【欠薪情况】\n欠薪单位或老板：贵州某某建设有限公司\n项目名称或工地地址：七星关区某安置房项目二期\n` +
        '欠薪人数：14人\n拖欠金额：186000元\n拖欠期间：2025年3月至2025年6月',
    )
    const stored = await createModels(db).Message.findById(submitted.body.id).lean()
    expect(stored?.wageArrears).toEqual(body.wageArrears)
  })

  it('requires the employer; a bad field is a 400 that stores nothing', async () => {
    const missing = await request(app())
      .post('/api/v1/messages')
      .send({ ...body, wageArrears: { siteAddress: '某工地' } })
      .expect(400)
    expect(missing.body.error.message).toBe('请填写欠薪的用人单位或老板名称')
    expect(missing.body.error.fields[0].field).toBe('wageArrears.employer')
    await request(app())
      .post('/api/v1/messages')
      .send({ ...body, wageArrears: { employer: { $ne: null } } })
      .expect(400)
    await request(app())
      .post('/api/v1/messages')
      .send({ ...body, wageArrears: { employer: '某公司', workers: '十四' } })
      .expect(400)
    expect(await createModels(db).Message.countDocuments()).toBe(0)
  })

  it('leaves a message without the topic as it was', async () => {
    const { wageArrears: _omitted, ...plain } = body
    const submitted = await request(app()).post('/api/v1/messages').send(plain).expect(201)
    const stored = await createModels(db).Message.findById(submitted.body.id).lean()
    expect(stored?.content).toBe(body.content)
    expect(stored?.wageArrears).toBeUndefined()
  })
})
