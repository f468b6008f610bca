import { Types } from 'mongoose'
import { AppError } from '../http/errors'
import { keysetPaging } from './keyset-page'

const rowAt = (iso: string) => ({ _id: new Types.ObjectId(), at: new Date(iso) })

describe('keysetPaging', () => {
  const rows = [
    rowAt('2026-11-03T00:00:00Z'),
    rowAt('2026-11-02T00:00:00Z'),
    rowAt('2026-11-01T00:00:00Z'),
  ]

  it('reads one row more than the page, sorted by the key and then _id', () => {
    const paging = keysetPaging({ limit: 2 }, { key: 'at', direction: -1 })
    expect(paging.limit).toBe(3)
    expect(paging.sort).toEqual({ at: -1, _id: -1 })
    expect(paging.filter({ level: 1 })).toEqual({ level: 1 })
  })

  it('gives a cursor only when another page follows, and continues after its last row', () => {
    const first = keysetPaging({ limit: 2 }, { key: 'at', direction: -1 }).page(rows, (r) => r.at)
    expect(first.items).toEqual(rows.slice(0, 2))
    expect(first.nextCursor).toEqual(expect.any(String))

    const next = keysetPaging(
      { limit: 2, cursor: first.nextCursor ?? '' },
      { key: 'at', direction: -1 },
    )
    const last = rows[1]!
    expect(next.filter({ level: 1 })).toEqual({
      level: 1,
      $or: [{ at: { $lt: last.at } }, { at: last.at, _id: { $lt: last._id } }],
    })
    expect(next.page(rows.slice(2), (r) => r.at).nextCursor).toBeNull()
  })

  it('continues upwards for an oldest-first order and keeps a filter’s own $or', () => {
    const first = keysetPaging({ limit: 1 }, { key: 'dueAt', direction: 1 }).page(
      rows.map((r) => ({ _id: r._id, dueAt: r.at })),
      (r) => r.dueAt,
    )
    const paging = keysetPaging(
      { limit: 1, cursor: first.nextCursor ?? '' },
      { key: 'dueAt', direction: 1 },
    )
    expect(paging.sort).toEqual({ dueAt: 1, _id: 1 })
    const own = { $or: [{ unit: 'a' }, { unit: 'b' }] }
    expect(paging.filter(own)).toEqual({
      $and: [
        own,
        {
          $or: [
            { dueAt: { $gt: rows[0]!.at } },
            { dueAt: rows[0]!.at, _id: { $gt: rows[0]!._id } },
          ],
        },
      ],
    })
  })

  it.each([
    'not-a-cursor',
    Buffer.from('[1,"x"]').toString('base64url'),
    Buffer.from('{}').toString('base64url'),
  ])('refuses a cursor that is not ours (%s) with 400 before reading', (cursor) => {
    let error: unknown
    try {
      keysetPaging({ limit: 2, cursor }, { key: 'at', direction: -1 })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ status: 400, message: '分页参数不正确' })
  })
})
