import request from 'supertest'
import { generateLookupCode, isLookupCode } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp, testConfig } from '../../../../test/support/app'
import { createModels } from '../../db/models'

const validBody = {
  category: 'consult',
  title: '失业保险金怎么申领',
  content: '我上个月被公司裁员，想了解失业保险金的申领条件和需要准备的材料。',
  name: '张三',
  phone: '138 0000 1234',
  allowPublish: false,
  consent: true,
}

// Tuesday 2025-09-30 10:00 Beijing time.
const fixedNow = new Date('2025-09-30T02:00:00Z')

const db = useTestDatabase()

function appAt(now = fixedNow, config = {}) {
  return buildTestApp(db, { clock: () => now, config }).callback
}

describe('POST /api/v1/messages', () => {
  it('stores the message and answers 201 with its code and reply deadline', async () => {
    const response = await request(appAt()).post('/api/v1/messages').send(validBody).expect(201)

    expect(response.body).toMatchObject({
      status: 'submitted',
      receivedAt: '2025-09-30T10:00:00.000+08:00',
      receivedDate: '2025-09-30',
      // National Day week: 10-01…10-08 are rest days, 10-11 (Saturday) is a make-up working day.
      dueDate: '2025-10-14',
      dueAt: '2025-10-15T00:00:00.000+08:00',
      provisional: false,
    })
    expect(isLookupCode(response.body.code)).toBe(true)
    const { Message, MessageEvent } = createModels(db)
    const stored = await Message.findById(response.body.id).lean()
    expect(stored).toMatchObject({
      code: response.body.code,
      category: 'consult',
      title: validBody.title,
      name: '张三',
      phone: '13800001234',
      allowPublish: false,
      status: 'submitted',
      dueDate: response.body.dueDate,
    })
    const events = await MessageEvent.find({ messageId: stored?._id }).lean()
    expect(events.map((e) => e.type)).toEqual(['submitted'])
  })

  it('gives every message a different lookup code', async () => {
    const codes = new Set<string>()
    const callback = appAt(fixedNow, {
      rateLimit: { ...testConfig().rateLimit, submissions: 100, lookups: 30, windowSeconds: 60 },
    })
    for (let i = 0; i < 20; i += 1) {
      const response = await request(callback).post('/api/v1/messages').send(validBody).expect(201)
      codes.add(response.body.code)
    }
    expect(codes.size).toBe(20)
  })

  it.each([
    ['category', { category: 'praise' }, '请选择留言类型'],
    ['title', { title: '' }, '请填写留言标题'],
    ['title', { title: '长'.repeat(51) }, '标题不能超过50个字'],
    ['content', { content: '太短了' }, '留言内容至少10个字'],
    ['content', { content: '长'.repeat(2001) }, '留言内容不能超过2000个字'],
    ['phone', { phone: '12345' }, '请填写正确的手机号码或带区号的固定电话'],
    ['phone', { phone: undefined }, '请填写联系电话'],
    ['consent', { consent: false }, '请阅读并同意《隐私保护说明》'],
    ['unit', { unit: 'no-such-unit' }, '请选择正确的经办科室'],
    ['unit', { unit: { $ne: null } }, '请选择正确的经办科室'],
    ['allowPublish', { allowPublish: 'yes' }, '请选择是否同意公开'],
  ])('rejects an invalid %s with 400 and stores nothing', async (field, change, message) => {
    const response = await request(appAt())
      .post('/api/v1/messages')
      .send({ ...validBody, ...change })
      .expect(400)

    expect(response.body.error.code).toBe('validation_failed')
    expect(response.body.error.fields).toContainEqual({ field, message })
    expect(await createModels(db).Message.countDocuments()).toBe(0)
  })

  it('accepts a landline number with its area code', async () => {
    const response = await request(appAt())
      .post('/api/v1/messages')
      .send({ ...validBody, phone: '0857-8221234' })
      .expect(201)
    const stored = await createModels(db).Message.findById(response.body.id).lean()
    expect(stored?.phone).toBe('08578221234')
  })

  it('returns the same message for a retried submission with the same Idempotency-Key', async () => {
    const callback = appAt()
    const first = await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'retry-key-0001')
      .send(validBody)
      .expect(201)
    const retry = await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'retry-key-0001')
      .send({ ...validBody, phone: '13800001234' })
      .expect(200)

    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body).toEqual(first.body)
    expect(await createModels(db).Message.countDocuments()).toBe(1)
  })

  it('never creates two messages when the same key arrives concurrently', async () => {
    const callback = appAt()
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        request(callback)
          .post('/api/v1/messages')
          .set('Idempotency-Key', 'concurrent-key-1')
          .send(validBody),
      ),
    )
    const ids = new Set(responses.map((r) => r.body.id))
    expect(responses.every((r) => r.status === 201 || r.status === 200)).toBe(true)
    expect(ids.size).toBe(1)
    expect(await createModels(db).Message.countDocuments()).toBe(1)
  })

  it('finishes a submission whose key was stored but whose message was not', async () => {
    const { Idempotency, Message } = createModels(db)
    const callback = appAt()
    const first = await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'half-done-key-1')
      .send(validBody)
      .expect(201)
    // Simulate a crash between the two writes of the first attempt.
    await Message.deleteMany({})

    const retry = await request(appAt(new Date('2025-10-02T02:00:00Z')))
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'half-done-key-1')
      .send(validBody)
      .expect(200)

    expect(retry.body.id).toBe(first.body.id)
    // Dated from the first attempt, not the retry.
    expect(retry.body.receivedDate).toBe('2025-09-30')
    expect(await Message.countDocuments()).toBe(1)
    expect(await Idempotency.countDocuments()).toBe(1)
  })

  it('answers 409 when a key is reused with another body', async () => {
    const callback = appAt()
    await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'reused-key-01')
      .send(validBody)
      .expect(201)
    const response = await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'reused-key-01')
      .send({ ...validBody, title: '另一个问题' })
      .expect(409)

    expect(response.body.error.code).toBe('idempotency_key_reused')
    expect(await createModels(db).Message.countDocuments()).toBe(1)
  })

  it('rejects a malformed Idempotency-Key with 400', async () => {
    const response = await request(appAt())
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'bad key!')
      .send(validBody)
      .expect(400)
    expect(response.body.error.fields[0].field).toBe('Idempotency-Key')
    expect(await createModels(db).Message.countDocuments()).toBe(0)
  })

  it('limits submissions per client with 429 and Retry-After', async () => {
    const callback = appAt(fixedNow, {
      rateLimit: { ...testConfig().rateLimit, submissions: 2, lookups: 30, windowSeconds: 600 },
    })
    await request(callback).post('/api/v1/messages').send(validBody).expect(201)
    await request(callback).post('/api/v1/messages').send(validBody).expect(201)
    const limited = await request(callback).post('/api/v1/messages').send(validBody).expect(429)

    expect(limited.headers['retry-after']).toBe('600')
    expect(limited.body.error).toMatchObject({
      code: 'rate_limited',
      message: '提交留言过于频繁，请 10 分钟后再试',
    })
    expect(await createModels(db).Message.countDocuments()).toBe(2)
  })

  it('answers a retried submission after the limit with its stored answer (200, Idempotent-Replayed)', async () => {
    const callback = appAt(fixedNow, {
      rateLimit: { ...testConfig().rateLimit, submissions: 1 },
    })
    const key = '3f1c9a52-7d4e-4b8a-9c61-0e2f5a7b8c9d'
    const first = await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', key)
      .send(validBody)
      .expect(201)
    // The limit is reached: a new submission is refused…
    await request(callback).post('/api/v1/messages').send(validBody).expect(429)
    await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', '9b2e4c1a-0f3d-4e5a-8b7c-6d5e4f3a2b1c')
      .send(validBody)
      .expect(429)
    // …but the retry of the stored one gets its answer.
    const retried = await request(callback)
      .post('/api/v1/messages')
      .set('Idempotency-Key', key)
      .send(validBody)
      .expect(200)
    expect(retried.headers['idempotent-replayed']).toBe('true')
    expect(retried.body).toEqual(first.body)
    expect(await createModels(db).Message.countDocuments()).toBe(1)
  })

  it('never stores the fields the schema does not know', async () => {
    const response = await request(appAt())
      .post('/api/v1/messages')
      .send({ ...validBody, status: 'closed', code: 'AAAAAAAA', $where: '1' })
      .expect(201)
    const stored = await createModels(db).Message.findById(response.body.id).lean()
    expect(stored?.status).toBe('submitted')
    expect(stored?.code).not.toBe('AAAAAAAA')
  })
})

describe('a 查询码 already taken', () => {
  it('draws another code for the second message instead of failing or reusing the first', async () => {
    // Bytes that give the same code twice (the collision), then a different one.
    const draws = [
      new Uint8Array(16).fill(1),
      new Uint8Array(16).fill(1),
      new Uint8Array(16).fill(2),
    ]
    const randomBytes = (size: number) =>
      (draws.shift() ?? new Uint8Array(size).fill(3)).slice(0, size)
    const app = buildTestApp(db, { clock: () => fixedNow, randomBytes }).callback

    const first = await request(app).post('/api/v1/messages').send(validBody).expect(201)
    const second = await request(app)
      .post('/api/v1/messages')
      .send({ ...validBody, title: '第二条留言：养老保险转移' })
      .expect(201)

    const codeFrom = (fill: number) => generateLookupCode((size) => new Uint8Array(size).fill(fill))
    expect(first.body.code).toBe(codeFrom(1))
    // The second message's first draw collided with the first message's code; it drew again.
    expect(second.body.code).toBe(codeFrom(2))
    expect(second.body.id).not.toBe(first.body.id)
    const stored = await createModels(db).Message.find({}, { code: 1, title: 1 }).lean()
    expect(stored.map((m) => m.title).sort()).toEqual(
      [validBody.title, '第二条留言：养老保险转移'].sort(),
    )
    expect(new Set(stored.map((m) => m.code)).size).toBe(2)
  })
})
