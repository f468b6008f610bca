import request from 'supertest'
import type { StatsReport, StatsTrend } from '@zhengmin/shared'
import { clearDatabase, useTestDatabase } from '../../../../test/support/database'
import { buildTestApp } from '../../../../test/support/app'
import { createStaff } from '../../../../test/support/staff'
import { createModels } from '../../db/models'
import { createCalendarService } from '../calendar/calendar.service'
import { computeStatsFromMessages, rebuildStats } from './stats-rebuild'
import type { UnitDayStats } from './unit-day-stats.model'
import ExcelJS from 'exceljs'
import pino from 'pino'
import { parseCsv } from '../../../../test/support/csv'

// March 2026 has no holidays and no make-up working days: working days are Monday–Friday.
const T = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`)
const NOW = T('2026-03-20')
const phone = '13900005656'

const db = useTestDatabase({ clearBetweenTests: false })

const appAt = (now: Date) => buildTestApp(db, { clock: () => now }).callback

async function submit(date: string, category = 'consult'): Promise<{ id: string; code: string }> {
  const response = await request(appAt(T(date)))
    .post('/api/v1/messages')
    .send({
      category,
      title: '关于社保业务的留言',
      content: '请问办理这项业务需要准备哪些材料，在哪里办理？',
      phone,
      consent: true,
    })
    .expect(201)
  return { id: response.body.id, code: response.body.code }
}

async function staffAct(
  date: string,
  who: { role: 'office' | 'handler'; unit?: string },
  id: string,
  action: string,
  body: object = {},
) {
  const staff = await createStaff(db, { ...who, now: T(date) })
  await request(appAt(T(date)))
    .post(`/api/v1/staff/messages/${id}/${action}`)
    .set('Authorization', staff.authorization)
    .send(body)
    .expect(200)
}

const office = { role: 'office' as const }
const handler = (unit: string) => ({ role: 'handler' as const, unit })
const reply = { content: '您好，您咨询的事项可到政务服务中心社保窗口办理，请携带身份证。' }

async function assigned(date: string, unit: string, category = 'consult') {
  const message = await submit(date, category)
  await staffAct(date, office, message.id, 'assign', { unit })
  return message
}

async function replied(received: string, unit: string, answered: string) {
  const message = await assigned(received, unit)
  await staffAct(answered, handler(unit), message.id, 'reply', reply)
  return message
}

async function rate(date: string, code: string, level: number) {
  await request(appAt(T(date)))
    .post(`/api/v1/messages/${code}/rating`)
    .send({ phone, level, ...(level <= 2 ? { comment: '答复没有解决我的问题' } : {}) })
    .expect(200)
}

/**
 * The data set, with the figures worked out by hand (due date = 5 working days after receipt):
 * 市社保局 (social-insurance): 7 received, 6 answered, 5 on time
 *   m1 02→03 (1 day), rated 5 · m2 02→09 (5, the due date), rated 2 · m3 02, extension of 3
 *   approved on 05 (due 09 → 12), answered 11 (7 days, on time), rated 4 · m4 02→10 (6, late)
 *   · m5 03 declined 04 (1, complaint) · m6 03 transferred from employment on 04, answered 06 (3)
 *   · m14 05 unanswered (due 12, overdue now)
 * 市就业局 (employment): 5 received (m7–m11 on 02, answered 03, 1 day each), one refused
 *   extension (m7), one transfer out (m6); m10 followed up and answered again (not counted twice)
 * 法规科 (legal): m12 02→02 (0 days): 100% but under the minimum sample of 5
 * 办公室 (office): m15 06 declined by the office before dispatch (0 days, report)
 * 待分办: m13 05 never dispatched (overdue now)
 */
async function buildDataSet() {
  const m1 = await replied('2026-03-02', 'social-insurance', '2026-03-03')
  await rate('2026-03-04', m1.code, 5)
  const m2 = await replied('2026-03-02', 'social-insurance', '2026-03-09')
  await rate('2026-03-10', m2.code, 2)
  const m3 = await assigned('2026-03-02', 'social-insurance')
  await staffAct('2026-03-05', handler('social-insurance'), m3.id, 'extension', {
    workingDays: 3,
    reason: '需向省社保局核实政策口径',
  })
  await staffAct('2026-03-05', office, m3.id, 'extension/approve')
  await staffAct('2026-03-11', handler('social-insurance'), m3.id, 'reply', reply)
  await rate('2026-03-12', m3.code, 4)
  await replied('2026-03-02', 'social-insurance', '2026-03-10')
  const m5 = await assigned('2026-03-03', 'social-insurance', 'complaint')
  await staffAct('2026-03-04', handler('social-insurance'), m5.id, 'decline', {
    reason: '该事项正在劳动仲裁程序中，请等待仲裁结果。',
  })
  const m6 = await assigned('2026-03-03', 'employment')
  await staffAct('2026-03-04', handler('employment'), m6.id, 'transfer', {
    unit: 'social-insurance',
    reason: '属于社保经办业务',
  })
  await staffAct('2026-03-06', handler('social-insurance'), m6.id, 'reply', reply)
  for (let i = 7; i <= 11; i += 1) {
    const message = await assigned('2026-03-02', 'employment')
    if (i === 7) {
      await staffAct('2026-03-02', handler('employment'), message.id, 'extension', {
        workingDays: 2,
        reason: '需要调取档案核实情况',
      })
      await staffAct('2026-03-02', office, message.id, 'extension/refuse')
    }
    await staffAct('2026-03-03', handler('employment'), message.id, 'reply', reply)
    if (i === 10) {
      await request(appAt(T('2026-03-04')))
        .post(`/api/v1/messages/${message.code}/follow-up`)
        .send({ phone, content: '请问办理时需要本人到场吗？' })
        .expect(200)
      await staffAct('2026-03-05', handler('employment'), message.id, 'reply', reply)
    }
  }
  await replied('2026-03-02', 'legal', '2026-03-02')
  await submit('2026-03-05')
  await assigned('2026-03-05', 'social-insurance')
  const m15 = await submit('2026-03-06', 'report')
  await staffAct('2026-03-06', office, m15.id, 'decline', {
    reason: '该事项不属于本局职责，请向公安机关反映。',
  })
}

async function getAs(
  who: { role: 'office' | 'handler' | 'admin'; unit?: string },
  path: string,
  status = 200,
) {
  const staff = await createStaff(db, { ...who, now: NOW })
  return request(appAt(NOW))
    .get(`/api/v1${path}`)
    .set('Authorization', staff.authorization)
    .expect(status)
}

const march = '?from=2026-03-01&to=2026-03-20'

describe('the office dashboard figures on a hand-computed data set', () => {
  beforeAll(async () => {
    await clearDatabase(db)
    await buildDataSet()
  }, 120_000)

  const unitOf = (report: StatsReport, unit: string) => {
    const row = report.units.find((u) => u.unit === unit)
    if (!row) throw new Error(`no row for ${unit}`)
    return row
  }

  it('gives each unit its figures and the bureau its totals', async () => {
    const { body } = await getAs(office, `/staff/stats${march}`)
    const report = body as StatsReport
    const si = unitOf(report, 'social-insurance')
    expect(si.figures).toMatchObject({
      received: 7,
      answered: 6,
      answeredOnTime: 5,
      declined: 1,
      transfers: 0,
      extensions: 1,
      extensionsRefused: 0,
      rated: 3,
      medianAnswerDays: 3,
      p90AnswerDays: 7,
    })
    expect(si.figures.onTimeRate).toEqual({
      value: 5 / 6,
      numerator: 5,
      denominator: 6,
      insufficient: false,
    })
    // Three ratings (5, 2, 4) are under the minimum sample: no satisfaction rate is shown.
    expect(si.figures.satisfaction).toEqual({
      value: null,
      numerator: 2,
      denominator: 3,
      insufficient: true,
    })
    expect(si.overdueNow).toBe(1)

    const employment = unitOf(report, 'employment')
    expect(employment.figures).toMatchObject({
      received: 5,
      answered: 5,
      answeredOnTime: 5,
      transfers: 1,
      extensionsRefused: 1,
      medianAnswerDays: 1,
    })
    expect(employment.figures.onTimeRate.value).toBe(1)

    const legal = unitOf(report, 'legal')
    expect(legal.figures.onTimeRate).toMatchObject({ value: null, insufficient: true })
    expect(unitOf(report, 'office').figures).toMatchObject({
      received: 1,
      answered: 1,
      declined: 1,
    })
    expect(unitOf(report, 'unassigned')).toMatchObject({ unitName: '待分办', overdueNow: 1 })

    expect(report.total).toMatchObject({
      received: 15,
      answered: 13,
      answeredOnTime: 12,
      declined: 2,
      transfers: 1,
      extensions: 1,
      extensionsRefused: 1,
      rated: 3,
      medianAnswerDays: 1,
      p90AnswerDays: 6,
      overdueNow: 2,
    })
    expect(report.total.onTimeRate.value).toBeCloseTo(12 / 13)
    expect(report.byCategory.find((c) => c.category === 'complaint')?.figures).toMatchObject({
      received: 1,
      answered: 1,
      declined: 1,
    })
  })

  it('ranks by on-time rate and never puts a unit under the minimum sample first', async () => {
    const { body } = await getAs(office, `/staff/stats${march}`)
    const ranked = (body as StatsReport).units.map((u) => u.unit)
    expect(ranked.slice(0, 2)).toEqual(['employment', 'social-insurance'])
    // 法规科 answered its one message on time (100%) yet comes after both.
    expect(ranked.indexOf('legal')).toBeGreaterThan(1)
  })

  it('counts events on the day they happened', async () => {
    const { body } = await getAs(office, '/staff/stats?from=2026-03-04&to=2026-03-04')
    expect((body as StatsReport).total).toMatchObject({
      received: 0,
      answered: 1,
      declined: 1,
      transfers: 1,
      rated: 1,
    })
  })

  it('gives the same figures per week and per month', async () => {
    const weekly = (await getAs(office, `/staff/stats/trend${march}&granularity=week`))
      .body as StatsTrend
    expect(weekly.points.map((p) => [p.start, p.end])).toEqual([
      ['2026-03-01', '2026-03-01'],
      ['2026-03-02', '2026-03-08'],
      ['2026-03-09', '2026-03-15'],
      ['2026-03-16', '2026-03-20'],
    ])
    expect(weekly.points.map((p) => p.figures.received)).toEqual([0, 15, 0, 0])
    expect(weekly.points.map((p) => p.figures.answered)).toEqual([0, 10, 3, 0])
    expect(weekly.points[2]?.figures.answeredOnTime).toBe(2)
    const monthly = (await getAs(office, `/staff/stats/trend${march}&granularity=month`))
      .body as StatsTrend
    expect(monthly.points).toHaveLength(1)
    expect(monthly.points[0]?.figures.answered).toBe(13)
  })

  it('lists the overdue messages with working days overdue', async () => {
    const { body } = await getAs(office, '/staff/stats/overdue')
    expect(body.total).toBe(2)
    // Both were due on Thursday 12 March; Friday 13 and Monday 16 – Friday 20 make 6.
    expect(body.items.map((i: { unit: string }) => i.unit).sort()).toEqual([
      'social-insurance',
      'unassigned',
    ])
    expect(
      body.items.every((i: { workingDaysOverdue: number }) => i.workingDaysOverdue === 6),
    ).toBe(true)
  })

  it('keeps counters equal to a computation from the raw messages, and rebuilds them', async () => {
    const models = createModels(db)
    const calendar = createCalendarService({
      models,
      clock: () => NOW,
      log: pino({ level: 'silent' }),
    })
    await calendar.initialize()
    const normalize = (rows: UnitDayStats[]) =>
      rows
        .map(({ _id, date, unit, category, answerDays, applied: _marks, ...counts }) => ({
          _id,
          date,
          unit,
          category,
          ...counts,
          answerDays: Object.fromEntries(
            Object.entries(answerDays ?? {}).filter(([, n]) => n !== 0),
          ),
        }))
        // Dispatch moves a receipt away from 待分办 and can leave an all-zero row behind.
        .filter((row) =>
          Object.entries(row).some(
            ([key, value]) =>
              (typeof value === 'number' && value !== 0) ||
              (key === 'answerDays' && Object.keys(value as object).length > 0),
          ),
        )
        .sort((a, b) => a._id.localeCompare(b._id))
    const live = normalize(await models.UnitDayStats.find().lean<UnitDayStats[]>())
    const computed = normalize([
      ...(await computeStatsFromMessages(models, calendar.current())).values(),
    ])
    expect(live.length).toBeGreaterThan(10)
    expect(live).toEqual(computed)

    const before = (await getAs(office, `/staff/stats${march}`)).body as StatsReport
    await models.UnitDayStats.deleteMany({})
    await rebuildStats(models, calendar.current())
    const after = (await getAs(office, `/staff/stats${march}`)).body as StatsReport
    expect({ ...after, generatedAt: '' }).toEqual({ ...before, generatedAt: '' })
  })

  describe('exports', () => {
    /** The office's XLSX export of March, read back by a spreadsheet library. */
    async function downloadXlsx(kind: 'figures' | 'messages') {
      const staff = await createStaff(db, { role: 'office', now: NOW })
      const response = await request(appAt(NOW))
        .get(`/api/v1/staff/stats/export${march}&kind=${kind}&format=xlsx`)
        .set('Authorization', staff.authorization)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => done(null, Buffer.concat(chunks)))
        })
        .expect(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer)
      return { workbook, contentType: String(response.headers['content-type']) }
    }

    const exportAs = (who: Parameters<typeof getAs>[0], query: string, status = 200) =>
      getAs(who, `/staff/stats/export${march}&${query}`, status)

    it('exports the figures as CSV that reads back to the same numbers', async () => {
      const report = (await getAs(office, `/staff/stats${march}`)).body as StatsReport
      const response = await exportAs(office, 'kind=figures&format=csv')
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(response.headers['content-disposition']).toContain(
        encodeURIComponent('留言办理统计_2026-03-01_2026-03-20.csv'),
      )
      expect(response.text.startsWith('\uFEFF')).toBe(true)
      const [header, ...rows] = parseCsv(response.text.slice(1))
      expect(header?.slice(0, 5)).toEqual(['科室', '收件数', '答复数', '按期答复数', '按期答复率'])
      const byName = new Map(rows.map((row) => [row[0], row]))
      expect(rows).toHaveLength(report.units.length + 1)
      for (const unit of report.units) {
        const row = byName.get(unit.unitName)
        expect(row?.slice(1, 4).map(Number)).toEqual([
          unit.figures.received,
          unit.figures.answered,
          unit.figures.answeredOnTime,
        ])
      }
      expect(byName.get('市社保局')?.[4]).toBe('83.3%')
      expect(byName.get('法规科')?.[4]).toBe('样本不足')
      expect(byName.get('合计')?.slice(1, 4)).toEqual(['15', '13', '12'])
    })

    it('exports the message list without phone numbers', async () => {
      const response = await exportAs(office, 'kind=messages&format=csv')
      const [header, ...rows] = parseCsv(response.text.slice(1))
      expect(rows).toHaveLength(15)
      expect(header).not.toContain('联系电话')
      expect(response.text).not.toContain(phone)
      const column = (name: string) => header!.indexOf(name)
      const declined = rows.filter((row) => row[column('首次答复方式')] === '不予受理')
      expect(declined).toHaveLength(2)
      expect(rows.filter((row) => row[column('是否按期')] === '否')).toHaveLength(1)
      // Codes a clerk can read out, not database ids; times a spreadsheet reads as dates.
      expect(header).not.toContain('编号')
      for (const row of rows) expect(row[column('查询码')]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      const first = rows[0]!
      expect(first[column('收件时间')]).toBe('2026-03-02 10:00')
      expect(first[column('首次答复时间')]).toBe('2026-03-03 10:00')
      expect(first[column('答复期限')]).toMatch(/^2026-03-\d{2}$/)
    })

    it('writes times in the XLSX message list as spreadsheet dates in Beijing time', async () => {
      const { workbook } = await downloadXlsx('messages')
      const sheet = workbook.getWorksheet('留言清单')!
      const headers = sheet.getRow(1).values as unknown[]
      const cell = (name: string) => sheet.getRow(2).getCell(headers.indexOf(name))
      const received = cell('收件时间')
      expect(received.value).toBeInstanceOf(Date)
      // A zone-less cell: 10:00 in Beijing reads 10:00 on any computer.
      expect((received.value as Date).toISOString()).toBe('2026-03-02T10:00:00.000Z')
      expect(received.numFmt).toBe('yyyy-mm-dd hh:mm')
      expect(cell('答复期限').value).toBeInstanceOf(Date)
      expect(cell('答复期限').numFmt).toBe('yyyy-mm-dd')
      expect(String(cell('查询码').value)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    })

    it('exports phone numbers only for an admin who gives a reason, and records it', async () => {
      const refused = await exportAs(
        office,
        'kind=messages&format=csv&includePhone=true&reason=核实',
        403,
      )
      expect(refused.body.error.message).toBe('只有系统管理员可以导出联系电话')
      const admin = { role: 'admin' as const }
      const noReason = await exportAs(admin, 'kind=messages&format=csv&includePhone=true', 400)
      expect(noReason.body.error.fields[0].field).toBe('reason')
      const models = createModels(db)
      expect(await models.StaffAudit.countDocuments()).toBe(0)
      const response = await exportAs(
        admin,
        `kind=messages&format=csv&includePhone=true&reason=${encodeURIComponent('回访满意度调查')}`,
      )
      const [header, first] = parseCsv(response.text.slice(1))
      expect(first?.[header!.indexOf('联系电话')]).toBe(phone)
      const audit = await models.StaffAudit.find().lean()
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({
        action: 'message_export_with_phone',
        data: { from: '2026-03-01', to: '2026-03-20', rows: 15, reason: '回访满意度调查' },
      })
    })

    it('exports XLSX that a spreadsheet library reads back', async () => {
      const { workbook, contentType } = await downloadXlsx('figures')
      expect(contentType).toContain('spreadsheetml')
      const sheet = workbook.getWorksheet('留言办理统计')
      expect(sheet?.getRow(1).getCell(5).value).toBe('按期答复率')
      const names = sheet!.getColumn(1).values.slice(2)
      expect(names).toContain('合计')
      const totalRow = sheet!.getRow(names.indexOf('合计') + 2)
      expect(totalRow.getCell(2).value).toBe(15)
    })

    it('keeps a handler’s export to their unit', async () => {
      const response = await exportAs(handler('legal'), 'kind=messages&format=csv')
      expect(parseCsv(response.text.slice(1))).toHaveLength(2)
    })
  })

  describe('permissions', () => {
    it('refuses without a login', async () => {
      await request(appAt(NOW)).get(`/api/v1/staff/stats${march}`).expect(401)
    })

    it('shows a handler their own unit only', async () => {
      const { body } = await getAs(handler('employment'), `/staff/stats${march}`)
      expect((body as StatsReport).units.map((u) => u.unit)).toEqual(['employment'])
      expect((body as StatsReport).total.received).toBe(5)
      const other = await getAs(handler('employment'), `/staff/stats${march}&unit=legal`, 403)
      expect(other.body.error.message).toBe('只能查看本科室的统计')
      const overdue = await getAs(handler('employment'), '/staff/stats/overdue')
      expect(overdue.body.total).toBe(0)
    })

    it('lets the office look at one unit', async () => {
      const { body } = await getAs(office, `/staff/stats${march}&unit=legal`)
      expect((body as StatsReport).units.map((u) => u.unit)).toEqual(['legal'])
    })
  })

  describe('bad queries get 400 and a clear message', () => {
    it.each([
      ['?from=2026-3-1', 'from'],
      ['?from=2026-03-10&to=2026-03-01', 'to'],
      ['?from=2024-01-01&to=2026-03-01', 'to'],
      ['?unit=legal&unit=talent', 'unit'],
      ['?unit=no-such-unit', 'unit'],
    ])('%s', async (query, field) => {
      const { body } = await getAs(office, `/staff/stats${query}`, 400)
      expect(body.error.fields.map((f: { field: string }) => f.field)).toContain(field)
    })

    it('rejects an unknown trend granularity', async () => {
      await getAs(office, `/staff/stats/trend${march}&granularity=day`, 400)
    })
  })
})

describe('a counter that cannot be written', () => {
  beforeEach(() => clearDatabase(db))

  it('never fails the citizen’s submission, and stays owed in the message until written', async () => {
    const models = createModels(db)
    const failing = jest
      .spyOn(models.UnitDayStats, 'updateOne')
      .mockRejectedValue(new Error('disk full'))
    try {
      const { id } = await submit('2026-03-02')
      expect(await models.Message.exists({ _id: id })).toBeTruthy()
      expect(failing).toHaveBeenCalled()
      const stored = await models.Message.findById(id).lean()
      expect(stored?.outbox?.counters).toHaveLength(1)
    } finally {
      failing.mockRestore()
    }
  })
})
