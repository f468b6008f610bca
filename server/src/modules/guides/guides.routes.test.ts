import request from 'supertest'
import { findShippedGuide, GUIDE_CATALOGUE } from '@zhengmin/config'
import {
  guideListItemSchema,
  staffGuideListItemSchema,
  withoutPendingNotes,
  type Guide,
} from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'

const db = useTestDatabase()

// Friday 2026-03-20 10:00 Beijing.
const friday = new Date('2026-03-20T02:00:00Z')
const appAt = (at: Date = friday) => buildTestApp(db, { clock: () => at }).callback
const DEVICE = 'device-0123456789abcdef'
const SLUG = 'unemployment-benefit-claim'

const officeAuth = async (at: Date = friday) =>
  (await createStaff(db, { role: 'office', now: at })).authorization

function rate(callback: ReturnType<typeof appAt>, body: object, device = DEVICE) {
  return request(callback)
    .post(`/api/v1/guides/${SLUG}/ratings`)
    .set('X-Device-Id', device)
    .send(body)
}

describe('public guides', () => {
  it('lists all 28 services in the standard’s order, by theme and by words', async () => {
    const callback = appAt()
    const all = await request(callback).get('/api/v1/guides').expect(200)
    const items = all.body.items.map((item: unknown) => guideListItemSchema.parse(item))
    expect(items.map((item: { seedItem: number }) => item.seedItem)).toEqual(
      GUIDE_CATALOGUE.map((entry) => entry.seedItem),
    )
    // Each row says how many of the seven parts are verified in full.
    for (const item of items) expect(item.partsTotal).toBe(7)
    const claim = items.find((item: { slug: string }) => item.slug === SLUG)
    expect(claim).toMatchObject({ complete: false, partsVerified: 6 })
    const talent = await request(callback).get('/api/v1/guides?theme=talent').expect(200)
    expect(talent.body.items.every((item: { theme: string }) => item.theme === 'talent')).toBe(true)
    const search = await request(callback)
      .get(`/api/v1/guides?q=${encodeURIComponent('失业保险金')}`)
      .expect(200)
    expect(search.body.items.map((item: { slug: string }) => item.slug)).toContain(SLUG)
    await request(callback).get('/api/v1/guides?theme=other').expect(400)
    // The seeding happened once: 28 stored guides, however often the list is read.
    expect(await createModels(db).Guide.countDocuments()).toBe(GUIDE_CATALOGUE.length)
  })

  it('serves a guide with its satisfaction, cached with an ETag', async () => {
    const callback = appAt()
    const response = await request(callback).get(`/api/v1/guides/${SLUG}`).expect(200)
    // The public reads the shipped guide without the office's notes on pending fields.
    expect(response.body.guide).toEqual(withoutPendingNotes(findShippedGuide(SLUG)))
    expect(JSON.stringify(response.body.guide)).not.toContain('待与')
    expect(response.body.unitName).toBe('市社保局')
    expect(response.body.satisfaction).toEqual({
      rated: 0,
      satisfiedShare: null,
      byLevel: [0, 0, 0, 0, 0],
      minSample: 5,
    })
    await request(callback)
      .get(`/api/v1/guides/${SLUG}`)
      .set('If-None-Match', response.headers.etag as string)
      .expect(304)
    await request(callback).get('/api/v1/guides/no-such-guide').expect(404)
    await request(callback).get('/api/v1/guides/Not_A_Slug').expect(404)
  })
})

describe('rating a guide', () => {
  it('takes one rating per device and day, and shows it in the summary at once', async () => {
    // The dashboard's minimum sample (STATS_MIN_SAMPLE) applies: 2 here, so two ratings show.
    const callback = buildTestApp(db, {
      clock: () => friday,
      config: { statsMinSample: 2 },
    }).callback
    await request(callback).get(`/api/v1/guides/${SLUG}`).expect(200) // warm the cache
    const first = await rate(callback, { level: 5 }).expect(201)
    expect(first.body.satisfaction).toEqual({
      rated: 1,
      satisfiedShare: null,
      byLevel: [0, 0, 0, 0, 1],
      minSample: 2,
    })
    const again = await rate(callback, { level: 4 }).expect(409)
    expect(again.body.error.message).toContain('今天已评价')
    await rate(callback, { level: 3 }, 'another-device-0123456').expect(201)
    const detail = await request(callback).get(`/api/v1/guides/${SLUG}`).expect(200)
    expect(detail.body.satisfaction).toMatchObject({ rated: 2, satisfiedShare: 0.5 })

    // The next day the same device may rate again.
    const saturday = new Date('2026-03-21T02:00:00Z')
    await rate(appAt(saturday), { level: 4 }).expect(201)
  })

  it('requires a reason for the two lowest levels, and a device id', async () => {
    const callback = appAt()
    const missing = await rate(callback, { level: 2 }).expect(400)
    expect(missing.body.error.fields).toEqual([
      { field: 'comment', message: '选择“不满意”或“非常不满意”时，请写下原因，便于我们改进' },
    ])
    await rate(callback, { level: 6 }).expect(400)
    await rate(callback, { level: '5' }).expect(400)
    await request(callback).post(`/api/v1/guides/${SLUG}/ratings`).send({ level: 5 }).expect(400)
    await rate(callback, { level: 5 }, 'short').expect(400)
    await request(callback)
      .post('/api/v1/guides/no-such-guide/ratings')
      .set('X-Device-Id', DEVICE)
      .send({ level: 5 })
      .expect(404)
    expect(await createModels(db).GuideRating.countDocuments()).toBe(0)
  })
})

describe('the office’s guide pages', () => {
  it.each([
    ['get', '/api/v1/staff/guides'],
    ['get', `/api/v1/staff/guides/${SLUG}`],
    ['get', '/api/v1/staff/guide-ratings'],
  ])('%s %s: 401 without a login, 403 for a handler', async (method, path) => {
    const agent = request(appAt())
    await agent[method as 'get'](path).expect(401)
    const handler = await createStaff(db, { role: 'handler', now: friday })
    await agent[method as 'get'](path).set('Authorization', handler.authorization).expect(403)
  })

  it('warns of a recorded change whose 20 working days run out', async () => {
    const authorization = await officeAuth()
    // In force on Monday 2026-03-02: the update is due by Monday 2026-03-30.
    await request(appAt())
      .post(`/api/v1/staff/guides/${SLUG}/pending-change`)
      .set('Authorization', authorization)
      .send({ effectiveOn: '2026-03-02', note: '申领材料调整为只需身份证' })
      .expect(200)
    const statusOn = async (at: Date) => {
      const list = await request(appAt(at))
        .get('/api/v1/staff/guides')
        .set('Authorization', await officeAuth(at))
        .expect(200)
      const row = staffGuideListItemSchema.parse(
        list.body.items.find((item: { slug: string }) => item.slug === SLUG),
      )
      return row.disclosure
    }
    expect(await statusOn(friday)).toEqual({
      state: 'on-track',
      dueDate: '2026-03-30',
      workingDaysLeft: 6,
    })
    expect(await statusOn(new Date('2026-03-23T02:00:00Z'))).toMatchObject({
      state: 'due-soon',
      workingDaysLeft: 5,
    })
    expect(await statusOn(new Date('2026-03-31T02:00:00Z'))).toMatchObject({
      state: 'overdue',
      workingDaysLeft: -1,
    })
    await request(appAt())
      .post(`/api/v1/staff/guides/${SLUG}/pending-change`)
      .set('Authorization', authorization)
      .send({ effectiveOn: '2026-02-30', note: '日期不存在' })
      .expect(400)
  })

  it('publishes a new version with its history, and the public sees it at once', async () => {
    const authorization = await officeAuth()
    const callback = appAt()
    await request(callback).get(`/api/v1/guides/${SLUG}`).expect(200) // warm the cache
    await request(callback)
      .post(`/api/v1/staff/guides/${SLUG}/pending-change`)
      .set('Authorization', authorization)
      .send({ effectiveOn: '2026-03-02', note: '新增常见问题' })
      .expect(200)
    const loaded = await request(callback)
      .get(`/api/v1/staff/guides/${SLUG}`)
      .set('Authorization', authorization)
      .expect(200)
    const guide = loaded.body.guide as Guide
    const edited: Guide = {
      ...guide,
      faq: [...guide.faq, { question: '可以委托他人办理吗？', answer: '请向经办窗口咨询。' }],
    }
    const put = (baseVersion: number, body: Partial<{ guide: unknown; summary: string }> = {}) =>
      request(callback)
        .put(`/api/v1/staff/guides/${SLUG}`)
        .set('Authorization', authorization)
        .send({ baseVersion, guide: edited, summary: '新增一条常见问题', ...body })

    const published = await put(guide.version).expect(200)
    expect(published.body.guide).toMatchObject({
      version: guide.version + 1,
      lastChangedOn: '2026-03-20',
      lastReviewedOn: '2026-03-20',
      changeEffectiveOn: { status: 'known', value: '2026-03-02' },
    })
    expect(published.body.disclosure).toEqual({ state: 'current' })
    expect(published.body.history).toEqual([
      expect.objectContaining({
        version: guide.version + 1,
        summary: '新增一条常见问题',
        changedParts: ['变更生效日期', '常见问题'],
        changes: ['新增常见问题“可以委托他人办理吗？”'],
        disclosedOnTime: true,
      }),
    ])
    const pub = await request(callback).get(`/api/v1/guides/${SLUG}`).expect(200)
    expect(pub.body.guide.faq.at(-1).question).toBe('可以委托他人办理吗？')

    // Edited from the old version: someone else published first.
    expect((await put(guide.version)).status).toBe(409)
    // The same text again: nothing to publish.
    expect((await put(guide.version + 1, { guide: published.body.guide })).status).toBe(422)
    // Invalid content names the field.
    const invalid = await put(guide.version + 1, { guide: { ...edited, theme: 'other' } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.error.fields[0].field).toBe('guide.theme')
    expect(
      (await put(guide.version + 1, { guide: { ...edited, slug: 'other-slug' } })).status,
    ).toBe(400)
  })

  it('lists low ratings for a response and records it once', async () => {
    const callback = appAt()
    await rate(callback, { level: 1, comment: '材料清单和窗口要求不一致' }).expect(201)
    await rate(callback, { level: 5 }, 'another-device-0123456').expect(201)
    const authorization = await officeAuth()
    const open = await request(callback)
      .get('/api/v1/staff/guide-ratings')
      .set('Authorization', authorization)
      .expect(200)
    expect(open.body.items).toEqual([
      expect.objectContaining({
        slug: SLUG,
        guideName: '失业保险金申领',
        level: 1,
        comment: '材料清单和窗口要求不一致',
      }),
    ])
    expect(JSON.stringify(open.body)).not.toContain(DEVICE)
    const id = open.body.items[0].id as string
    const respond = (text: string) =>
      request(callback)
        .post(`/api/v1/staff/guide-ratings/${id}/response`)
        .set('Authorization', authorization)
        .send({ text })
    await respond('短').expect(400)
    const answered = await respond('已核对窗口要求并更新材料清单').expect(200)
    expect(answered.body.response).toMatchObject({ text: '已核对窗口要求并更新材料清单' })
    await respond('再次处理的说明').expect(409)
    const list = await request(callback)
      .get('/api/v1/staff/guide-ratings?status=answered')
      .set('Authorization', authorization)
      .expect(200)
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([id])
    const staffList = await request(callback)
      .get('/api/v1/staff/guides')
      .set('Authorization', authorization)
      .expect(200)
    expect(
      staffList.body.items.find((item: { slug: string }) => item.slug === SLUG).openLowRatings,
    ).toBe(0)
  })
})
