// `npm run test:faults`: the fault suite. Real processes on one database started by `npm run db`:
//   1. kill -9 an app under load, restart it, retry what was unanswered: every 201 stored once;
//   2. freeze the database (SIGSTOP) under load: every request answered within 3 s (503 with
//      Retry-After), and the service recovers by itself after SIGCONT;
//   3. SIGTERM under load: requests in flight answered, every 201 stored, a prompt clean exit;
//   4. two app instances racing conflicting actions on the same messages: one winner each
//      time, and a history that matches the final state.
// Prints its figures and exits non-zero when a check fails. Bounded to a few minutes.
import { randomBytes } from 'node:crypto'
import type { Connection } from 'mongoose'
import pino from 'pino'
import { connectDatabase } from '../../server/src/db/connection'
import { createModels, type Models } from '../../server/src/db/models'
import { createCalendarService } from '../../server/src/modules/calendar/calendar.service'
import { reconcile, type ReconcileReport } from '../../server/src/modules/messages/reconcile'
import { createStatsCounters } from '../../server/src/modules/stats/stats-counters'
import { createStaff } from '../support/staff'
import {
  call,
  idOf,
  loop,
  newSubmission,
  sleep,
  submit,
  type Outcome,
  type Submission,
} from './load'
import { startApp, startDatabase, type AppProcess, type DatabaseProcess } from './processes'
import { png } from '../support/images'

/** A small PNG as the mini-program's uploadFile sends it (multipart/form-data, one file). */
function photoUpload(): RequestInit {
  const boundary = `zm${randomBytes(8).toString('hex')}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="site.png"\r\n` +
      'Content-Type: image/png\r\n\r\n',
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat([head, png(), tail]),
  }
}

const SUITE_DEADLINE_MS = 5 * 60_000
const ANSWER_WITHIN_MS = 3_000
const FREEZE_MS = 6_000
const RACE_PAIRS_PER_KIND = 70

const run = randomBytes(3).toString('hex')
const failures: string[] = []
const figures: Array<[string, string | number]> = []

function check(ok: boolean, what: string) {
  if (!ok) failures.push(what)
  process.stdout.write(`${ok ? '  ✔' : '  ✖'} ${what}\n`)
}

function say(line: string) {
  process.stdout.write(`${line}\n`)
}

const count = (outcomes: Outcome[], test: (o: Outcome) => boolean) => outcomes.filter(test).length

/** Every 201/200 answered id stored exactly once; every stored marker once. */
async function auditSubmissions(models: Models, submissions: Submission[], label: string) {
  const answered = new Map<string, string>()
  for (const submission of submissions) {
    for (const outcome of submission.outcomes) {
      const id = idOf(outcome)
      if (id) answered.set(submission.marker, id)
    }
  }
  let lost = 0
  for (const id of answered.values()) {
    if ((await models.Message.countDocuments({ _id: id })) !== 1) lost += 1
  }
  const stored = await models.Message.find(
    { content: { $regex: `编号 ${label}-` } },
    'content',
  ).lean()
  const perMarker = new Map<string, number>()
  for (const message of stored) {
    const marker = /编号 (\S+)$/.exec(message.content)?.[1] ?? ''
    perMarker.set(marker, (perMarker.get(marker) ?? 0) + 1)
  }
  const duplicated = [...perMarker.values()].filter((n) => n > 1).length
  // A stored message the client was never told about (answered 5xx or cut off, not retried).
  const unacknowledged = [...perMarker.keys()].filter((marker) => !answered.has(marker)).length
  return { answered: answered.size, lost, duplicated, stored: stored.length, unacknowledged }
}

async function reconcileNow(models: Models): Promise<ReconcileReport> {
  const calendar = createCalendarService({
    models,
    clock: () => new Date(),
    log: pino({ level: 'silent' }),
  })
  await calendar.initialize()
  return reconcile(models, createStatsCounters({ models, calendar: () => calendar.current() }))
}

async function killUnderLoad(
  database: DatabaseProcess,
  models: Models,
  office: string,
): Promise<AppProcess> {
  say('\n1. kill -9 under load')
  const label = `${run}k`
  const first = await startApp(database.uri, 'A')
  const submissions: Submission[] = []
  const toAssign: string[] = []
  const load = loop(4, async (index) => {
    const submission = newSubmission(label, index)
    submissions.push(submission)
    const outcome = await submit(first.url, submission)
    const id = idOf(outcome)
    if (id) toAssign.push(id)
    return outcome
  })
  // The office dispatches what comes in: the kill can land between an action's writes.
  const assigning = loop(2, async () => {
    const id = toAssign.shift()
    if (!id) {
      await sleep(5)
      return { status: 200, sentAt: 0, ms: 0, retryAfter: null, body: undefined }
    }
    return call(`${first.url}/api/v1/staff/messages/${id}/assign`, {
      method: 'POST',
      headers: { Authorization: office },
      body: JSON.stringify({ unit: 'social-insurance' }),
    })
  })
  await sleep(1_500)
  first.child.kill('SIGKILL')
  await first.exited
  await load.stop()
  await assigning.stop()
  const assigned = assigning.outcomes.filter((o) => o.sentAt > 0)
  const firstTry = submissions.map((s) => s.outcomes[0] as Outcome)
  const restarted = await startApp(database.uri, 'A (restarted)')
  // The clients retry what got no answer, with the same Idempotency-Key, as the README says.
  const unanswered = submissions.filter((s) => !s.outcomes.some((o) => idOf(o)))
  for (const submission of unanswered) await submit(restarted.url, submission)
  const repaired = await reconcileNow(models)
  const audit = await auditSubmissions(models, submissions, label)
  figures.push(
    ['kill -9: requests', firstTry.length],
    ['kill -9: 201 before the kill', count(firstTry, (o) => o.status === 201)],
    ['kill -9: cut off, retried', unanswered.length],
    ['kill -9: 5xx other than 503', count(firstTry, (o) => o.status >= 500 && o.status !== 503)],
    ['kill -9: lost', audit.lost],
    ['kill -9: duplicated', audit.duplicated],
    ['kill -9: assign actions sent', assigned.length],
    [
      'kill -9: assign 5xx other than 503',
      count(assigned, (o) => o.status >= 500 && o.status !== 503),
    ],
    ['kill -9: actions completed by reconcile', repaired.actionsCompleted],
  )
  check(
    count(assigned, (o) => o.status >= 500 && o.status !== 503) === 0,
    'no 500 for staff actions while the app is killed',
  )
  check(audit.lost === 0, `every answered submission is stored (${audit.answered} answered)`)
  check(audit.duplicated === 0, 'no submission is stored twice')
  check(audit.unacknowledged === 0, 'every stored submission was answered (after retries)')
  check(
    count(firstTry, (o) => o.status >= 500 && o.status !== 503) === 0,
    'no 500 while the app is killed',
  )
  check(repaired.statusMismatches.length === 0, 'every history matches its message after repair')
  return restarted
}

async function freezeUnderLoad(
  database: DatabaseProcess,
  app: AppProcess,
  models: Models,
  office: string,
) {
  say('\n2. database frozen (SIGSTOP) under load')
  const label = `${run}f`
  const submissions: Submission[] = []
  const writes = loop(3, async (index) => {
    const submission = newSubmission(label, index)
    submissions.push(submission)
    const outcome = await submit(app.url, submission)
    // A client told to come back later does not hammer the server at once.
    if (outcome.status === 503) await sleep(100)
    return outcome
  })
  const reads = loop(2, async () => {
    const outcome = await call(`${app.url}/api/v1/staff/messages?view=unassigned&limit=5`, {
      headers: { Authorization: office },
    })
    if (outcome.status === 503) await sleep(100)
    return outcome
  })
  // Photos take their own path (a streamed multipart body into GridFS, not the JSON reader):
  // they too must be answered within the deadline while the database is frozen.
  const uploads = loop(1, async () => {
    const outcome = await call(`${app.url}/api/v1/attachments`, photoUpload())
    if (outcome.status === 503) await sleep(100)
    return outcome
  })
  await sleep(1_000)
  const frozenAt = performance.now()
  process.kill(database.pid, 'SIGSTOP')
  await sleep(FREEZE_MS)
  process.kill(database.pid, 'SIGCONT')
  const thawedAt = performance.now()
  let recoveredMs = Number.NaN
  while (performance.now() - thawedAt < 30_000) {
    const probe = await submit(app.url, newSubmission(label, 1_000_000 + submissions.length))
    if (probe.status === 201) {
      recoveredMs = performance.now() - thawedAt
      break
    }
    await sleep(200)
  }
  await sleep(500)
  await writes.stop()
  await reads.stop()
  await uploads.stop()
  const all = [...writes.outcomes, ...reads.outcomes, ...uploads.outcomes]
  const duringFreeze = all.filter((o) => o.sentAt >= frozenAt && o.sentAt < thawedAt)
  const inFlightAtFreeze = all.filter((o) => o.sentAt < frozenAt && o.sentAt + o.ms > frozenAt)
  const slowest = Math.max(0, ...[...duringFreeze, ...inFlightAtFreeze].map((o) => o.ms))
  const health = await call(`${app.url}/api/v1/health`)
  const unavailable = duringFreeze.filter((o) => o.status === 503)
  const repaired = await reconcileNow(models)
  const audit = await auditSubmissions(models, submissions, label)
  figures.push(
    ['freeze: requests', all.length],
    ['freeze: photo uploads', uploads.outcomes.length],
    ['freeze: sent while frozen', duringFreeze.length],
    ['freeze: 503 while frozen', unavailable.length],
    ['freeze: slowest answer while frozen (ms)', Math.round(slowest)],
    ['freeze: 5xx other than 503', count(all, (o) => o.status >= 500 && o.status !== 503)],
    ['freeze: no answer', count(all, (o) => o.status === 0)],
    ['freeze: recovered after SIGCONT (ms)', Math.round(recoveredMs)],
    ['freeze: lost', audit.lost],
    ['freeze: duplicated', audit.duplicated],
    // Writes sent just before the freeze that the engine applied after SIGCONT, although their
    // request was answered 503: complete (reconcile finds nothing missing); a retry with the
    // same Idempotency-Key would get them (200).
    ['freeze: stored though answered 503', audit.unacknowledged],
    ['freeze: actions completed by reconcile', repaired.actionsCompleted],
  )
  check(duringFreeze.length > 0, 'requests were sent while the database was frozen')
  check(
    uploads.outcomes.some((o) => o.status === 201),
    'photo uploads are stored when the database answers (the loop is not refused outright)',
  )
  check(slowest <= ANSWER_WITHIN_MS, `every request during the freeze answered within 3 s`)
  check(
    duringFreeze.every((o) => o.status !== 503 || o.retryAfter !== null),
    'every 503 carries Retry-After',
  )
  check(unavailable.length > 0, 'the frozen database is answered with 503')
  check(count(all, (o) => o.status >= 500 && o.status !== 503) === 0, 'no 500')
  check(count(all, (o) => o.status === 0) === 0, 'no request left without an answer')
  check(Number.isFinite(recoveredMs) && recoveredMs < 15_000, 'recovers by itself after SIGCONT')
  check(health.status === 200, '/health says ok again')
  check(audit.lost === 0 && audit.duplicated === 0, 'nothing lost or duplicated')
  check(repaired.statusMismatches.length === 0, 'every history matches its message')
}

async function terminateUnderLoad(app: AppProcess, models: Models) {
  say('\n3. SIGTERM under load')
  const label = `${run}t`
  const submissions: Submission[] = []
  const load = loop(4, (index) => {
    const submission = newSubmission(label, index)
    submissions.push(submission)
    return submit(app.url, submission)
  })
  await sleep(1_000)
  const signalledAt = performance.now()
  app.child.kill('SIGTERM')
  const exit = await app.exited
  const shutdownMs = performance.now() - signalledAt
  await load.stop()
  const outcomes = submissions.map((s) => s.outcomes[0] as Outcome)
  const audit = await auditSubmissions(models, submissions, label)
  figures.push(
    ['SIGTERM: requests', outcomes.length],
    ['SIGTERM: 201', count(outcomes, (o) => o.status === 201)],
    ['SIGTERM: refused after close (no answer)', count(outcomes, (o) => o.status === 0)],
    ['SIGTERM: 5xx', count(outcomes, (o) => o.status >= 500)],
    ['SIGTERM: lost', audit.lost],
    ['SIGTERM: shutdown took (ms)', Math.round(shutdownMs)],
  )
  check(exit.code === 0, 'the app exits cleanly (status 0)')
  check(audit.lost === 0 && audit.duplicated === 0, 'every 201 stored once')
  check(count(outcomes, (o) => o.status >= 500) === 0, 'no 5xx while stopping')
  // Grace period is 20 s: finishing well before it means idle keep-alive sockets were closed.
  check(shutdownMs < 5_000, 'shutdown takes as long as the requests in flight, not the grace')
}

type Action = { path: string; body: object }

async function raceTwoInstances(
  a: AppProcess,
  b: AppProcess,
  models: Models,
  office: [string, string],
  handler: string,
) {
  say('\n4. two instances racing conflicting actions')
  const label = `${run}r`
  const create = async (index: number, assign: boolean) => {
    const submission = newSubmission(label, index)
    const id = idOf(await submit(a.url, submission))
    if (!id) throw new Error('could not create a message for the race')
    if (assign) await act(a, office[0], id, { path: 'assign', body: { unit: 'social-insurance' } })
    return id
  }
  const act = (app: AppProcess, token: string, id: string, action: Action) =>
    call(`${app.url}/api/v1/staff/messages/${id}/${action.path}`, {
      method: 'POST',
      headers: { Authorization: token },
      body: JSON.stringify(action.body),
    })
  const reply: Action = {
    path: 'reply',
    body: { content: '您好！您的建议已收到，我局将研究周末窗口的开放安排。' },
  }
  // The reply comes from the unit's handler: after a transfer the message is no longer theirs
  // (an office member could still reply to it, one action after the other, rightly).
  const kinds: Array<{
    name: string
    assigned: boolean
    a: Action
    b: Action
    byHandler: boolean
    types: string[]
  }> = [
    {
      name: 'reply vs decline',
      assigned: true,
      a: reply,
      b: { path: 'decline', body: { reason: '该事项不属于本局职责范围。' } },
      byHandler: true,
      types: ['replied', 'declined'],
    },
    {
      name: 'reply vs transfer',
      assigned: true,
      a: reply,
      b: { path: 'transfer', body: { unit: 'legal', reason: '属于法规科职责' } },
      byHandler: true,
      types: ['replied', 'transferred'],
    },
    {
      name: 'assign vs assign',
      assigned: false,
      a: { path: 'assign', body: { unit: 'social-insurance' } },
      b: { path: 'assign', body: { unit: 'legal' } },
      byHandler: false,
      types: ['assigned'],
    },
  ]
  let pairs = 0
  let doubleWins = 0
  let noWinner = 0
  let serverErrors = 0
  let historyMismatches = 0
  let index = 0
  for (const kind of kinds) {
    const ids: string[] = []
    for (let i = 0; i < RACE_PAIRS_PER_KIND; i += 1)
      ids.push(await create((index += 1), kind.assigned))
    let kindDouble = 0
    for (const id of ids) {
      const [ra, rb] = await Promise.all([
        act(a, kind.byHandler ? handler : office[0], id, kind.a),
        act(b, office[1], id, kind.b),
      ])
      pairs += 1
      const wins = [ra, rb].filter((r) => r.status === 200).length
      if (wins > 1) kindDouble += 1
      if (wins === 0) noWinner += 1
      serverErrors += [ra, rb].filter((r) => r.status >= 500).length
    }
    doubleWins += kindDouble
    for (const id of ids) {
      const message = await models.Message.findById(id).lean()
      const events = await models.MessageEvent.find({ messageId: id, toStatus: { $exists: true } })
        .sort({ at: 1, _id: 1 })
        .lean()
      const raced = events.filter((e) => kind.types.includes(e.type)).length
      // One event of the raced actions (the set-up's assign is not one of them).
      if (!message || message.outbox || raced !== 1 || events.at(-1)?.toStatus !== message.status) {
        historyMismatches += 1
      }
    }
    say(`  ${kind.name}: ${ids.length} pairs, ${kindDouble} double wins`)
  }
  figures.push(
    ['race: pairs', pairs],
    ['race: double wins', doubleWins],
    ['race: no winner', noWinner],
    ['race: 5xx', serverErrors],
    ['race: histories not matching the state', historyMismatches],
  )
  check(doubleWins === 0, 'exactly one winner in every pair (no double wins)')
  check(noWinner === 0, 'never no winner')
  check(serverErrors === 0, 'no 5xx')
  check(historyMismatches === 0, 'every history matches its final state')
}

async function main() {
  const watchdog = setTimeout(() => {
    process.stderr.write('fault suite: over its time limit\n')
    process.exit(1)
  }, SUITE_DEADLINE_MS)
  const started = performance.now()
  const database = await startDatabase()
  let db: Connection | undefined
  const apps: AppProcess[] = []
  try {
    db = await connectDatabase(database.uri)
    const models = createModels(db)
    const office = await createStaff(db, { role: 'office' })
    const restarted = await killUnderLoad(database, models, office.authorization)
    apps.push(restarted)
    await freezeUnderLoad(database, restarted, models, office.authorization)
    await terminateUnderLoad(restarted, models)
    const a = await startApp(database.uri, 'A')
    const b = await startApp(database.uri, 'B')
    apps.push(a, b)
    const other = await createStaff(db, { role: 'office' })
    const handler = await createStaff(db, { role: 'handler', unit: 'social-insurance' })
    await raceTwoInstances(
      a,
      b,
      models,
      [office.authorization, other.authorization],
      handler.authorization,
    )
  } finally {
    for (const app of apps) app.child.kill('SIGKILL')
    await db?.close()
    await database.stop()
  }
  clearTimeout(watchdog)
  say('\nfigures')
  for (const [name, value] of figures) say(`  ${name.padEnd(44)} ${value}`)
  say(
    `\nfault suite: ${failures.length} failed, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  process.exit(failures.length === 0 ? 0 : 1)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `fault suite failed to run: ${error instanceof Error ? error.stack : String(error)}\n`,
  )
  process.exit(1)
})
