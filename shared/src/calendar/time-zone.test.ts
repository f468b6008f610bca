import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(__dirname, '../../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

/**
 * Computes a few answers in a fresh process and prints them as JSON. Jest cannot change the
 * time zone of its own process reliably, so each zone gets a child process of its own.
 */
const script = `
import { addWorkingDays, beijingDate, endOfBeijingDay, explainDeadline, isWorkingDay, replyDeadline, workingDaysBetween } from './shared/src/calendar'
const instants = ['2025-09-30T15:59:00Z', '2025-09-30T16:01:00Z', '2026-02-13T02:00:00Z', '2024-04-30T02:00:00Z', '2026-12-28T02:00:00Z', '2023-12-29T02:00:00Z', '2024-03-10T17:30:00Z']
const answers = {
  offsetMinutes: new Date('2025-01-01T00:00:00Z').getTimezoneOffset(),
  deadlines: instants.map((t) => replyDeadline(new Date(t))),
  long: replyDeadline(new Date('2026-02-13T02:00:00Z'), 20),
  dates: instants.map((t) => beijingDate(new Date(t))),
  ends: ['2025-10-14', '2024-02-29'].map((d) => endOfBeijingDay(d).toISOString()),
  working: ['2025-10-11', '2025-10-12', '2026-02-14', '2027-01-01'].map(isWorkingDay),
  added: addWorkingDays('2024-12-31', 30),
  between: workingDaysBetween('2024-01-01', '2026-12-31'),
  explanation: explainDeadline(new Date('2025-09-30T02:00:00Z')),
}
process.stdout.write(JSON.stringify(answers))
`

const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']

describe('independence from the process time zone', () => {
  it('gives the same answers in Shanghai, Los Angeles, UTC and Kiritimati (UTC+14)', async () => {
    const outputs = await Promise.all(
      ZONES.map(async (zone) => {
        const { stdout } = await run(tsx, ['--eval', script], {
          cwd: root,
          env: { PATH: process.env.PATH ?? '', TZ: zone },
        })
        const { offsetMinutes, ...answers } = JSON.parse(stdout) as Record<string, unknown>
        return { zone, offsetMinutes, answers: JSON.stringify(answers) }
      }),
    )
    // The zones did take effect…
    expect(outputs.map((o) => o.offsetMinutes)).toEqual([-480, 480, 0, -840])
    // …and changed nothing.
    for (const output of outputs.slice(1)) {
      expect({ zone: output.zone, answers: output.answers }).toEqual({
        zone: output.zone,
        answers: outputs[0]!.answers,
      })
    }
    const answers = JSON.parse(outputs[0]!.answers) as {
      deadlines: Array<{ dueDate: string; dueAt: string }>
    }
    expect(answers.deadlines.map((d) => d.dueDate)).toEqual([
      '2025-10-14',
      '2025-10-14',
      '2026-02-27',
      '2024-05-10',
      '2027-01-05',
      '2024-01-08',
      '2024-03-18',
    ])
  }, 60_000)
})
