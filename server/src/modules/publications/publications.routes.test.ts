import request from 'supertest'
import {
  apiErrorBodySchema,
  publicationDraftSchema,
  publicationPageSchema,
  publicationSchema,
  staffPublicationSchema,
} from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { insertAnsweredMessage } from '../../../../test/support/messages'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

const db = useTestDatabase()

// Thursday 2026-03-05 10:00 Beijing.
const now = new Date('2026-03-05T02:00:00Z')
const appAt = (at: Date = now, checkMs = 1000) =>
  buildTestApp(db, { clock: () => at, config: { publicCacheCheckMs: checkMs } }).callback

const officeAuth = async () => (await createStaff(db, { role: 'office', now })).authorization

const cleanDraft = (messageId: string) => ({
  messageId,
  title: '灵活就业人员如何参加养老保险',
  question: '灵活就业人员想参加城镇职工养老保险，需要带哪些材料？',
  answer: '灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。',
})

async function publish(authorization: string, body: object) {
  return request(appAt())
    .post('/api/v1/staff/publications')
    .set('Authorization', authorization)
    .send(body)
}

describe('who may use the office routes', () => {
  const routes: [string, string, object | undefined][] = [
    ['get', '/api/v1/staff/publications', undefined],
    ['get', '/api/v1/staff/publications/candidates', undefined],
    ['get', '/api/v1/staff/publications/draft/0123456789abcdef01234567', undefined],
    ['post', '/api/v1/staff/publications/check', cleanDraft('0123456789abcdef01234567')],
    ['post', '/api/v1/staff/publications', cleanDraft('0123456789abcdef01234567')],
    ['post', '/api/v1/staff/publications/batch', { items: [] }],
    ['delete', '/api/v1/staff/publications/0123456789abcdef01234567', { reason: '内容需要更新' }],
  ]

  it.each(routes)('%s %s: 401 without a login, 403 for a handler', async (method, path, body) => {
    const agent = request(appAt())
    const call = () => agent[method as 'get'](path)
    const anonymous = call()
    await (body ? anonymous.send(body) : anonymous).expect(401)
    const handler = await createStaff(db, { role: 'handler', now })
    const asHandler = call().set('Authorization', handler.authorization)
    const response = await (body ? asHandler.send(body) : asHandler)
    expect(response.status).toBe(403)
  })

  it('400 for malformed bodies and queries, naming the field', async () => {
    const authorization = await officeAuth()
    const message = await insertAnsweredMessage(db)
    const cases: [string, object][] = [
      ['messageId', { ...cleanDraft('nope') }],
      ['title', { ...cleanDraft(String(message._id)), title: '短' }],
      ['answer', { ...cleanDraft(String(message._id)), answer: { $gt: '' } }],
      ['override.reason', { ...cleanDraft(String(message._id)), override: { reason: '' } }],
    ]
    for (const [field, body] of cases) {
      const response = await publish(authorization, body).then((r) => r)
      expect(response.status).toBe(400)
      expect(response.body.error.fields.map((f: { field: string }) => f.field)).toContain(field)
    }
    await request(appAt())
      .get('/api/v1/staff/publications?status=deleted')
      .set('Authorization', authorization)
      .expect(400)
    expect(await createModels(db).Publication.countDocuments()).toBe(0)
  })
})

describe('the consent and answer rule', () => {
  it.each([
    ['the author did not allow publication', { allowPublish: false }, '留言人未同意公开'],
    ['the message is not answered', { status: 'assigned' as const, answer: undefined }, '尚未答复'],
    [
      'the answer is a decline',
      {
        status: 'declined' as const,
        answer: { kind: 'decline' as const, content: '不予受理。', answeredAt: now },
      },
      '不予受理',
    ],
    ['a follow-up is being answered', { status: 'reopened' as const }, '追问'],
  ])('422 when %s, and nothing is stored', async (_case, overrides, reason) => {
    const message = await insertAnsweredMessage(db, overrides)
    const response = await publish(await officeAuth(), cleanDraft(String(message._id)))
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('not_publishable')
    expect(response.body.error.message).toContain(reason)
    const models = createModels(db)
    expect(await models.Publication.countDocuments()).toBe(0)
    expect((await models.Message.findById(message._id))?.publicationId).toBeUndefined()
  })

  it('404 for an unknown message', async () => {
    const response = await publish(await officeAuth(), cleanDraft('0123456789abcdef01234567'))
    expect(response.status).toBe(404)
  })

  it('publishes a consented answer once; a second publication is refused', async () => {
    const message = await insertAnsweredMessage(db, { status: 'closed' })
    const authorization = await officeAuth()
    const created = await publish(authorization, cleanDraft(String(message._id))).then((r) => r)
    expect(created.status).toBe(201)
    const publication = staffPublicationSchema.parse(created.body)
    expect(publication).toMatchObject({
      status: 'published',
      category: 'consult',
      unit: 'social-insurance',
      answeredDate: '2026-03-04',
      publishedDate: '2026-03-05',
      messageId: String(message._id),
    })
    const again = await publish(authorization, cleanDraft(String(message._id)))
    expect(again.status).toBe(422)
    expect(again.body.error.message).toContain('已选登')
    const models = createModels(db)
    expect(await models.Publication.countDocuments()).toBe(1)
    const events = await models.MessageEvent.find({ messageId: message._id, type: 'published' })
    expect(events).toHaveLength(1)
    expect(events[0]?.data?.publicationId).toBe(publication.id)
  })
})

describe('a conversation with a 追问', () => {
  const first = {
    kind: 'reply' as const,
    content: '您好！已责成用人单位于12月15日前足额支付拖欠的工资。',
    answeredAt: new Date('2026-03-03T06:00:00Z'),
    unit: 'social-insurance',
  }
  const second = {
    kind: 'reply' as const,
    content: '经再次核实，用人单位已于3月4日支付全部工资，请查收。',
    answeredAt: new Date('2026-03-04T06:00:00Z'),
    unit: 'social-insurance',
  }
  const followUpText = '到今天工资还没有到账，请再帮忙督促。'
  const answered = () =>
    insertAnsweredMessage(db, {
      answer: second,
      answers: [first, second],
      firstAnsweredAt: first.answeredAt,
      followUp: { content: followUpText, at: new Date('2026-03-03T08:00:00Z') },
      followUps: 1,
    })

  it('the draft offers the whole exchange in order, not only the latest answer', async () => {
    const message = await answered()
    const response = await request(appAt())
      .get(`/api/v1/staff/publications/draft/${String(message._id)}`)
      .set('Authorization', await officeAuth())
      .expect(200)
    const draft = publicationDraftSchema.parse(response.body)
    expect(draft.original).toEqual({
      title: message.title,
      question: message.content,
      answer: first.content,
      followUp: followUpText,
      followUpAnswer: second.content,
    })
    expect(draft.answeredDate).toBe('2026-03-03')
    expect(draft.followUpAnsweredDate).toBe('2026-03-04')
  })

  it('publishes the question with both answers in order, or with the first only', async () => {
    const message = await answered()
    const authorization = await officeAuth()
    const created = await publish(authorization, {
      ...cleanDraft(String(message._id)),
      answer: first.content,
      followUp: followUpText,
      followUpAnswer: second.content,
    })
    expect(created.status).toBe(201)
    const id = staffPublicationSchema.parse(created.body).id
    const shown = await request(appAt()).get(`/api/v1/publications/${id}`).expect(200)
    expect(shown.body).toMatchObject({
      answer: first.content,
      answeredDate: '2026-03-03',
      followUp: followUpText,
      followUpAnswer: second.content,
      followUpAnsweredDate: '2026-03-04',
    })

    const other = await answered()
    const firstOnly = await publish(authorization, {
      ...cleanDraft(String(other._id)),
      answer: first.content,
    })
    expect(firstOnly.status).toBe(201)
    expect(firstOnly.body.followUp).toBeUndefined()
  })

  it('scans the 追问 and its answer, and refuses one without the other', async () => {
    const message = await answered()
    const authorization = await officeAuth()
    const base = { ...cleanDraft(String(message._id)), answer: first.content }
    const found = await publish(authorization, {
      ...base,
      followUp: '工资还没到账，我的电话13987654321。',
      followUpAnswer: second.content,
    })
    expect(found.status).toBe(422)
    expect(
      found.body.error.findings.map((f: { field: string; kind: string }) => [f.field, f.kind]),
    ).toEqual([['followUp', 'mobile']])
    const half = await publish(authorization, { ...base, followUp: followUpText })
    expect(half.status).toBe(400)
    const none = await insertAnsweredMessage(db)
    const invented = await publish(authorization, {
      ...cleanDraft(String(none._id)),
      followUp: followUpText,
      followUpAnswer: second.content,
    })
    expect(invented.status).toBe(422)
    expect(await createModels(db).Publication.countDocuments()).toBe(0)
  })
})

describe('personal data stops publication', () => {
  it('422 lists every finding with its field and position; nothing is stored', async () => {
    const message = await insertAnsweredMessage(db)
    const question = '我的电话是13812345678，请尽快回复。'
    const answer = '周晓梅您好！请携带身份证到窗口办理参保登记手续。'
    const response = await publish(await officeAuth(), {
      ...cleanDraft(String(message._id)),
      question,
      answer,
    })
    expect(response.status).toBe(422)
    const { error } = apiErrorBodySchema.parse(response.body)
    expect(error.code).toBe('personal_data_found')
    const findings = error.findings ?? []
    const phone = findings.find((f) => f.field === 'question')
    expect(phone).toMatchObject({ kind: 'mobile', text: '13812345678', suggestion: '138****5678' })
    expect(question.slice(phone?.start, phone?.end)).toBe('13812345678')
    // The author's own name, as entered with the message, is found in the answer.
    expect(findings.find((f) => f.field === 'answer')).toMatchObject({
      kind: 'author-name',
      text: '周晓梅',
      start: 0,
      end: 3,
    })
    expect(await createModels(db).Publication.countDocuments()).toBe(0)
  })

  it('publishes over findings only with a recorded reason', async () => {
    const message = await insertAnsweredMessage(db)
    const body = {
      ...cleanDraft(String(message._id)),
      answer: '经核实，包工头家里座机0857-8221234已停机，监察大队将上门送达责令改正通知书。',
      override: { reason: '该号码已停机，公开不会打扰任何人' },
    }
    const response = await publish(await officeAuth(), body)
    expect(response.status).toBe(201)
    expect(response.body.override).toEqual({
      reason: '该号码已停机，公开不会打扰任何人',
      kinds: ['landline'],
    })
    const models = createModels(db)
    const event = await models.MessageEvent.findOne({ messageId: message._id, type: 'published' })
    expect(event?.data?.overrideReason).toBe('该号码已停机，公开不会打扰任何人')
  })

  it('an office line the answer introduces as public is no finding', async () => {
    const message = await insertAnsweredMessage(db)
    const response = await publish(await officeAuth(), {
      ...cleanDraft(String(message._id)),
      answer: '具体可拨打市就业局咨询电话0857-8222333，或拨打12333咨询。',
    })
    expect(response.status).toBe(201)
    expect(response.body.override).toBeUndefined()
  })

  it('hidden characters hide nothing: the author’s name and phone with zero-width spaces are refused', async () => {
    const message = await insertAnsweredMessage(db, { name: '张三', phone: '13812345678' })
    const question = '我是张\u200b三，电话138\u200b1234\u200b5678，单位一直没有给我缴纳社保。'
    const response = await publish(await officeAuth(), {
      ...cleanDraft(String(message._id)),
      question,
    })
    expect(response.status).toBe(422)
    const findings = apiErrorBodySchema.parse(response.body).error.findings ?? []
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['author-name', '张三'],
      ['author-phone', '13812345678'],
    ])
    expect(await createModels(db).Publication.countDocuments()).toBe(0)
  })

  it('never stores invisible or right-to-left control characters, even when overridden', async () => {
    const message = await insertAnsweredMessage(db)
    const response = await publish(await officeAuth(), {
      ...cleanDraft(String(message._id)),
      title: '灵活就业\u202e人员\u202c如何参保',
      answer: '可到\u200b社保经办机构\ufeff办理参保登记手续。',
      override: { reason: '内容已人工核对，无个人信息' },
    })
    expect(response.status).toBe(201)
    const stored = await createModels(db).Publication.findOne().lean()
    expect(stored?.title).toBe('灵活就业人员如何参保')
    expect(stored?.answer).toBe('可到社保经办机构办理参保登记手续。')
  })

  it('the draft finds personal data behind hidden characters and proposes clean, masked text', async () => {
    const message = await insertAnsweredMessage(db, {
      content:
        '包工头杨德富拖欠工资，他的电话139\u200b0000\u200b5566，我家住七星关区洪山路12号3单元501室。',
    })
    const response = await request(appAt())
      .get(`/api/v1/staff/publications/draft/${String(message._id)}`)
      .set('Authorization', await officeAuth())
      .expect(200)
    const draft = publicationDraftSchema.parse(response.body)
    expect(draft.originalFindings.map((f) => [f.kind, f.text])).toEqual([
      ['person-name', '杨德富'],
      ['mobile', '139\u200b0000\u200b5566'],
      ['address', '七星关区洪山路12号3单元501室'],
    ])
    expect(draft.proposal.question).toBe(
      '包工头杨**拖欠工资，他的电话139****5566，我家住七星关区***。',
    )
    expect(draft.publicContacts).toEqual({ phoneNumbers: [], addresses: [] })
  })

  it('check reports the same findings without storing anything', async () => {
    const message = await insertAnsweredMessage(db)
    const response = await request(appAt())
      .post('/api/v1/staff/publications/check')
      .set('Authorization', await officeAuth())
      .send({ ...cleanDraft(String(message._id)), question: '联系电话139 0000 3434，谢谢。' })
      .expect(200)
    expect(response.body.findings).toEqual([
      expect.objectContaining({ field: 'question', kind: 'author-phone', text: '139 0000 3434' }),
    ])
    expect(await createModels(db).Publication.countDocuments()).toBe(0)
  })

  it('the draft proposes masked text, without sending the author’s contact fields', async () => {
    const message = await insertAnsweredMessage(db, {
      content: '我叫周晓梅，电话13900003434，想咨询灵活就业参保需要哪些材料？',
    })
    const response = await request(appAt())
      .get(`/api/v1/staff/publications/draft/${String(message._id)}`)
      .set('Authorization', await officeAuth())
      .expect(200)
    const draft = publicationDraftSchema.parse(response.body)
    expect(draft.proposal.question).toBe(
      '我叫周**，电话139****3434，想咨询灵活就业参保需要哪些材料？',
    )
    expect(draft.originalFindings.map((f) => f.kind).sort()).toEqual([
      'author-name',
      'author-phone',
    ])
    expect(response.body).not.toHaveProperty('phone')
    expect(response.body).not.toHaveProperty('name')
    const viewed = await createModels(db).MessageEvent.countDocuments({
      messageId: message._id,
      type: 'personal_data_viewed',
    })
    expect(viewed).toBe(1)
  })
})

describe('batch publishing', () => {
  it('publishes several at once', async () => {
    const first = await insertAnsweredMessage(db)
    const second = await insertAnsweredMessage(db, { category: 'suggestion', unit: 'employment' })
    const response = await request(appAt())
      .post('/api/v1/staff/publications/batch')
      .set('Authorization', await officeAuth())
      .send({ items: [cleanDraft(String(first._id)), cleanDraft(String(second._id))] })
      .expect(201)
    expect(response.body.items.map((p: { messageId: string }) => p.messageId)).toEqual([
      String(first._id),
      String(second._id),
    ])
    expect(await createModels(db).Publication.countDocuments({ status: 'published' })).toBe(2)
  })

  it('publishes none when one item is refused, naming the item', async () => {
    const good = await insertAnsweredMessage(db)
    const refused = await insertAnsweredMessage(db, { allowPublish: false })
    const response = await request(appAt())
      .post('/api/v1/staff/publications/batch')
      .set('Authorization', await officeAuth())
      .send({ items: [cleanDraft(String(good._id)), cleanDraft(String(refused._id))] })
      .expect(422)
    expect(response.body.error.fields).toEqual([
      { field: 'items.1.messageId', message: '留言人未同意公开，不能选登' },
    ])
    const models = createModels(db)
    expect(await models.Publication.countDocuments()).toBe(0)
    expect(await models.Message.countDocuments({ publicationId: { $ne: null } })).toBe(0)
  })

  it('publishes none when one item has personal data, naming its message', async () => {
    const good = await insertAnsweredMessage(db)
    const leaky = await insertAnsweredMessage(db)
    const response = await request(appAt())
      .post('/api/v1/staff/publications/batch')
      .set('Authorization', await officeAuth())
      .send({
        items: [
          cleanDraft(String(good._id)),
          { ...cleanDraft(String(leaky._id)), answer: '请将材料发送至 zhou.xm@example.com 邮箱。' },
        ],
      })
      .expect(422)
    expect(response.body.error.findings).toEqual([
      expect.objectContaining({ messageId: String(leaky._id), kind: 'email', field: 'answer' }),
    ])
    expect(await createModels(db).Publication.countDocuments()).toBe(0)
  })

  it('400 for an empty batch, a repeated message or more than 20 items', async () => {
    const authorization = await officeAuth()
    const message = await insertAnsweredMessage(db)
    const draft = cleanDraft(String(message._id))
    for (const items of [[], [draft, draft], Array.from({ length: 21 }, () => draft)]) {
      await request(appAt())
        .post('/api/v1/staff/publications/batch')
        .set('Authorization', authorization)
        .send({ items })
        .expect(400)
    }
  })
})

describe('the public list, search and detail', () => {
  async function published(overrides: Parameters<typeof insertAnsweredMessage>[1], text = {}) {
    const message = await insertAnsweredMessage(db, overrides)
    const response = await publish(await officeAuth(), {
      ...cleanDraft(String(message._id)),
      ...text,
    })
    expect(response.status).toBe(201)
    return response.body.id as string
  }

  it('shows only public fields, newest first, a page at a time', async () => {
    const ids: string[] = []
    for (let i = 0; i < 3; i += 1) {
      const message = await insertAnsweredMessage(db)
      const at = new Date(now.getTime() + i * 60_000)
      const response = await request(appAt(at))
        .post('/api/v1/staff/publications')
        .set('Authorization', (await createStaff(db, { role: 'office', now: at })).authorization)
        .send({ ...cleanDraft(String(message._id)), title: `第${i + 1}条选登标题` })
        .expect(201)
      ids.push(response.body.id as string)
    }
    const first = await request(appAt()).get('/api/v1/publications?limit=2').expect(200)
    const page = publicationPageSchema.parse(first.body)
    expect(page.items.map((p) => p.id)).toEqual([ids[2], ids[1]])
    const second = await request(appAt())
      .get(`/api/v1/publications?limit=2&cursor=${page.nextCursor ?? ''}`)
      .expect(200)
    expect(second.body.items.map((p: { id: string }) => p.id)).toEqual([ids[0]])
    expect(second.body.nextCursor).toBeNull()

    const detail = await request(appAt())
      .get(`/api/v1/publications/${ids[0] ?? ''}`)
      .expect(200)
    expect(Object.keys(detail.body).sort()).toEqual(
      [
        'id',
        'title',
        'question',
        'answer',
        'category',
        'unit',
        'unitName',
        'answeredDate',
        'publishedDate',
      ].sort(),
    )
    expect(publicationSchema.parse(detail.body).unitName).toBe('市社保局')
    for (const body of [JSON.stringify(first.body), JSON.stringify(detail.body)]) {
      expect(body).not.toContain('13900003434')
      expect(body).not.toContain('周晓梅')
      expect(body).not.toMatch(/messageId|code|publishedBy/)
    }
  })

  it('filters by category and unit, and searches title, question and answer literally', async () => {
    const pension = await published({}, { title: '养老保险缴费年限怎么算' })
    const job = await published(
      { category: 'suggestion', unit: 'employment' },
      { title: '建议增加招聘会场次', answer: '感谢建议，我局将根据需求增加 (专场) 招聘会。' },
    )
    const get = (query: string) =>
      request(appAt())
        .get(`/api/v1/publications?${query}`)
        .expect(200)
        .then((r) => r.body.items.map((p: { id: string }) => p.id))
    expect(await get('category=suggestion')).toEqual([job])
    expect(await get('unit=social-insurance')).toEqual([pension])
    expect(await get(`q=${encodeURIComponent('缴费年限')}`)).toEqual([pension])
    expect(await get(`q=${encodeURIComponent('专场')}`)).toEqual([job])
    // Regular-expression syntax is matched as text: '.*' is in no text, '(专场)' is in one.
    expect(await get(`q=${encodeURIComponent('.*')}`)).toEqual([])
    expect(await get(`q=${encodeURIComponent('(专场)')}`)).toEqual([job])
    expect(await get(`q=${encodeURIComponent('(a+)+$')}`)).toEqual([])
    expect(await get('q=%20%20')).toHaveLength(2)
    await request(appAt())
      .get(`/api/v1/publications?q=${'长'.repeat(31)}`)
      .expect(400)
    await request(appAt()).get('/api/v1/publications?category=other').expect(400)
    await request(appAt()).get('/api/v1/publications?q=a&q=b').expect(400)
    await request(appAt()).get('/api/v1/publications?cursor=bm90LWpzb24').expect(400)
  })

  it('404 alike for an unknown, malformed or hidden id', async () => {
    await request(appAt()).get('/api/v1/publications/0123456789abcdef01234567').expect(404)
    await request(appAt()).get('/api/v1/publications/twelve-chars').expect(404)
  })
})

describe('unpublishing', () => {
  it('hides the item from list, detail and search at once, keeping it with the reason', async () => {
    const message = await insertAnsweredMessage(db)
    const authorization = await officeAuth()
    const callback = appAt()
    const created = await request(callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', authorization)
      .send(cleanDraft(String(message._id)))
      .expect(201)
    const id = created.body.id as string
    // Warm the cache first: hiding must reach cached pages too.
    expect(
      (await request(callback).get('/api/v1/publications').expect(200)).body.items,
    ).toHaveLength(1)
    await request(callback).get(`/api/v1/publications/${id}`).expect(200)
    await request(callback).get('/api/v1/publications?q=%E5%8F%82%E4%BF%9D').expect(200)

    await request(callback)
      .delete(`/api/v1/staff/publications/${id}`)
      .set('Authorization', authorization)
      .send({ reason: '答复依据的政策已调整' })
      .expect(200)

    expect((await request(callback).get('/api/v1/publications').expect(200)).body.items).toEqual([])
    await request(callback).get(`/api/v1/publications/${id}`).expect(404)
    expect(
      (await request(callback).get('/api/v1/publications?q=%E5%8F%82%E4%BF%9D').expect(200)).body
        .items,
    ).toEqual([])

    const hidden = await request(callback)
      .get('/api/v1/staff/publications?status=hidden')
      .set('Authorization', authorization)
      .expect(200)
    expect(hidden.body.items).toEqual([
      expect.objectContaining({
        id,
        status: 'hidden',
        hidden: expect.objectContaining({ reason: '答复依据的政策已调整' }),
      }),
    ])
    const models = createModels(db)
    const event = await models.MessageEvent.findOne({ messageId: message._id, type: 'unpublished' })
    expect(event?.data).toMatchObject({ publicationId: id, reason: '答复依据的政策已调整' })

    // The message is a candidate again, marked as hidden before.
    const candidates = await request(callback)
      .get('/api/v1/staff/publications/candidates')
      .set('Authorization', authorization)
      .expect(200)
    expect(candidates.body.items).toEqual([
      expect.objectContaining({ messageId: String(message._id), previouslyHidden: true }),
    ])
  })

  it('409 when already hidden, 404 when unknown, 400 without a reason', async () => {
    const message = await insertAnsweredMessage(db)
    const authorization = await officeAuth()
    const created = await publish(authorization, cleanDraft(String(message._id)))
    const remove = (id: string, body: object) =>
      request(appAt())
        .delete(`/api/v1/staff/publications/${id}`)
        .set('Authorization', authorization)
        .send(body)
    expect((await remove(created.body.id, {})).status).toBe(400)
    expect((await remove(created.body.id, { reason: '答复已过时' })).status).toBe(200)
    expect((await remove(created.body.id, { reason: '答复已过时' })).status).toBe(409)
    expect((await remove('0123456789abcdef01234567', { reason: '答复已过时' })).status).toBe(404)
  })

  it('the author sees that their message was published, not who did it or why it was hidden', async () => {
    const message = await insertAnsweredMessage(db)
    const authorization = await officeAuth()
    const created = await publish(authorization, cleanDraft(String(message._id)))
    await request(appAt())
      .delete(`/api/v1/staff/publications/${String(created.body.id)}`)
      .set('Authorization', authorization)
      .send({ reason: '内部原因不对外说明' })
      .expect(200)
    const lookup = await request(appAt())
      .get(`/api/v1/messages/lookup?code=${message.code}&phone=${message.phone}`)
      .expect(200)
    const labels = lookup.body.history.map((e: { label: string }) => e.label)
    expect(labels).toEqual(
      expect.arrayContaining(['留言及答复已隐去个人信息后选登公开', '选登公开的内容已撤下']),
    )
    expect(JSON.stringify(lookup.body)).not.toContain('内部原因不对外说明')
  })
})

describe('HTTP caching', () => {
  it('answers 304 to a matching ETag, and a fresh page after a publication', async () => {
    const callback = appAt()
    const empty = await request(callback).get('/api/v1/publications').expect(200)
    expect(empty.headers['cache-control']).toBe('public, no-cache')
    const etag = empty.headers.etag as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    await request(callback).get('/api/v1/publications').set('If-None-Match', etag).expect(304)

    const message = await insertAnsweredMessage(db)
    await request(callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', await officeAuth())
      .send(cleanDraft(String(message._id)))
      .expect(201)
    const fresh = await request(callback).get('/api/v1/publications').set('If-None-Match', etag)
    expect(fresh.status).toBe(200)
    expect(fresh.body.items).toHaveLength(1)
    expect(fresh.headers.etag).not.toBe(etag)
  })

  it('another instance sees a change within the check interval', async () => {
    const message = await insertAnsweredMessage(db)
    let readerNow = now.getTime()
    const reader = buildTestApp(db, {
      clock: () => new Date(readerNow),
      config: { publicCacheCheckMs: 1000 },
    }).callback
    const writer = appAt()
    const created = await request(writer)
      .post('/api/v1/staff/publications')
      .set('Authorization', await officeAuth())
      .send(cleanDraft(String(message._id)))
      .expect(201)
    expect((await request(reader).get('/api/v1/publications').expect(200)).body.items).toHaveLength(
      1,
    )

    await request(writer)
      .delete(`/api/v1/staff/publications/${String(created.body.id)}`)
      .set('Authorization', await officeAuth())
      .send({ reason: '答复依据的政策已调整' })
      .expect(200)
    // Within the interval the other instance may still serve its page (the README states this)…
    readerNow += 999
    expect((await request(reader).get('/api/v1/publications').expect(200)).body.items).toHaveLength(
      1,
    )
    // …and once it has passed, the change is there.
    readerNow += 2
    expect((await request(reader).get('/api/v1/publications').expect(200)).body.items).toEqual([])
  })

  it('with a zero interval every request checks, so other instances are never stale', async () => {
    const message = await insertAnsweredMessage(db)
    const reader = appAt(now, 0)
    const writer = appAt(now, 0)
    const created = await publish(await officeAuth(), cleanDraft(String(message._id)))
    await request(reader)
      .get(`/api/v1/publications/${String(created.body.id)}`)
      .expect(200)
    await request(writer)
      .delete(`/api/v1/staff/publications/${String(created.body.id)}`)
      .set('Authorization', await officeAuth())
      .send({ reason: '答复依据的政策已调整' })
      .expect(200)
    await request(reader)
      .get(`/api/v1/publications/${String(created.body.id)}`)
      .expect(404)
  })
})
