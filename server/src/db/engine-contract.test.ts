// The database engine's contract: every property the code relies on for correctness, stated
// against the engine the tests run on (the embedded in-memory engine, or MONGODB_URI), with two
// concurrent clients like two app instances. A new engine version that breaks one fails CI.
// What the embedded engine cannot do, and the code avoids, is listed in the README
// ("Database engine").
import { randomBytes } from 'node:crypto'
import mongoose from 'mongoose'
import { testDatabaseUri } from '../../../test/support/database'

type Client = InstanceType<typeof mongoose.mongo.MongoClient>
// Documents of the driver's own loose type: these tests write raw shapes on purpose.
interface Doc extends mongoose.mongo.Document {
  _id: string
}

const PAIRS = 200
let first: Client
let second: Client
const dbName = `zm_contract_${randomBytes(4).toString('hex')}`

beforeAll(async () => {
  const uri = testDatabaseUri(dbName)
  first = await new mongoose.mongo.MongoClient(uri).connect()
  second = await new mongoose.mongo.MongoClient(uri).connect()
})
afterAll(async () => {
  await first.close()
  await second.close()
})

let sequence = 0
/** The same collection through each client: two "instances" of the app. */
function collections() {
  sequence += 1
  const name = `contract_${sequence}`
  return [first.db(dbName).collection<Doc>(name), second.db(dbName).collection<Doc>(name)] as const
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown } | null)?.code === 11000

describe('conditional updateOne', () => {
  it('lets exactly one of two concurrent writers win each guarded change', async () => {
    const [a, b] = collections()
    await a.insertMany(Array.from({ length: PAIRS }, (_, i) => ({ _id: `m${i}`, status: 'open' })))
    let doubleWins = 0
    for (let i = 0; i < PAIRS; i += 1) {
      const filter = {
        _id: `m${i}`,
        status: { $in: ['open', 'reopened'] },
        outbox: { $exists: false },
      }
      const [ra, rb] = await Promise.all([
        a.updateOne(filter, { $set: { status: 'replied', by: 'a', outbox: { id: 1 } } }),
        b.updateOne(filter, { $set: { status: 'declined', by: 'b', outbox: { id: 2 } } }),
      ])
      const wins = ra.modifiedCount + rb.modifiedCount
      if (wins !== 1) doubleWins += 1
      const stored = await a.findOne({ _id: `m${i}` })
      // The stored document is the winner's, whole.
      expect(stored?.by).toBe(ra.modifiedCount === 1 ? 'a' : 'b')
      expect(stored?.status).toBe(ra.modifiedCount === 1 ? 'replied' : 'declined')
    }
    expect(doubleWins).toBe(0)
  })

  it('applies $unset, $inc and $set of one update together, guarded by a nested field', async () => {
    const [a, b] = collections()
    await a.insertOne({ _id: 'x', outbox: { id: 'one' }, count: 0, publicationId: 'p' })
    const [ra, rb] = await Promise.all([
      a.updateOne({ _id: 'x', 'outbox.id': 'one' }, { $unset: { outbox: 1 }, $inc: { count: 1 } }),
      b.updateOne({ _id: 'x', 'outbox.id': 'one' }, { $unset: { outbox: 1 }, $inc: { count: 1 } }),
    ])
    expect(ra.modifiedCount + rb.modifiedCount).toBe(1)
    expect(await a.findOne({ _id: 'x' })).toEqual({ _id: 'x', count: 1, publicationId: 'p' })
  })
})

describe('unique indexes', () => {
  it('refuse the second of two concurrent inserts with the same key (code 11000)', async () => {
    const [a, b] = collections()
    await a.createIndex({ key: 1 }, { unique: true })
    let stored = 0
    let refused = 0
    for (let i = 0; i < PAIRS; i += 1) {
      const results = await Promise.allSettled([
        a.insertOne({ _id: `a${i}`, key: `k${i}` }),
        b.insertOne({ _id: `b${i}`, key: `k${i}` }),
      ])
      for (const result of results) {
        if (result.status === 'fulfilled') stored += 1
        else if (isDuplicateKey(result.reason)) refused += 1
      }
    }
    expect(stored).toBe(PAIRS)
    expect(refused).toBe(PAIRS)
    expect(await a.countDocuments({})).toBe(PAIRS)
  })

  it('refuse a second document with the same _id (events copied twice are stored once)', async () => {
    const [a, b] = collections()
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).insertOne({ _id: 'event-1', i })),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await a.countDocuments({ _id: 'event-1' })).toBe(1)
  })
})

describe('$inc', () => {
  it('adds up every concurrent increment, including upserts of a new document', async () => {
    const [a, b] = collections()
    const increments = Array.from({ length: PAIRS }, (_, i) =>
      (i % 2 ? a : b).updateOne(
        { _id: 'day' },
        { $inc: { received: 1, 'answerDays.3': 2 }, $setOnInsert: { unit: 'office' } },
        { upsert: true },
      ),
    )
    const results = await Promise.allSettled(increments)
    // An upsert racing another may be refused with 11000 (MongoDB does the same); retry those.
    const refused = results.filter((r) => r.status === 'rejected')
    for (const result of refused) expect(isDuplicateKey(result.reason)).toBe(true)
    for (const _ of refused)
      await a.updateOne({ _id: 'day' }, { $inc: { received: 1, 'answerDays.3': 2 } })
    expect(await a.findOne({ _id: 'day' })).toEqual({
      _id: 'day',
      unit: 'office',
      received: PAIRS,
      answerDays: { '3': PAIRS * 2 },
    })
  })

  it('counts an action once when two processes apply it with its mark (applyOnce)', async () => {
    const [a, b] = collections()
    await a.insertOne({ _id: 'day', received: 0 })
    for (let i = 0; i < PAIRS; i += 1) {
      const mark = `applied.action${i}`
      const apply = (c: typeof a) =>
        c.updateOne(
          { _id: 'day', [mark]: { $exists: false } },
          { $inc: { received: 1 }, $set: { [mark]: true } },
          { upsert: true },
        )
      const results = await Promise.allSettled([apply(a), apply(b)])
      for (const result of results) {
        if (result.status === 'rejected') expect(isDuplicateKey(result.reason)).toBe(true)
      }
    }
    expect((await a.findOne({ _id: 'day' }))?.received).toBe(PAIRS)
  })
})

describe('the query operators the code uses', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 2, day))
  let c: ReturnType<typeof collections>[0]
  beforeAll(async () => {
    ;[c] = collections()
    await c.insertMany([
      {
        _id: '1',
        status: 'open',
        unit: 'a',
        dueAt: at(1),
        answer: { kind: 'reply' },
        title: '养老保险',
      },
      { _id: '2', status: 'replied', unit: 'b', dueAt: at(2), title: '失业保险 ABC' },
      { _id: '3', status: 'closed', dueAt: at(3), publicationId: 'p3', title: '工伤认定' },
      {
        _id: '4',
        status: 'open',
        unit: null,
        dueAt: at(4),
        extension: { status: 'requested' },
        title: '社保卡',
      },
    ])
  })
  const ids = async (filter: Record<string, unknown>, sort: Record<string, 1 | -1> = { _id: 1 }) =>
    (await c.find(filter).sort(sort).toArray()).map((d) => d._id)

  it('$in, $ne, $exists, and null matching a missing field', async () => {
    expect(await ids({ status: { $in: ['open', 'closed'] } })).toEqual(['1', '3', '4'])
    expect(await ids({ 'extension.status': { $ne: 'requested' } })).toEqual(['1', '2', '3'])
    expect(await ids({ publicationId: { $exists: true } })).toEqual(['3'])
    expect(await ids({ outbox: { $exists: false }, status: 'replied' })).toEqual(['2'])
    expect(await ids({ unit: null })).toEqual(['3', '4'])
    expect(await ids({ publicationId: null })).toEqual(['1', '2', '4'])
    expect(await ids({ publicationId: { $ne: null } })).toEqual(['3'])
  })

  it('$lt, $lte, $gt, $gte on dates, $or and $and, dotted paths', async () => {
    expect(await ids({ dueAt: { $lte: at(2) } })).toEqual(['1', '2'])
    expect(await ids({ dueAt: { $gt: at(2), $lt: at(4) } })).toEqual(['3'])
    expect(await ids({ dueAt: { $gte: at(4) } })).toEqual(['4'])
    expect(
      await ids({ $or: [{ dueAt: { $lt: at(2) } }, { dueAt: at(2), _id: { $lt: '9' } }] }),
    ).toEqual(['1', '2'])
    expect(await ids({ $and: [{ status: 'open' }, { 'answer.kind': 'reply' }] })).toEqual(['1'])
  })

  it('$regex with the i option, literal after escaping', async () => {
    expect(await ids({ title: { $regex: 'abc', $options: 'i' } })).toEqual(['2'])
    expect(await ids({ title: { $regex: '保险', $options: 'i' } })).toEqual(['1', '2'])
    expect(await ids({ title: { $regex: '\\.\\*', $options: 'i' } })).toEqual([])
  })

  it('an array field equal to a word, combined by $and and $or, indexed (search)', async () => {
    const words = first.db(dbName).collection<Doc>(`contract_words_${sequence}`)
    await words.createIndex({ searchWords: 1 })
    await words.insertMany([
      { _id: 'a', searchWords: ['社会', '保障卡', '社会保障卡', '补办'] },
      { _id: 'b', searchWords: ['拖欠', '工资', '农民工'] },
      { _id: 'c', searchWords: ['社保卡', '挂失'] },
      { _id: 'd' },
    ])
    const found = async (filter: mongoose.mongo.Filter<Doc>) =>
      (await words.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id)
    expect(await found({ searchWords: '补办' })).toEqual(['a'])
    expect(
      await found({
        $and: [
          { $or: [{ searchWords: '社保卡' }, { searchWords: '社会保障卡' }] },
          { $or: [{ searchWords: '补办' }, { searchWords: '挂失' }] },
        ],
      }),
    ).toEqual(['a', 'c'])
    expect(
      await found({ $or: [{ $and: [{ searchWords: '拖欠' }, { searchWords: '工资' }] }] }),
    ).toEqual(['b'])
    expect(await found({ _id: null as unknown as string })).toEqual([])
  })

  it('sorts by a date descending with _id, limits, and counts', async () => {
    expect(await ids({}, { dueAt: -1, _id: -1 })).toEqual(['4', '3', '2', '1'])
    expect((await c.find({}).sort({ dueAt: 1 }).limit(2).toArray()).map((d) => d._id)).toEqual([
      '1',
      '2',
    ])
    expect(await c.countDocuments({ status: 'open' })).toBe(2)
  })

  it('accepts maxTimeMS on reads (every read of the app sets one)', async () => {
    expect(await c.find({}).maxTimeMS(1_500).toArray()).toHaveLength(4)
    expect(await c.countDocuments({}, { maxTimeMS: 1_500 })).toBe(4)
  })
})
