import type { Connection } from 'mongoose'
import { closeTestDatabase, openTestDatabase } from '../../../../test/support/database'
import { createDatabaseProbe } from './health.routes'

let db: Connection
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => closeTestDatabase(db))

describe('database probe', () => {
  it('pings once per interval however often it is asked', async () => {
    let now = 0
    const admin = db.db!.admin()
    const ping = jest.spyOn(admin.constructor.prototype, 'ping')
    const isUp = createDatabaseProbe(db, () => now, 1_000)

    const answers = await Promise.all([isUp(), isUp(), isUp()])
    now = 500
    answers.push(await isUp())
    expect(answers).toEqual([true, true, true, true])
    expect(ping).toHaveBeenCalledTimes(1)

    now = 1_500
    expect(await isUp()).toBe(true)
    expect(ping).toHaveBeenCalledTimes(2)
    ping.mockRestore()
  })
})
