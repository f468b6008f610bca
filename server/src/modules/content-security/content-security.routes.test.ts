import request from 'supertest'
import pino from 'pino'
import { apiErrorBodySchema, publicationDraftSchema } from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { buildTestApp, testConfig } from '../../../../test/support/app'
import { startFakeWeChat, type FakeWeChat } from '../../../../test/support/fake-wechat'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { createWeChatClient } from '../wechat/wechat-client'
import { createContentSecurity, type ContentSecurity } from './content-security.service'

// Monday 2026-03-02, 10:00 Beijing.
const start = new Date('2026-03-02T02:00:00Z')
const TITLE = '灵活就业人员如何参加养老保险'
const CONTENT = '请问灵活就业人员怎样参加职工基本养老保险？需要准备哪些材料？'
const submission = {
  category: 'consult',
  title: TITLE,
  content: CONTENT,
  phone: '13900001212',
  allowPublish: true,
  consent: true,
}

const db = useTestDatabase()
let wechat: FakeWeChat
beforeAll(async () => {
  wechat = await startFakeWeChat()
})
afterEach(() => {
  wechat.codes.clear()
  wechat.secChecks.length = 0
  wechat.secCheckAnswers.length = 0
})
afterAll(() => wechat.close())

/** The app with WeChat at `apiBaseUrl` (the fake by default), a movable clock and its checker. */
function setup(apiBaseUrl = wechat.url) {
  const clock = { now: start }
  const wechatConfig = { ...wechat.config().wechat, apiBaseUrl }
  const client = createWeChatClient({ config: wechatConfig })
  const contentSecurity: ContentSecurity = createContentSecurity({
    models: createModels(db),
    wechat: client,
    clock: () => clock.now,
    log: pino({ level: 'silent' }),
  })
  const { callback } = buildTestApp(db, {
    clock: () => clock.now,
    config: { wechat: wechatConfig },
    wechat: client,
    contentSecurity,
  })
  return { clock, contentSecurity, callback }
}

/** Signs a citizen in through the fake WeChat (also when the content check points elsewhere). */
async function signIn(openid: string) {
  const code = `code-${openid}-${Math.random().toString(36).slice(2)}`
  wechat.codes.set(code, openid)
  const { callback } = buildTestApp(db, { clock: () => start, config: wechat.config() })
  const response = await request(callback).post('/api/v1/auth/wechat').send({ code }).expect(200)
  return `Bearer ${response.body.token as string}`
}

/** Submits as a signed-in citizen, then answers the message so that it can be published. */
async function submitAndAnswer(
  env: ReturnType<typeof setup>,
  authorization: string | null,
): Promise<string> {
  const submit = request(env.callback).post('/api/v1/messages').send(submission)
  const response = await (authorization ? submit.set('Authorization', authorization) : submit)
  expect(response.status).toBe(201)
  await env.contentSecurity.settled()
  const { Message } = createModels(db)
  const message = await Message.findOne({ code: response.body.code }).lean()
  if (!message) throw new Error('message not stored')
  const answeredAt = new Date(start.getTime() + 3600_000)
  await Message.updateOne(
    { _id: message._id },
    {
      $set: {
        status: 'replied',
        unit: 'social-insurance',
        answer: {
          kind: 'reply',
          content: '您好！可持身份证到社保经办机构办理参保登记。',
          answeredAt,
        },
        firstAnsweredAt: answeredAt,
      },
    },
  )
  return String(message._id)
}

const publishable = (messageId: string, override?: string) => ({
  messageId,
  title: TITLE,
  question: CONTENT,
  answer: '您好！可持身份证到社保经办机构办理参保登记。',
  ...(override ? { override: { reason: override } } : {}),
})

async function officeAuth() {
  return (await createStaff(db, { role: 'office', now: start })).authorization
}

async function draftCheck(callback: ReturnType<typeof setup>['callback'], messageId: string) {
  const response = await request(callback)
    .get(`/api/v1/staff/publications/draft/${messageId}`)
    .set('Authorization', await officeAuth())
    .expect(200)
  return publicationDraftSchema.parse(response.body).contentCheck
}

async function contentCheckOf(messageId: string) {
  const message = await createModels(db).Message.findById(messageId).lean()
  return message?.contentCheck
}

describe('WeChat content check of a submitted message', () => {
  it('checks the title and text once with the author’s openid (v2, scene 论坛) and stores the result', async () => {
    const env = setup()
    const messageId = await submitAndAnswer(env, await signIn('openid-alice'))

    expect(wechat.secChecks).toHaveLength(1)
    expect(wechat.secChecks[0]?.body).toEqual({
      version: 2,
      openid: 'openid-alice',
      scene: 3,
      content: `${TITLE}\n${CONTENT}`,
    })
    expect(await contentCheckOf(messageId)).toMatchObject({
      status: 'done',
      suggest: 'pass',
      label: 100,
      traceId: 'trace-1',
      attempts: 1,
    })
    expect(await draftCheck(env.callback, messageId)).toEqual({
      state: 'pass',
      label: 100,
      labelText: '正常',
    })
    const published = await request(env.callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', await officeAuth())
      .send(publishable(messageId))
    expect(published.status).toBe(201)
  })

  it('a risky message is received, and 回复选登 refuses it without an override reason', async () => {
    wechat.secCheckAnswers.push({ suggest: 'risky', label: 20003 })
    const env = setup()
    const messageId = await submitAndAnswer(env, await signIn('openid-bob'))

    expect(await draftCheck(env.callback, messageId)).toEqual({
      state: 'risky',
      label: 20003,
      labelText: '辱骂',
    })
    const authorization = await officeAuth()
    const refused = await request(env.callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', authorization)
      .send(publishable(messageId))
    expect(refused.status).toBe(422)
    const error = apiErrorBodySchema.parse(refused.body).error
    expect(error.code).toBe('content_risk')
    expect(error.message).toContain('存在风险（辱骂）')
    expect(error.message).toContain('填写理由后仍要发布')
    const models = createModels(db)
    expect(await models.Publication.countDocuments()).toBe(0)

    const reason = '经人工核对，留言为正常政策咨询，检测结果有误'
    const published = await request(env.callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', authorization)
      .send(publishable(messageId, reason))
    expect(published.status).toBe(201)
    const event = await models.MessageEvent.findOne({ type: 'published' }).lean()
    expect(event?.data).toMatchObject({
      overrideReason: reason,
      overriddenContentCheck: { state: 'risky', label: 20003, labelText: '辱骂' },
    })
  })

  it('WeChat down: the message is received (no 500), publishing waits, and the check is retried', async () => {
    wechat.secCheckAnswers.push({ httpStatus: 502 })
    const env = setup()
    const messageId = await submitAndAnswer(env, await signIn('openid-carol'))

    expect(await contentCheckOf(messageId)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: new Date(start.getTime() + 60_000),
    })
    expect(await draftCheck(env.callback, messageId)).toEqual({ state: 'pending' })
    const refused = await request(env.callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', await officeAuth())
      .send(publishable(messageId))
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toContain('尚未完成')

    // Not due yet: nothing is sent.
    expect(await env.contentSecurity.checkDue()).toEqual({ done: 0, pending: 0, failed: 0 })
    env.clock.now = new Date(start.getTime() + 61_000)
    expect(await env.contentSecurity.checkDue()).toEqual({ done: 1, pending: 0, failed: 0 })
    expect(wechat.secChecks).toHaveLength(2)
    expect(await contentCheckOf(messageId)).toMatchObject({ status: 'done', suggest: 'pass' })
    expect(await draftCheck(env.callback, messageId)).toMatchObject({ state: 'pass' })
  })

  it('WeChat unreachable altogether: still 201, the check waits for the scheduler', async () => {
    const env = setup('http://127.0.0.1:9')
    const messageId = await submitAndAnswer(env, await signIn('openid-dan'))
    expect(await contentCheckOf(messageId)).toMatchObject({ status: 'pending', attempts: 1 })
    expect(await contentCheckOf(messageId)).toHaveProperty('lastError')
  })

  it('a permanent refusal by WeChat ends the attempts; publishing then needs the override', async () => {
    wechat.secCheckAnswers.push({ errcode: 40003, errmsg: 'invalid openid' })
    const env = setup()
    const messageId = await submitAndAnswer(env, await signIn('openid-erin'))
    expect(await contentCheckOf(messageId)).toMatchObject({ status: 'failed', attempts: 1 })
    expect(await draftCheck(env.callback, messageId)).toEqual({ state: 'failed' })
    const published = await request(env.callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', await officeAuth())
      .send(publishable(messageId, '微信未能检测，已由办公室人工审核'))
    expect(published.status).toBe(201)
  })

  it('a message sent without a WeChat login cannot be checked and is not held back', async () => {
    const env = setup()
    const messageId = await submitAndAnswer(env, null)
    expect(wechat.secChecks).toHaveLength(0)
    expect(await contentCheckOf(messageId)).toMatchObject({ status: 'skipped' })
    expect(await draftCheck(env.callback, messageId)).toEqual({ state: 'not_applicable' })
    const published = await request(env.callback)
      .post('/api/v1/staff/publications')
      .set('Authorization', await officeAuth())
      .send(publishable(messageId))
    expect(published.status).toBe(201)
  })
})

describe('without WeChat configured', () => {
  it('checks nothing, and the draft says the check is off', async () => {
    const { callback } = buildTestApp(db, { clock: () => start })
    expect(testConfig().wechat.credentials).toBeUndefined()
    const response = await request(callback).post('/api/v1/messages').send(submission).expect(201)
    const { Message } = createModels(db)
    const message = await Message.findOne({ code: response.body.code }).lean()
    expect(message?.contentCheck).toBeUndefined()
    const answeredAt = new Date(start.getTime() + 3600_000)
    await Message.updateOne(
      { _id: message?._id },
      {
        $set: {
          status: 'replied',
          answer: {
            kind: 'reply',
            content: '您好！可持身份证到社保经办机构办理参保登记。',
            answeredAt,
          },
        },
      },
    )
    expect(await draftCheck(callback, String(message?._id))).toEqual({ state: 'off' })
    expect(wechat.secChecks).toHaveLength(0)
  })
})
