import http from 'node:http'
import type { AddressInfo } from 'node:net'
import request from 'supertest'
import pino from 'pino'
import { attachmentListSchema, uploadedAttachmentSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp, testConfig } from '../../../../test/support/app'
import { insertAnsweredMessage } from '../../../../test/support/messages'
import { createStaff } from '../../../../test/support/staff'
import { heicBytes, jpegWithGps, pdfBytes, png } from '../../../../test/support/images'
import { createModels } from '../../db/models'
import { ATTACHMENT_BUCKET, gridFsAttachmentStore } from './attachment-store'
import { createAttachmentsService } from './attachments.service'

const db = useTestDatabase()
afterEach(async () => {
  // GridFS collections have no mongoose model: useTestDatabase does not empty them.
  await db.collection(`${ATTACHMENT_BUCKET}.files`).deleteMany({})
  await db.collection(`${ATTACHMENT_BUCKET}.chunks`).deleteMany({})
})

// Tuesday 2025-09-30 10:00 Beijing time.
const now = new Date('2025-09-30T02:00:00Z')
const HOUR = 60 * 60 * 1000

type Callback = ReturnType<typeof buildTestApp>['callback']
const appAt = (at: Date = now, config = {}): Callback =>
  buildTestApp(db, { clock: () => at, config }).callback

const phone = '13800001234'
const messageBody = {
  category: 'complaint',
  title: '工地老板拖欠工资',
  content: '我在七星关区一个工地做钢筋工，老板拖欠三个月工资一直不发，请帮忙处理。',
  phone,
  allowPublish: false,
  consent: true,
}

function upload(app: Callback, bytes: Buffer, filename = 'photo.jpg', type = 'image/jpeg') {
  return request(app)
    .post('/api/v1/attachments')
    .attach('file', bytes, { filename, contentType: type })
}

async function uploadToken(app: Callback, bytes: Buffer, filename?: string) {
  const response = await upload(app, bytes, filename).expect(201)
  return uploadedAttachmentSchema.parse(response.body).token
}

/** A message with the photos, sent by the citizen, assigned by the office to `unit`. */
async function messageWithPhotos(app: Callback, photos: Buffer[], unit = 'labor-inspection') {
  const tokens: string[] = []
  for (const photo of photos) tokens.push(await uploadToken(app, photo))
  const submitted = await request(app)
    .post('/api/v1/messages')
    .send({ ...messageBody, attachments: tokens })
    .expect(201)
  const office = await createStaff(db, { role: 'office', now })
  await request(app)
    .post(`/api/v1/staff/messages/${submitted.body.id}/assign`)
    .set('Authorization', office.authorization)
    .send({ unit })
    .expect(200)
  return { id: submitted.body.id as string, code: submitted.body.code as string, tokens, office }
}

const bytesOf = (response: request.Response): Buffer => response.body as Buffer
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = []
    res.on('data', (chunk: Buffer) => chunks.push(chunk))
    res.on('end', () => done(null, Buffer.concat(chunks)))
  })

describe('photos with a message', () => {
  it('a citizen attaches two photos; staff of the unit download them without EXIF or GPS', async () => {
    const app = appAt()
    const { id, code, tokens } = await messageWithPhotos(app, [
      jpegWithGps(),
      png({ metadata: true }),
    ])

    const { Attachment } = createModels(db)
    const stored = await Attachment.find({ messageId: id }).sort({ uploadedAt: 1 }).lean()
    expect(stored.map((a) => [a.state, a.part, a.contentType])).toEqual([
      ['attached', 'message', 'image/jpeg'],
      ['attached', 'message', 'image/png'],
    ])

    const handler = await createStaff(db, { role: 'handler', unit: 'labor-inspection', now })
    const list = await request(app)
      .get(`/api/v1/staff/messages/${id}/attachments`)
      .set('Authorization', handler.authorization)
      .expect(200)
    const items = attachmentListSchema.parse(list.body).items
    expect(items.map((i) => i.contentType)).toEqual(['image/jpeg', 'image/png'])
    // The tokens that attach uploads are never shown again.
    expect(JSON.stringify(list.body)).not.toContain(tokens[0])

    const jpeg = await binary(
      request(app)
        .get(`/api/v1/staff/messages/${id}/attachments/${items[0]?.id}`)
        .set('Authorization', handler.authorization),
    ).expect(200)
    expect(jpeg.headers['content-type']).toBe('image/jpeg')
    expect(jpeg.headers['content-disposition']).toMatch(
      /^attachment; filename="photo-[0-9a-f]{24}\.jpg"$/,
    )
    expect(jpeg.headers['x-content-type-options']).toBe('nosniff')
    const bytes = bytesOf(jpeg)
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    for (const text of ['Exif', 'GPS', 'xmpmeta', 'Photoshop', 'Bijie']) {
      expect(bytes.includes(text)).toBe(false)
    }
    expect(bytes.length).toBe(items[0]?.size)

    const pngResponse = await binary(
      request(app)
        .get(`/api/v1/staff/messages/${id}/attachments/${items[1]?.id}`)
        .set('Authorization', handler.authorization),
    ).expect(200)
    expect(pngResponse.headers['content-type']).toBe('image/png')
    expect(bytesOf(pngResponse).includes('GPS')).toBe(false)

    // The citizen sees their own photos through the same proof as their lookup (code + phone).
    const own = await request(app)
      .get(`/api/v1/messages/${code}/attachments`)
      .query({ phone })
      .expect(200)
    expect(attachmentListSchema.parse(own.body).items.map((i) => i.id)).toEqual(
      items.map((i) => i.id),
    )
    const ownPhoto = await binary(
      request(app).get(`/api/v1/messages/${code}/attachments/${items[0]?.id}`).query({ phone }),
    ).expect(200)
    expect(bytesOf(ownPhoto)).toEqual(bytes)
  })

  it('another citizen, a handler of another unit and strangers get nothing', async () => {
    const app = appAt()
    const { id, code } = await messageWithPhotos(app, [jpegWithGps()])
    const { Attachment } = createModels(db)
    const photoId = String((await Attachment.findOne({ messageId: id }).lean())?._id)

    const otherUnit = await createStaff(db, { role: 'handler', unit: 'social-insurance', now })
    for (const path of [
      `/api/v1/staff/messages/${id}/attachments`,
      `/api/v1/staff/messages/${id}/attachments/${photoId}`,
    ]) {
      const refused = await request(app)
        .get(path)
        .set('Authorization', otherUnit.authorization)
        .expect(404)
      expect(refused.body.error.message).toBe('留言不存在或不在您的办理范围内')
      await request(app).get(path).expect(401)
    }
    for (const path of [
      `/api/v1/messages/${code}/attachments`,
      `/api/v1/messages/${code}/attachments/${photoId}`,
    ]) {
      const refused = await request(app).get(path).query({ phone: '13900009999' }).expect(404)
      expect(refused.body.error.message).toBe('未找到该留言，请核对查询码和联系电话')
      await request(app).get(path).expect(400)
    }
    // A photo id of another message is not reachable through this one.
    const other = await messageWithPhotos(app, [png()])
    const otherPhoto = String((await Attachment.findOne({ messageId: other.id }).lean())?._id)
    await request(app)
      .get(`/api/v1/messages/${code}/attachments/${otherPhoto}`)
      .query({ phone })
      .expect(404)
    await request(app)
      .get(`/api/v1/messages/${code}/attachments/not-an-id`)
      .query({ phone })
      .expect(404)
  })

  it('refuses a file over 5 MB while it streams, with a clear message, and stores nothing', async () => {
    const big = Buffer.concat([jpegWithGps(), Buffer.alloc(6 * 1024 * 1024, 0x20)])
    const response = await upload(appAt(), big).expect(413)
    expect(response.body.error.message).toBe('照片不能超过 5 MB，请压缩或截图后重新上传')
    expect(await createModels(db).Attachment.countDocuments()).toBe(0)
  })

  it('counts while streaming: a chunked upload without a length stops at 5 MB', async () => {
    const server = http.createServer(appAt())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const boundary = 'zhengmin-test-boundary'
    let sent = 0
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/attachments',
          headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        },
      )
      req.on('error', reject)
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n` +
          'Content-Type: image/jpeg\r\n\r\n',
      )
      req.write(jpegWithGps())
      const chunk = Buffer.alloc(256 * 1024, 0x20)
      // Keep sending (up to 20 MB) until the server answers; it must not wait for the end.
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        req.end(`\r\n--${boundary}--\r\n`)
      }
      pump()
    })
    server.close()
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body).error.message).toBe('照片不能超过 5 MB，请压缩或截图后重新上传')
    expect(sent).toBeLessThan(20 * 1024 * 1024)
    expect(await createModels(db).Attachment.countDocuments()).toBe(0)
  })

  it('reads the type from the bytes: a PDF renamed to .jpg and a HEIC are refused', async () => {
    const app = appAt()
    const pdf = await upload(app, pdfBytes(), 'payslip.jpg', 'image/jpeg').expect(415)
    expect(pdf.body.error.message).toBe('只能上传 JPG、PNG 或 WebP 格式的照片')
    const heic = await upload(app, heicBytes(), 'IMG_0001.HEIC', 'image/heic').expect(415)
    expect(heic.body.error.code).toBe('heic_not_supported')
    expect(heic.body.error.message).toContain('暂不支持 HEIC 格式的照片')
    const broken = await upload(app, jpegWithGps().subarray(0, 60)).expect(400)
    expect(broken.body.error.message).toBe('照片文件已损坏或不完整，请重新选择')
    const notMultipart = await request(app)
      .post('/api/v1/attachments')
      .send({ file: 'x' })
      .expect(415)
    expect(notMultipart.body.error.message).toContain('multipart/form-data')
    expect(await createModels(db).Attachment.countDocuments()).toBe(0)
  })

  it('refuses a 7th photo, an unknown or expired upload, and then stores no message', async () => {
    const app = appAt(now, { rateLimit: { ...testConfig().rateLimit, uploads: 100 } })
    const tokens: string[] = []
    for (let i = 0; i < 7; i += 1) tokens.push(await uploadToken(app, png({ rgb: [i, 0, 0] })))
    const seventh = await request(app)
      .post('/api/v1/messages')
      .send({ ...messageBody, attachments: tokens })
      .expect(400)
    expect(seventh.body.error.message).toBe('最多上传6张照片')

    const unknown = await request(app)
      .post('/api/v1/messages')
      .send({ ...messageBody, attachments: ['A'.repeat(32)] })
      .expect(400)
    expect(unknown.body.error.message).toBe(
      '有照片已失效（已过期或已随其他留言提交），请删除后重新上传',
    )

    const later = appAt(new Date(now.getTime() + 25 * HOUR))
    await request(later)
      .post('/api/v1/messages')
      .send({ ...messageBody, attachments: tokens.slice(0, 1) })
      .expect(400)
    await request(app)
      .post('/api/v1/messages')
      .send({ ...messageBody, attachments: ['$where', { $ne: null }] })
      .expect(400)
    expect(await createModels(db).Message.countDocuments()).toBe(0)
  })

  it('attaches once: a retried submission keeps the photos, another message cannot take them', async () => {
    const app = appAt()
    const token = await uploadToken(app, jpegWithGps())
    const body = { ...messageBody, attachments: [token] }
    const first = await request(app)
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'retry-photo-0001')
      .send(body)
      .expect(201)
    await request(app)
      .post('/api/v1/messages')
      .set('Idempotency-Key', 'retry-photo-0001')
      .send(body)
      .expect(200)
    const { Attachment } = createModels(db)
    expect(await Attachment.countDocuments({ messageId: first.body.id, state: 'attached' })).toBe(1)

    const second = await request(app).post('/api/v1/messages').send(body).expect(400)
    expect(second.body.error.message).toBe(
      '有照片已失效（已过期或已随其他留言提交），请删除后重新上传',
    )
    expect(await createModels(db).Message.countDocuments()).toBe(1)
    const followUp = await request(app)
      .post(`/api/v1/messages/${first.body.code}/follow-up`)
      .send({ phone, content: '再补充一张照片说明情况。', attachments: [token] })
      .expect(400)
    expect(followUp.body.error.code).toBe('validation_failed')
  })

  it('limits uploads per client and pending uploads per uploader', async () => {
    const app = appAt(now, { rateLimit: { ...testConfig().rateLimit, uploads: 2 } })
    await upload(app, png()).expect(201)
    await upload(app, png()).expect(201)
    const limited = await upload(app, png()).expect(429)
    expect(limited.body.error.message).toMatch(/^上传照片过于频繁/)

    const roomy = appAt(now, { rateLimit: { ...testConfig().rateLimit, uploads: 100 } })
    for (let i = 2; i < 12; i += 1) await upload(roomy, png()).expect(201)
    const pending = await upload(roomy, png()).expect(429)
    expect(pending.body.error.code).toBe('too_many_pending_uploads')
  })

  it('removes uploads never attached after 24 hours, bytes and record, and keeps attached ones', async () => {
    const app = appAt()
    const { id } = await messageWithPhotos(app, [jpegWithGps()])
    await uploadToken(app, png())
    const models = createModels(db)
    const files = db.collection(`${ATTACHMENT_BUCKET}.files`)
    expect(await files.countDocuments()).toBe(2)

    const service = createAttachmentsService({
      models,
      store: gridFsAttachmentStore(db),
      clock: () => now,
    })
    const log = pino({ level: 'silent' })
    expect(await service.removeStale(new Date(now.getTime() + 23 * HOUR), log)).toEqual({
      removed: 0,
    })
    expect(await service.removeStale(new Date(now.getTime() + 25 * HOUR), log)).toEqual({
      removed: 1,
    })
    expect(await models.Attachment.countDocuments()).toBe(1)
    expect(await models.Attachment.countDocuments({ messageId: id })).toBe(1)
    expect(await files.countDocuments()).toBe(1)
    expect(await db.collection(`${ATTACHMENT_BUCKET}.chunks`).countDocuments()).toBe(1)
  })
})

describe('photos with a 追问', () => {
  it('attaches the photos of a follow-up as its own part; a bad token stores no follow-up', async () => {
    const at = new Date('2026-03-05T02:00:00Z')
    const app = appAt(at)
    const message = await insertAnsweredMessage(db, { phone })
    const refused = await request(app)
      .post(`/api/v1/messages/${message.code}/follow-up`)
      .send({ phone, content: '工资还是没有发，请再帮忙催一下。', attachments: ['B'.repeat(32)] })
      .expect(400)
    expect(refused.body.error.message).toBe(
      '有照片已失效（已过期或已随其他留言提交），请删除后重新上传',
    )
    const models = createModels(db)
    expect((await models.Message.findById(message._id).lean())?.followUps).toBe(0)

    const token = await uploadToken(app, jpegWithGps())
    await request(app)
      .post(`/api/v1/messages/${message.code}/follow-up`)
      .send({ phone, content: '工资还是没有发，请再帮忙催一下。', attachments: [token] })
      .expect(200)
    expect((await models.Message.findById(message._id).lean())?.followUps).toBe(1)
    const office = await createStaff(db, { role: 'office', now: at })
    const list = await request(app)
      .get(`/api/v1/staff/messages/${message._id}/attachments`)
      .set('Authorization', office.authorization)
      .expect(200)
    expect(attachmentListSchema.parse(list.body).items.map((i) => i.part)).toEqual(['follow-up'])
  })
})

describe('photos are never published or exported', () => {
  it('回复选登 and the export carry no photo, id or token of a published message with photos', async () => {
    const app = appAt(new Date('2026-03-05T02:00:00Z'))
    const message = await insertAnsweredMessage(db)
    const token = await uploadToken(app, jpegWithGps())
    const models = createModels(db)
    const service = createAttachmentsService({
      models,
      store: gridFsAttachmentStore(db),
      clock: () => new Date('2026-03-05T02:00:00Z'),
    })
    await service.attach(message, 'message', [token], pino({ level: 'silent' }))
    const photo = await models.Attachment.findOne({ messageId: message._id }).lean()
    expect(photo?.state).toBe('attached')
    const secrets = [token, String(photo?._id), String(photo?.fileId)]

    const office = await createStaff(db, { role: 'office', now: new Date('2026-03-05T02:00:00Z') })
    const auth = office.authorization
    const draft = await request(app)
      .get(`/api/v1/staff/publications/draft/${message._id}`)
      .set('Authorization', auth)
      .expect(200)
    const published = await request(app)
      .post('/api/v1/staff/publications')
      .set('Authorization', auth)
      .send({
        messageId: String(message._id),
        title: '灵活就业人员如何参加养老保险',
        question: '灵活就业人员想参加城镇职工养老保险，需要带哪些材料？',
        answer: '灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。',
      })
      .expect(201)
    const bodies = [
      draft.text,
      published.text,
      (await request(app).get('/api/v1/publications').expect(200)).text,
      (await request(app).get(`/api/v1/publications/${published.body.id}`).expect(200)).text,
      (await request(app).get('/api/v1/staff/publications').set('Authorization', auth).expect(200))
        .text,
      (
        await request(app)
          .get('/api/v1/staff/stats/export')
          .query({ kind: 'messages', format: 'csv', from: '2026-03-01', to: '2026-03-05' })
          .set('Authorization', auth)
          .expect(200)
      ).text,
    ]
    for (const body of bodies) {
      for (const secret of secrets) expect(body).not.toContain(secret)
      expect(body).not.toMatch(/attachment|照片/i)
    }
    // The export did list the message itself.
    expect(bodies[5]).toContain(message.title)
  })
})
