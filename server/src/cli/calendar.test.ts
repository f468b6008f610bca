import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { testDatabaseUri, useTestDatabase } from '../../../test/support/database'
import { runCliTool } from '../../../test/support/cli'
import { createModels } from '../db/models'

const db = useTestDatabase({ clearBetweenTests: false })

function calendarCli(args: string[], env: Record<string, string> = {}) {
  return runCliTool('calendar', args, { databaseUri: testDatabaseUri(db.name), env })
}

describe('npm run calendar', () => {
  it('loads a year from a file and reports it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zm-calendar-'))
    const file = path.join(dir, '2027.json')
    // Fictional schedule, for the test only.
    writeFileSync(
      file,
      JSON.stringify({
        year: 2027,
        restDays: ['2027-01-01'],
        makeUpWorkingDays: [],
        notice: { number: '测试用文号〔2026〕2号', issuedOn: '2026-11-10' },
      }),
    )

    const { stdout } = await calendarCli(['load', file])

    expect(stdout).toContain('已载入 2027 年节假日安排（第 1 版）')
    const stored = await createModels(db).CalendarYear.findOne({ year: 2027 }).lean()
    expect(stored).toMatchObject({ version: 1, source: 'loaded', restDays: ['2027-01-01'] })
  }, 60_000)

  it('refuses an invalid file with the reasons and a non-zero exit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zm-calendar-'))
    const file = path.join(dir, 'bad.json')
    writeFileSync(
      file,
      JSON.stringify({ year: 2028, restDays: ['2027-05-01'], makeUpWorkingDays: [], notice: {} }),
    )

    await expect(calendarCli(['load', file])).rejects.toMatchObject({ code: 1 })
    expect(await createModels(db).CalendarYear.countDocuments({ year: 2028 })).toBe(0)
  }, 60_000)

  it('refuses to run without MONGODB_URI', async () => {
    await expect(calendarCli(['show'], { MONGODB_URI: '' })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('未设置 MONGODB_URI'),
    })
  }, 60_000)
})
