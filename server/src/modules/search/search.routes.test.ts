// Search over HTTP, as the issue states it is done: 回复选登, 办事指南 and the staff inbox.
import request from 'supertest'
import { publicationPageSchema, staffMessagePageSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { insertAnsweredMessage } from '../../../../test/support/messages'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { reindexSearch } from './reindex'

const db = useTestDatabase()

// Thursday 2026-03-05 10:00 Beijing.
const now = new Date('2026-03-05T02:00:00Z')
const appAt = (at: Date = now) =>
  buildTestApp(db, { clock: () => at, config: { publicCacheCheckMs: 0 } }).callback

describe('回复选登 search', () => {
  async function published(text: { title: string; question: string; answer: string }) {
    const message = await insertAnsweredMessage(db)
    const office = await createStaff(db, { role: 'office', now })
    const response = await request(appAt())
      .post('/api/v1/staff/publications')
      .set('Authorization', office.authorization)
      .send({ messageId: String(message._id), ...text })
    expect(response.status).toBe(201)
    return response.body.id as string
  }

  const search = async (q: string) => {
    const response = await request(appAt()).get('/api/v1/publications').query({ q }).expect(200)
    return publicationPageSchema.parse(response.body)
  }
  const idsFor = async (q: string) => (await search(q)).items.map((item) => item.id)

  it('finds by words apart in the text and by synonyms; operators and patterns find nothing', async () => {
    const wages = await published({
      title: '农民工工资被拖欠怎么办',
      question: '某工地老板拖欠我们12名农民工工资已有三个月，我们应该向哪个部门反映？',
      answer: '您好！可向劳动保障监察执法机构投诉，也可申请劳动仲裁。',
    })
    const card = await published({
      title: '社会保障卡丢失如何补办',
      question: '我的社会保障卡丢了，在哪里可以补办？',
      answer: '您好！可持身份证到社会保障卡服务网点办理挂失和补办。',
    })
    expect(await idsFor('拖欠工资')).toEqual([wages])
    expect(await idsFor('欠薪')).toEqual([wages])
    expect(await idsFor('社保卡')).toEqual([card])
    expect(await idsFor('社保卡 补办')).toEqual([card])
    expect(await idsFor('社保卡 仲裁')).toEqual([])
    expect((await search('拖欠工资')).words).toEqual(
      expect.arrayContaining(['拖欠工资', '拖欠', '工资', '欠薪']),
    )
    for (const q of ['.*', '{"$gt":""}', '[$ne]', '^社', '$where']) {
      expect(await idsFor(q)).toEqual([])
    }
    // A repeated parameter (an array where a word is expected) is refused at the edge.
    await request(appAt()).get('/api/v1/publications?q=a&q=b').expect(400)
    await request(appAt())
      .get('/api/v1/publications')
      .query({ q: '长'.repeat(31) })
      .expect(400)
  })

  it('ranks items matching more fields first, pages with its own cursor', async () => {
    const inAnswer = await published({
      title: '关于参保缴费的咨询',
      question: '想咨询一下个人参保缴费的问题。',
      answer: '您好！灵活就业人员可以个人身份参保。',
    })
    const inAll = await published({
      title: '灵活就业人员参保',
      question: '灵活就业人员如何参保？',
      answer: '您好！灵活就业人员可持身份证办理参保登记。',
    })
    expect(await idsFor('灵活就业')).toEqual([inAll, inAnswer])
    const first = await request(appAt())
      .get('/api/v1/publications')
      .query({ q: '灵活就业', limit: 1 })
      .expect(200)
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([inAll])
    const second = await request(appAt())
      .get('/api/v1/publications')
      .query({ q: '灵活就业', limit: 1, cursor: first.body.nextCursor })
      .expect(200)
    expect(second.body.items.map((i: { id: string }) => i.id)).toEqual([inAnswer])
    expect(second.body.nextCursor).toBeNull()
  })
})

describe('办事指南 search', () => {
  const slugsFor = async (q: string) =>
    (await request(appAt()).get('/api/v1/guides').query({ q }).expect(200)).body.items.map(
      (guide: { slug: string }) => guide.slug,
    )

  it('finds guides by synonyms and by words of their content', async () => {
    expect(await slugsFor('失业金')).toContain('unemployment-benefit-claim')
    expect((await slugsFor('失业金怎么领'))[0]).toBe('unemployment-benefit-claim')
    expect(await slugsFor('人才绿卡')).toEqual(['talent-green-card'])
    expect(await slugsFor('绿卡')).toEqual(['talent-green-card'])
    expect(await slugsFor('.*')).toEqual([])
    expect(await slugsFor('{"$gt":""}')).toEqual([])
  })
})

describe('staff inbox search', () => {
  const receivedAt = new Date('2026-03-02T02:00:00Z')

  async function submit(body: Record<string, unknown>, at = receivedAt) {
    const response = await request(appAt(at))
      .post('/api/v1/messages')
      .send({ category: 'complaint', name: '孙七', consent: true, ...body })
      .expect(201)
    return { id: response.body.id as string, code: response.body.code as string }
  }

  async function dispatch(id: string, unit: string) {
    const office = await createStaff(db, { role: 'office', now })
    await request(appAt())
      .post(`/api/v1/staff/messages/${id}/assign`)
      .set('Authorization', office.authorization)
      .send({ unit })
      .expect(200)
  }

  const inbox = async (authorization: string, query: Record<string, string>) => {
    const response = await request(appAt())
      .get('/api/v1/staff/messages')
      .query(query)
      .set('Authorization', authorization)
    expect(response.status).toBe(200)
    return staffMessagePageSchema.parse(response.body)
  }

  it('finds by 查询码 with or without the hyphen, within the unit', async () => {
    const wages = await submit({
      title: '工地拖欠工资',
      content: '老板拖欠我们12名农民工工资三个月了，请帮忙处理。',
      phone: '13900001212',
    })
    await dispatch(wages.id, 'labor-inspection')
    const office = await createStaff(db, { role: 'office', now })
    const inspector = await createStaff(db, { role: 'handler', unit: 'labor-inspection', now })
    const other = await createStaff(db, { role: 'handler', unit: 'social-insurance', now })
    const hyphenated = `${wages.code.slice(0, 4)}-${wages.code.slice(4)}`
    for (const q of [wages.code, hyphenated, hyphenated.toLowerCase(), ` ${wages.code} `]) {
      const page = await inbox(office.authorization, { q })
      expect(page.items.map((row) => row.id)).toEqual([wages.id])
    }
    const row = (await inbox(inspector.authorization, { q: hyphenated })).items[0]
    expect(row).toMatchObject({ id: wages.id, code: wages.code, receivedAt: expect.any(String) })
    expect(row?.receivedAt.startsWith('2026-03-02')).toBe(true)
    expect((await inbox(other.authorization, { q: wages.code })).items).toEqual([])
    expect((await inbox(other.authorization, { q: '拖欠工资' })).items).toEqual([])
  })

  it('finds by the citizen’s phone and records each message shown as a personal-data read', async () => {
    const first = await submit({
      title: '社保卡补办',
      content: '我的社会保障卡丢了，怎么补办？',
      phone: '13900001212',
    })
    const second = await submit(
      { title: '养老金发放', content: '基本养老金什么时候发放？', phone: '13900001212' },
      new Date('2026-03-03T02:00:00Z'),
    )
    await submit({ title: '其他问题', content: '想咨询一下就业补贴。', phone: '13700002323' })
    const office = await createStaff(db, { role: 'office', now })
    const { MessageEvent } = createModels(db)
    const before = await MessageEvent.countDocuments({ type: 'personal_data_viewed' })
    const page = await inbox(office.authorization, { q: '139-0000-1212' })
    expect(page.items.map((row) => row.id)).toEqual([second.id, first.id])
    const reads = await MessageEvent.find({ type: 'personal_data_viewed' }).lean()
    expect(reads).toHaveLength(before + 2)
    expect(reads.map((event) => String(event.messageId)).sort()).toEqual(
      [first.id, second.id].sort(),
    )
    expect(reads.every((event) => event.visibleToCitizen === false)).toBe(true)
    expect(reads[0]?.data).toMatchObject({ purpose: 'phone-search' })
    // A handler of a unit that holds none of them finds nothing, and nothing is recorded.
    const handler = await createStaff(db, { role: 'handler', unit: 'employment', now })
    expect((await inbox(handler.authorization, { q: '13900001212' })).items).toEqual([])
    expect(await MessageEvent.countDocuments({ type: 'personal_data_viewed' })).toBe(before + 2)
  })

  it('finds by words of title and text with synonyms; filters by category and received date', async () => {
    const card = await submit({
      category: 'consult',
      title: '社会保障卡补办',
      content: '我的卡丢了，请问在哪里补办？',
      phone: '13900001212',
    })
    const later = await submit(
      { title: '社保卡挂失', content: '社保卡丢了怎么挂失？', phone: '13900003434' },
      new Date('2026-03-04T02:00:00Z'),
    )
    const office = await createStaff(db, { role: 'office', now })
    const ids = async (query: Record<string, string>) =>
      (await inbox(office.authorization, query)).items.map((row) => row.id)
    expect(await ids({ q: '社保卡' })).toEqual([later.id, card.id])
    expect(await ids({ q: '社保卡', category: 'consult' })).toEqual([card.id])
    expect(await ids({ q: '社保卡', from: '2026-03-03' })).toEqual([later.id])
    expect(await ids({ q: '社保卡', to: '2026-03-02' })).toEqual([card.id])
    expect(await ids({ category: 'complaint', view: 'unassigned' })).toEqual([later.id])
    expect(await ids({ q: '社保卡', view: 'open' })).toEqual([])
    for (const q of ['.*', '{"$gt":""}', '$where']) expect(await ids({ q })).toEqual([])
    const bad = await request(appAt())
      .get('/api/v1/staff/messages')
      .query({ q: '社保卡', from: '2026-03-05', to: '2026-03-01' })
      .set('Authorization', office.authorization)
      .expect(400)
    expect(bad.body.error.message).toBeTruthy()
    await request(appAt())
      .get('/api/v1/staff/messages')
      .query({ q: '字'.repeat(51) })
      .set('Authorization', office.authorization)
      .expect(400)
    await request(appAt())
      .get('/api/v1/staff/messages?q=a&q=b')
      .set('Authorization', office.authorization)
      .expect(400)
  })
})

describe('indexing what was stored before search', () => {
  it('stores the words of messages and publications that lack them', async () => {
    const message = await insertAnsweredMessage(db, {
      title: '欠薪投诉',
      content: '公司拖欠我们12名农民工工资。',
    })
    const { Message } = createModels(db)
    await Message.updateOne(
      { _id: message._id },
      { $unset: { searchWords: 1, searchFields: 1, searchVersion: 1 } },
    )
    const office = await createStaff(db, { role: 'office', now })
    const find = async () =>
      (
        await request(appAt())
          .get('/api/v1/staff/messages')
          .query({ q: '拖欠工资' })
          .set('Authorization', office.authorization)
          .expect(200)
      ).body.items.map((row: { id: string }) => row.id)
    expect(await find()).toEqual([])
    const report = await reindexSearch(createModels(db))
    expect(report.messages).toBeGreaterThanOrEqual(1)
    expect(await find()).toEqual([String(message._id)])
    expect((await reindexSearch(createModels(db))).messages).toBe(0)
  })
})
