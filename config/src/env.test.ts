import { ConfigError, loadConfig } from './env'

describe('WeChat and scheduler configuration', () => {
  it('leaves WeChat off without credentials and runs the scheduler outside tests', () => {
    const config = loadConfig({})
    expect(config.wechat).toMatchObject({
      apiBaseUrl: 'https://api.weixin.qq.com',
      credentials: undefined,
      answerTemplate: undefined,
    })
    expect(config.scheduler).toEqual({
      enabled: true,
      reminderFromMinute: 540,
      reminderUntilMinute: 1050,
      reminderWebhooks: {},
    })
    expect(loadConfig({ NODE_ENV: 'test' }).scheduler.enabled).toBe(false)
    expect(loadConfig({ NODE_ENV: 'test', SCHEDULER_ENABLED: 'true' }).scheduler.enabled).toBe(true)
  })

  it('reads credentials, the answer template and its keyword mapping', () => {
    const config = loadConfig({
      WECHAT_API_BASE_URL: 'http://127.0.0.1:8080/',
      WECHAT_APP_ID: 'wx0123456789abcdef',
      WECHAT_APP_SECRET: '0123456789abcdef0123456789abcdef',
      WECHAT_ANSWER_TEMPLATE_ID: 'tmpl_abcdefghij',
      WECHAT_ANSWER_TEMPLATE_FIELDS: '{"title":"thing2","result":"phrase1","time":"date3"}',
    })
    expect(config.wechat).toEqual({
      apiBaseUrl: 'http://127.0.0.1:8080',
      credentials: { appId: 'wx0123456789abcdef', appSecret: '0123456789abcdef0123456789abcdef' },
      answerTemplate: {
        id: 'tmpl_abcdefghij',
        fields: { title: 'thing2', result: 'phrase1', time: 'date3' },
      },
      timeoutMs: 5000,
    })
  })

  it('takes one webhook URL for everyone or a map per recipient', () => {
    expect(
      loadConfig({ REMINDER_WEBHOOKS: 'https://qyapi.example/robot?key=1' }).scheduler
        .reminderWebhooks,
    ).toEqual({ '*': 'https://qyapi.example/robot?key=1' })
    expect(
      loadConfig({
        REMINDER_WEBHOOKS: '{"office":"https://a.example/1","legal":"https://a.example/2"}',
      }).scheduler.reminderWebhooks,
    ).toEqual({ office: 'https://a.example/1', legal: 'https://a.example/2' })
  })

  it.each([
    [{ WECHAT_APP_ID: 'wx0123456789abcdef' }, 'set together'],
    [{ WECHAT_APP_ID: 'not-an-appid', WECHAT_APP_SECRET: 'x' }, 'WECHAT_APP_ID'],
    [{ WECHAT_ANSWER_TEMPLATE_FIELDS: '{oops' }, 'not valid JSON'],
    [
      { WECHAT_ANSWER_TEMPLATE_FIELDS: '{"title":"thing1"}' },
      'WECHAT_ANSWER_TEMPLATE_FIELDS.result',
    ],
    [{ REMINDER_WEBHOOKS: '{"office":"not a url"}' }, 'REMINDER_WEBHOOKS.office'],
    [{ REMINDER_TIME: '18:00' }, 'REMINDER_LATEST_TIME must be later'],
    [{ REMINDER_TIME: '9am' }, 'REMINDER_TIME'],
  ])('refuses %j', (env, problem) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(problem)
  })
})
