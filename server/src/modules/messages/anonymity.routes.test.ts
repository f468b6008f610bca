import request from 'supertest'
import { staffMessageDetailSchema, staffMessagePageSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { parseCsv } from '../../../../test/support/csv'
import { insertAnsweredMessage } from '../../../../test/support/messages'
import { createStaff, type CreatedStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

// Monday 2026-03-02 10:00 Beijing.
const NOW = new Date('2026-03-02T02:00:00Z')
const NAME = '李举报'
const PHONE = '13900005656'
const report = {
  category: 'report',
  title: '举报某人力资源公司违规收取押金',
  content: '某人力资源公司招聘时向求职者收取押金五百元，入职后不予退还，请依法查处。',
  name: NAME,
  phone: PHONE,
  consent: true,
  anonymous: true,
}

const db = useTestDatabase()

const callback = () => buildTestApp(db, { clock: () => NOW }).callback
const get = (staff: CreatedStaff, path: string) =>
  request(callback()).get(`/api/v1${path}`).set('Authorization', staff.authorization)

/** An anonymous 举报, dispatched to labor inspection; with the office and that unit's handler. */
async function anonymousReport() {
  const created = await request(callback()).post('/api/v1/messages').send(report).expect(201)
  const id = created.body.id as string
  const office = await createStaff(db, { role: 'office', now: NOW })
  const handler = await createStaff(db, { role: 'handler', unit: 'labor-inspection', now: NOW })
  await request(callback())
    .post(`/api/v1/staff/messages/${id}/assign`)
    .set('Authorization', office.authorization)
    .send({ unit: 'labor-inspection' })
    .expect(200)
  return { id, code: created.body.code as string, office, handler }
}

const viewsOf = (id: string, staff: CreatedStaff) =>
  createModels(db)
    .MessageEvent.find({
      messageId: id,
      type: 'personal_data_viewed',
      'actor.id': String(staff.account._id),
    })
    .lean()

describe('anonymous 举报', () => {
  it('hides name and phone from the handling unit in the inbox, detail, search and export', async () => {
    const { id, handler } = await anonymousReport()

    const inbox = staffMessagePageSchema.parse(
      (await get(handler, '/staff/messages').expect(200)).body,
    )
    expect(inbox.items.map((row) => row.id)).toEqual([id])
    expect(JSON.stringify(inbox)).not.toContain(PHONE)
    expect(JSON.stringify(inbox)).not.toContain(NAME)

    const detail = staffMessageDetailSchema.parse(
      (await get(handler, `/staff/messages/${id}`).expect(200)).body,
    )
    expect(detail).toMatchObject({ anonymous: true, contactHidden: true })
    expect(detail.name).toBeUndefined()
    expect(detail.phone).toBeUndefined()
    expect(JSON.stringify(detail)).not.toContain(PHONE)
    // Nothing personal was shown, so no personal-data view is recorded.
    expect(await viewsOf(id, handler)).toHaveLength(0)

    // Searching by the phone must not reveal who wrote it.
    const search = await get(handler, `/staff/messages?q=${PHONE}`).expect(200)
    expect(search.body.items).toEqual([])

    const csv = await get(
      handler,
      '/staff/stats/export?from=2026-03-01&to=2026-03-31&kind=messages&format=csv',
    ).expect(200)
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''))
    expect(rows).toHaveLength(2)
    expect(csv.text).not.toContain(PHONE)
    expect(csv.text).not.toContain(NAME)
  })

  it('shows the office name and phone, and records each view as a personal-data view', async () => {
    const { id, office } = await anonymousReport()
    const detail = staffMessageDetailSchema.parse(
      (await get(office, `/staff/messages/${id}`).expect(200)).body,
    )
    expect(detail).toMatchObject({ name: NAME, phone: PHONE, anonymous: true })
    expect(detail.contactHidden).toBeUndefined()
    await get(office, `/staff/messages/${id}`).expect(200)
    // The dispatch's answer carried them too: three views in all, each recorded.
    const views = await viewsOf(id, office)
    expect(views).toHaveLength(3)
    expect(views[0]).toMatchObject({
      actor: { kind: 'staff', id: String(office.account._id) },
      visibleToCitizen: false,
      data: { purpose: 'anonymous-report' },
    })
    const search = await get(office, `/staff/messages?q=${PHONE}`).expect(200)
    expect(search.body.items.map((row: { id: string }) => row.id)).toEqual([id])
  })

  it('keeps the citizen’s own lookup by 查询码 and phone working', async () => {
    const { code } = await anonymousReport()
    const lookup = await request(callback())
      .get(`/api/v1/messages/lookup?code=${code}&phone=${PHONE}`)
      .expect(200)
    expect(lookup.body.title).toBe(report.title)
  })

  it('still treats the author’s name and phone as author data before publication', async () => {
    const message = await insertAnsweredMessage(db, { category: 'report', anonymous: true })
    const office = await createStaff(db, { role: 'office', now: NOW })
    const response = await request(callback())
      .post('/api/v1/staff/publications/check')
      .set('Authorization', office.authorization)
      .send({
        messageId: String(message._id),
        title: '关于违规收取押金的举报',
        question: '我是周晓梅，电话139 0000 3434，举报某公司违规收取押金。',
        answer: '您好！经核查，该公司已退还押金，并已责令改正。',
      })
      .expect(200)
    const kinds = (response.body.findings as { kind: string }[]).map((finding) => finding.kind)
    expect(kinds).toEqual(expect.arrayContaining(['author-name', 'author-phone']))
  })

  it('is offered for 举报 only', async () => {
    const response = await request(callback())
      .post('/api/v1/messages')
      .send({ ...report, category: 'consult' })
      .expect(400)
    expect(response.body.error.fields).toEqual([
      { field: 'anonymous', message: '只有举报类留言可以选择匿名' },
    ])
    expect(await createModels(db).Message.countDocuments()).toBe(0)
  })
})
