import pino from 'pino'
import { Types } from 'mongoose'
import {
  createWorkingCalendar,
  endOfBeijingDay,
  formatLookupCode,
  SHIPPED_SCHEDULES,
} from '@zhengmin/shared'
import { useTestDatabase } from '../../../../test/support/database'
import { createModels } from '../../db/models'
import {
  buildReminders,
  isReminderTime,
  reminderText,
  webhookReminderSink,
  type Reminder,
  type ReminderCandidate,
  type ReminderSink,
} from './reminders'
import { acquireLease, createScheduler, LEASE_TTL_MS, renewLease } from './scheduler'

const calendar = createWorkingCalendar(SHIPPED_SCHEDULES)
const window = { fromMinute: 9 * 60, untilMinute: 17 * 60 + 30 }
/** An instant in Beijing time. */
const beijing = (date: string, time = '09:05') => new Date(`${date}T${time}:00+08:00`)

type Row = ReminderCandidate
let sequence = 0
function row(dueDate: string, overrides: Partial<Row> = {}): Row {
  sequence += 1
  return {
    _id: new Types.ObjectId(),
    code: `ABCD${String(sequence).padStart(4, '2')}`.slice(0, 8),
    title: `留言${sequence}`,
    unit: 'social-insurance',
    status: 'assigned',
    dueDate,
    dueAt: endOfBeijingDay(dueDate),
    ...overrides,
  }
}

const codes = (reminder: Reminder | undefined, list: 'dueSoon' | 'overdue') =>
  reminder?.[list].map((item) => item.title)

describe('when reminders go out', () => {
  it.each([
    ['a normal Friday at 09:00', beijing('2026-04-03', '09:00'), true],
    ['the same Friday before 09:00', beijing('2026-04-03', '08:59'), false],
    ['the same Friday from 17:30', beijing('2026-04-03', '17:30'), false],
    ['Saturday 2026-04-04, a holiday (清明)', beijing('2026-04-04', '10:00'), false],
    ['Monday 2026-04-06, a holiday in lieu', beijing('2026-04-06', '10:00'), false],
    ['make-up working Saturday 2026-05-09', beijing('2026-05-09', '10:00'), true],
    ['an ordinary Saturday 2026-05-16', beijing('2026-05-16', '10:00'), false],
    ['make-up working Sunday 2026-09-20', beijing('2026-09-20', '09:30'), true],
  ])('%s: %s', (_label, now, expected) => {
    expect(isReminderTime(now, calendar, window)).toBe(expected)
  })
})

describe('who is reminded of what', () => {
  it('on the Friday before 清明, due soon means due by the Tuesday after the holiday', () => {
    const now = beijing('2026-04-03')
    const reminders = buildReminders(
      [
        row('2026-04-07', { title: '周二到期' }),
        row('2026-04-08', { title: '周三到期' }),
        row('2026-04-03', { title: '今日到期' }),
        row('2026-04-02', { title: '昨日已超期' }),
        row('2026-04-02', { title: '就业局超期', unit: 'employment' }),
        row('2026-04-07', { title: '待分办临期', unit: undefined, status: 'submitted' }),
        row('2026-04-01', { title: '已答复', status: 'replied' }),
      ],
      calendar,
      now,
    )
    const of = (recipient: string) => reminders.find((r) => r.recipient === recipient)
    expect(reminders.map((r) => r.recipient).sort()).toEqual([
      'employment',
      'office',
      'social-insurance',
    ])
    expect(codes(of('social-insurance'), 'dueSoon')).toEqual(['今日到期', '周二到期'])
    expect(codes(of('social-insurance'), 'overdue')).toEqual(['昨日已超期'])
    expect(codes(of('employment'), 'overdue')).toEqual(['就业局超期'])
    expect(codes(of('employment'), 'dueSoon')).toEqual([])
    expect(codes(of('office'), 'overdue')).toEqual(['昨日已超期', '就业局超期'])
    expect(codes(of('office'), 'dueSoon')).toEqual(['待分办临期'])
    // Working days left, counted over the holiday: Tuesday is one working day after Friday.
    expect(of('social-insurance')?.dueSoon.map((item) => item.workingDaysLeft)).toEqual([0, 1])
  })

  it('on a make-up Saturday, due soon reaches the Monday after it', () => {
    // Saturday 2026-05-09 is a working day; the next one is Monday 05-11.
    const reminders = buildReminders(
      [row('2026-05-11', { title: '周一到期' }), row('2026-05-12', { title: '周二到期' })],
      calendar,
      beijing('2026-05-09'),
    )
    expect(reminders).toHaveLength(1)
    expect(codes(reminders[0], 'dueSoon')).toEqual(['周一到期'])
  })

  it('writes a Chinese text without the citizen’s contact details', () => {
    const [reminder] = buildReminders(
      [row('2026-04-02', { title: '工伤认定咨询', code: 'BC7K9MQ2' })],
      calendar,
      beijing('2026-04-03'),
    ).filter((r) => r.recipient === 'office')
    const text = reminderText(reminder!)
    expect(text).toBe(
      [
        '**留言办理提醒** 办公室（督办） 2026-04-03',
        '超期未答复 1 件：',
        '- 工伤认定咨询（市社保局，查询码 BC7K-9MQ2，期限 2026-04-02，超期 1 个工作日）',
        '请登录政民互动工作人员端及时办理。',
      ].join('\n'),
    )
  })
})

describe('answers waiting for sign-off (签发)', () => {
  const held = (
    status: 'pending' | 'returned',
    level: 'unit-head' | 'office',
    unit = 'social-insurance',
  ): Row['pendingAnswer'] => ({
    status,
    kind: 'reply',
    content: '您好！请携带身份证到窗口办理。',
    unit,
    level,
    submittedAt: beijing('2026-04-01', '16:00'),
    staffId: 'handler-1',
    staffName: '张三',
    ...(status === 'returned'
      ? {
          returned: {
            comment: '请补充办理地点。',
            at: beijing('2026-04-02', '10:00'),
            staffId: 'head-1',
            staffName: '李科长',
          },
        }
      : {}),
  })

  it('reminds the unit (its 科室负责人) and the office of their own queues, whatever the deadline', () => {
    const reminders = buildReminders(
      [
        row('2026-04-10', {
          title: '待科长签发',
          code: 'BC7K9MQ2',
          pendingAnswer: held('pending', 'unit-head'),
        }),
        row('2026-04-10', {
          title: '待办公室签发',
          unit: 'labor-inspection',
          pendingAnswer: held('pending', 'office', 'labor-inspection'),
        }),
        row('2026-04-02', { title: '超期且待签发', pendingAnswer: held('pending', 'unit-head') }),
        row('2026-04-03', { title: '已退回修改', pendingAnswer: held('returned', 'unit-head') }),
        // Written for a unit the message has since left: not that unit's to approve.
        row('2026-04-10', {
          title: '转办前的答复',
          unit: 'employment',
          pendingAnswer: held('pending', 'unit-head'),
        }),
      ],
      calendar,
      beijing('2026-04-03'),
    )
    const of = (recipient: string) => reminders.find((r) => r.recipient === recipient)
    expect(reminders.map((r) => r.recipient).sort()).toEqual(['office', 'social-insurance'])
    expect(of('social-insurance')?.awaitingSignoff.map((item) => item.title)).toEqual([
      '超期且待签发',
      '待科长签发',
    ])
    expect(of('office')?.awaitingSignoff.map((item) => item.title)).toEqual(['待办公室签发'])
    // The unit's deadline lists say which answers are held, so nobody answers them twice.
    expect(of('social-insurance')?.overdue.map((item) => item.signoff)).toEqual(['pending'])
    expect(of('social-insurance')?.dueSoon.map((item) => item.signoff)).toEqual(['returned'])

    const text = reminderText(of('social-insurance')!)
    expect(text).toBe(
      [
        '**留言办理提醒** 市社保局 2026-04-03',
        '超期未答复 1 件：',
        `- 超期且待签发（查询码 ${formatLookupCode(of('social-insurance')!.overdue[0]!.code)}，期限 2026-04-02，超期 1 个工作日，答复待签发）`,
        '临期 1 件：',
        `- 已退回修改（查询码 ${formatLookupCode(of('social-insurance')!.dueSoon[0]!.code)}，期限 2026-04-03，今日到期，答复已退回修改）`,
        '待科室负责人签发的答复 2 件（签发前留言人看不到答复，答复期限照常计算）：',
        `- 超期且待签发（查询码 ${formatLookupCode(of('social-insurance')!.overdue[0]!.code)}，期限 2026-04-02，超期 1 个工作日，答复提交于 2026-04-01）`,
        // Four working days: 清明 (Monday 04-06) is not one.
        '- 待科长签发（查询码 BC7K-9MQ2，期限 2026-04-10，剩余 4 个工作日，答复提交于 2026-04-01）',
        '请科室负责人在工作人员端收件箱“待签发”中签发或退回修改。',
        '退回修改、待重新提交的答复 1 件：',
        `- 已退回修改（查询码 ${formatLookupCode(of('social-insurance')!.dueSoon[0]!.code)}，期限 2026-04-03，今日到期，退回于 2026-04-02）`,
        '请经办人按签发人的意见修改后重新提交。',
        '请登录政民互动工作人员端及时办理。',
      ].join('\n'),
    )
    expect(reminderText(of('office')!)).toContain('待办公室签发的答复 1 件')
    expect(text).not.toContain('张三')
    expect(text).not.toContain('李科长')
    expect(of('office')?.returnedForRevision).toEqual([])
  })
})

describe('webhook sink', () => {
  it('posts Markdown to the recipient’s URL, else the default one, and reports a refusal', async () => {
    const posts: { url: string; body: unknown }[] = []
    let answer: { errcode: number } = { errcode: 0 }
    const fakeFetch = (async (url: string, init: RequestInit) => {
      posts.push({ url, body: JSON.parse(String(init.body)) })
      return new Response(JSON.stringify(answer), { status: 200 })
    }) as typeof fetch
    const sink = webhookReminderSink(
      { office: 'http://hooks.test/office', '*': 'http://hooks.test/all' },
      { fetch: fakeFetch },
    )
    const reminder: Reminder = {
      recipient: 'legal',
      recipientName: '法规科',
      date: '2026-04-03',
      dueSoon: [],
      overdue: [],
      awaitingSignoff: [],
      returnedForRevision: [],
    }
    await sink.deliver(reminder, '文本')
    await sink.deliver({ ...reminder, recipient: 'office' }, '督办')
    expect(posts).toEqual([
      {
        url: 'http://hooks.test/all',
        body: { msgtype: 'markdown', markdown: { content: '文本' } },
      },
      {
        url: 'http://hooks.test/office',
        body: { msgtype: 'markdown', markdown: { content: '督办' } },
      },
    ])
    answer = { errcode: 93000 }
    await expect(sink.deliver(reminder, '文本')).rejects.toThrow('errcode 93000')
  })
})

describe('the scheduler with several instances', () => {
  const db = useTestDatabase()

  it('gives the lease to one instance until it expires', async () => {
    const models = createModels(db)
    const now = beijing('2026-04-03')
    expect(await acquireLease(models, 'job', 'a', now)).toBe(true)
    expect(await acquireLease(models, 'job', 'b', now)).toBe(false)
    // The holder renews it.
    expect(await acquireLease(models, 'job', 'a', new Date(now.getTime() + 1000))).toBe(true)
    const expired = new Date(now.getTime() + 1000 + LEASE_TTL_MS)
    expect(await acquireLease(models, 'job', 'b', expired)).toBe(true)
    expect(await acquireLease(models, 'job', 'a', expired)).toBe(false)
  })

  it('sends each working day’s reminders once, from one instance, and closes stale answers', async () => {
    const models = createModels(db)
    let now = beijing('2026-04-03', '08:30')
    const delivered: { holder: string; recipient: string }[] = []
    const closedAt: Date[] = []
    const instance = (holder: string) => {
      const sink: ReminderSink = {
        deliver: async (reminder) => {
          delivered.push({ holder, recipient: reminder.recipient })
        },
      }
      return createScheduler({
        models,
        calendar: () => calendar,
        closeUnratedMessages: async (at) => {
          closedAt.push(at)
          return { checked: 0, closed: 0 }
        },
        sinks: [sink],
        window,
        clock: () => now,
        log: pino({ level: 'silent' }),
        holder,
      })
    }
    const a = instance('a')
    const b = instance('b')
    await models.Message.create({
      code: 'BC7K9MQ2',
      category: 'consult',
      title: '超期留言',
      content: '内容',
      phone: '13900001111',
      allowPublish: false,
      consentAt: beijing('2026-03-20'),
      status: 'assigned',
      unit: 'legal',
      receivedAt: beijing('2026-03-20'),
      receivedDate: '2026-03-20',
      clockStartedAt: beijing('2026-03-20'),
      workingDays: 5,
      dueDate: '2026-03-27',
      dueAt: endOfBeijingDay('2026-03-27'),
      provisional: false,
      followUps: 0,
    })

    // Before working hours: the lease is taken, nothing is sent.
    expect(await a.tick()).toEqual({ leader: true })
    expect(await b.tick()).toEqual({ leader: false })
    now = beijing('2026-04-03', '09:01')
    const [first, second] = await Promise.all([a.tick(), b.tick()])
    expect([first.leader, second.leader].sort()).toEqual([false, true])
    expect(delivered.map((d) => d.recipient).sort()).toEqual(['legal', 'office'])
    expect(new Set(delivered.map((d) => d.holder)).size).toBe(1)
    expect(closedAt).toHaveLength(1)

    // Later the same day: nothing again.
    now = beijing('2026-04-03', '11:00')
    await a.tick()
    await b.tick()
    expect(delivered).toHaveLength(2)

    // The holiday: no reminders; the next working day: once more.
    now = beijing('2026-04-06', '10:00')
    await a.tick()
    expect(delivered).toHaveLength(2)
    now = beijing('2026-04-07', '09:00')
    await a.tick()
    expect(delivered).toHaveLength(4)
    expect((await models.ScheduledRun.find().distinct('_id')).sort()).toEqual([
      'auto-close:2026-04-03',
      'auto-close:2026-04-07',
      'reminders:2026-04-03',
      'reminders:2026-04-03:legal',
      'reminders:2026-04-03:office',
      'reminders:2026-04-07',
      'reminders:2026-04-07:legal',
      'reminders:2026-04-07:office',
    ])

    // A stopped instance hands the lease back, so the other takes over at once.
    await a.stop()
    expect((await b.tick()).leader).toBe(true)
  })

  it('gives a contested lease to exactly one of many instances at once', async () => {
    const models = createModels(db)
    const now = beijing('2026-04-03')
    for (let round = 0; round < 20; round += 1) {
      const holders = Array.from({ length: 6 }, (_, i) => `instance-${i}`)
      const won = await Promise.all(
        holders.map((holder) => acquireLease(models, `race-${round}`, holder, now)),
      )
      expect(won.filter(Boolean)).toHaveLength(1)
    }
    // Taking over an expired lease is contested the same way.
    const later = new Date(now.getTime() + LEASE_TTL_MS)
    const won = await Promise.all(
      ['x', 'y', 'z'].map((holder) => acquireLease(models, 'race-0', holder, later)),
    )
    expect(won.filter(Boolean)).toHaveLength(1)
  })

  it('renews only a lease the holder still has', async () => {
    const models = createModels(db)
    const now = beijing('2026-04-03')
    await acquireLease(models, 'job', 'a', now)
    expect(await renewLease(models, 'job', 'a', new Date(now.getTime() + 1000))).toBe(true)
    expect(await renewLease(models, 'job', 'b', now)).toBe(false)
    const expired = new Date(now.getTime() + 1000 + LEASE_TTL_MS)
    expect(await renewLease(models, 'job', 'a', expired)).toBe(false)
  })

  describe('a day’s reminders, recipient by recipient', () => {
    const clock = { now: beijing('2026-04-03', '09:05') }
    const delivered: { holder: string; recipient: string }[] = []
    /** What a sink does before recording a delivery (a test makes it fail, hang, or cede). */
    let beforeDelivery: (holder: string, reminder: Reminder) => Promise<void> = async () => {}

    beforeEach(async () => {
      clock.now = beijing('2026-04-03', '09:05')
      delivered.length = 0
      beforeDelivery = async () => {}
      // Overdue in two units: recipients office, legal and employment.
      const models = createModels(db)
      for (const [code, unit] of [
        ['BC7K9MQ2', 'legal'],
        ['BC7K9MQ3', 'employment'],
      ] as const) {
        await models.Message.create({
          code,
          category: 'consult',
          title: `超期留言 ${code}`,
          content: '内容',
          phone: '13900001111',
          allowPublish: false,
          consentAt: beijing('2026-03-20'),
          status: 'assigned',
          unit,
          receivedAt: beijing('2026-03-20'),
          receivedDate: '2026-03-20',
          clockStartedAt: beijing('2026-03-20'),
          workingDays: 5,
          dueDate: '2026-03-27',
          dueAt: endOfBeijingDay(code === 'BC7K9MQ2' ? '2026-03-26' : '2026-03-27'),
          provisional: false,
          followUps: 0,
        })
      }
    })

    const instance = (holder: string) =>
      createScheduler({
        models: createModels(db),
        calendar: () => calendar,
        closeUnratedMessages: async () => ({ checked: 0, closed: 0 }),
        sinks: [
          {
            deliver: async (reminder) => {
              await beforeDelivery(holder, reminder)
              delivered.push({ holder, recipient: reminder.recipient })
            },
          },
        ],
        window,
        clock: () => clock.now,
        log: pino({ level: 'silent' }),
        holder,
      })
    const recipients = () => delivered.map((d) => d.recipient).sort()
    const dayDone = async () =>
      (await createModels(db).ScheduledRun.exists({ _id: 'reminders:2026-04-03' })) !== null

    it('stops when the lease is lost between recipients; the new holder sends only the rest', async () => {
      const models = createModels(db)
      const a = instance('a')
      const b = instance('b')
      beforeDelivery = async (holder) => {
        if (holder !== 'a') return
        // While "a" is slow with its first recipient, its lease runs out and "b" takes it.
        clock.now = new Date(clock.now.getTime() + LEASE_TTL_MS + 1000)
        expect(await acquireLease(models, 'scheduler', 'b', clock.now)).toBe(true)
      }

      expect(await a.tick()).toEqual({ leader: true, reminders: 1, leaseLost: true })
      expect(delivered).toEqual([{ holder: 'a', recipient: 'office' }])
      expect(await dayDone()).toBe(false)

      expect(await b.tick()).toMatchObject({ leader: true, reminders: 2 })
      expect(recipients()).toEqual(['employment', 'legal', 'office'])
      expect(delivered.filter((d) => d.holder === 'b').map((d) => d.recipient)).toEqual([
        'legal',
        'employment',
      ])
      expect(await dayDone()).toBe(true)
      expect((await a.tick()).leader).toBe(false)
    })

    it('after a crash mid-delivery, the next holder sends what was missed and nothing twice', async () => {
      const a = instance('a')
      const b = instance('b')
      let hung: () => void = () => {}
      const reachedHang = new Promise<void>((resolve) => {
        hung = resolve
      })
      beforeDelivery = async (holder, reminder) => {
        if (holder === 'a' && reminder.recipient === 'legal') {
          hung()
          await new Promise(() => {}) // "a" dies here: this delivery never completes
        }
      }
      void a.tick()
      await reachedHang
      expect(delivered).toEqual([{ holder: 'a', recipient: 'office' }])

      // Before the dead holder's lease runs out, nobody else sends anything.
      expect(await b.tick()).toEqual({ leader: false })
      clock.now = new Date(clock.now.getTime() + LEASE_TTL_MS)
      expect(await b.tick()).toMatchObject({ leader: true, reminders: 2 })
      expect(recipients()).toEqual(['employment', 'legal', 'office'])
      expect(await dayDone()).toBe(true)

      // Later ticks send nothing more.
      clock.now = new Date(clock.now.getTime() + 60_000)
      await b.tick()
      expect(delivered).toHaveLength(3)
    })

    it('stops before the reminders when slow notice retries outlived the lease', async () => {
      const models = createModels(db)
      const a = createScheduler({
        models,
        calendar: () => calendar,
        notifications: {
          deliverDue: async () => {
            clock.now = new Date(clock.now.getTime() + LEASE_TTL_MS + 1000)
            await acquireLease(models, 'scheduler', 'b', clock.now)
            return { sent: 0, pending: 1, failed: 0 }
          },
        },
        closeUnratedMessages: async () => ({ checked: 0, closed: 0 }),
        sinks: [],
        window,
        clock: () => clock.now,
        log: pino({ level: 'silent' }),
        holder: 'a',
      })
      expect(await a.tick()).toEqual({
        leader: true,
        notices: { sent: 0, pending: 1, failed: 0 },
        leaseLost: true,
      })
      expect(await models.ScheduledRun.countDocuments()).toBe(0)
    })

    it('retries a failed delivery on the next tick, for that recipient only', async () => {
      const a = instance('a')
      let webhookDown = true
      beforeDelivery = async (_holder, reminder) => {
        if (webhookDown && reminder.recipient === 'legal') throw new Error('webhook answered 502')
      }
      expect(await a.tick()).toMatchObject({ leader: true, reminders: 2 })
      expect(recipients()).toEqual(['employment', 'office'])
      expect(await dayDone()).toBe(false)

      webhookDown = false
      clock.now = new Date(clock.now.getTime() + 60_000)
      expect(await a.tick()).toMatchObject({ leader: true, reminders: 1 })
      expect(recipients()).toEqual(['employment', 'legal', 'office'])
      expect(await dayDone()).toBe(true)
    })
  })
  it('attempts the due content checks on every tick of the leader only', async () => {
    const models = createModels(db)
    let checks = 0
    const instance = (holder: string) =>
      createScheduler({
        models,
        calendar: () => calendar,
        contentChecks: {
          checkDue: async () => {
            checks += 1
            return { done: 1, pending: 0, failed: 0 }
          },
        },
        closeUnratedMessages: async () => ({ checked: 0, closed: 0 }),
        sinks: [],
        window,
        clock: () => beijing('2026-04-03', '08:30'),
        log: pino({ level: 'silent' }),
        holder,
      })
    expect(await instance('a').tick()).toEqual({
      leader: true,
      contentChecks: { done: 1, pending: 0, failed: 0 },
    })
    expect(await instance('b').tick()).toEqual({ leader: false })
    expect(checks).toBe(1)
  })
})
