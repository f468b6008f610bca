import request from 'supertest'
import { myGuideRatingsSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'

const db = useTestDatabase()

const friday = new Date('2026-03-20T02:00:00Z')
const app = () => buildTestApp(db, { clock: () => friday }).callback
const DEVICE = 'device-0123456789abcdef'
const OTHER = 'device-fedcba9876543210'
const SLUG = 'unemployment-benefit-claim'

const mine = (device: string | undefined, query = '') => {
  const call = request(app()).get(`/api/v1/guide-ratings/mine${query}`)
  return device ? call.set('X-Device-Id', device) : call
}

describe('差评 replies reach the rater', () => {
  it('the rater sees their low rating, then the office’s response; nobody else sees it', async () => {
    await request(app())
      .post(`/api/v1/guides/${SLUG}/ratings`)
      .set('X-Device-Id', DEVICE)
      .send({ level: 1, comment: '材料清单和窗口要求不一致' })
      .expect(201)
    await request(app())
      .post(`/api/v1/guides/${SLUG}/ratings`)
      .set('X-Device-Id', OTHER)
      .send({ level: 5 })
      .expect(201)

    const before = await mine(DEVICE, `?slug=${SLUG}`).expect(200)
    expect(before.headers['cache-control']).toBe('private, no-store')
    const [rating] = myGuideRatingsSchema.parse(before.body).items
    expect(rating).toMatchObject({
      slug: SLUG,
      guideName: '失业保险金申领',
      level: 1,
      comment: '材料清单和窗口要求不一致',
    })
    expect(rating?.response).toBeUndefined()

    const office = await createStaff(db, { role: 'office', now: friday, displayName: '办公室李四' })
    await request(app())
      .post(`/api/v1/staff/guide-ratings/${rating?.id}/response`)
      .set('Authorization', office.authorization)
      .send({ text: '已核对窗口要求并更新材料清单' })
      .expect(200)

    const after = myGuideRatingsSchema.parse((await mine(DEVICE).expect(200)).body)
    expect(after.items).toHaveLength(1)
    expect(after.items[0]?.response).toEqual({
      text: '已核对窗口要求并更新材料清单',
      at: expect.stringMatching(/^2026-03-20T10:00:00/),
    })
    // Who answered stays internal.
    expect(JSON.stringify(after)).not.toContain('李四')
    // Another rater (whose rating was not low) and another guide list nothing.
    expect((await mine(OTHER).expect(200)).body.items).toEqual([])
    expect(
      (await mine(DEVICE, '?slug=pension-insurance-certificate').expect(200)).body.items,
    ).toEqual([])
  })

  it('400 without a rater or with a malformed guide; no operator reaches the database', async () => {
    const missing = await mine(undefined).expect(400)
    expect(missing.body.error.message).toContain('评价人')
    await mine('short').expect(400)
    await mine(DEVICE, '?slug=$ne').expect(400)
    // Brackets are not parsed into objects: the key is unknown and ignored, never an operator.
    expect((await mine(DEVICE, '?slug[$ne]=x').expect(200)).body.items).toEqual([])
  })
})
