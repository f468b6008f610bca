import {
  awaitsSignoff,
  heldBySignoff,
  signoffLevelOf,
  signoffStepAllowed,
} from '../messages/answer-signoff'
import {
  answerNeedsSignoff,
  canGiveDispatchNote,
  canSignOffAnswer,
  signoffLevelsFor,
  signsOffAnswers,
} from './answer-signoff'
import { canActOnMessage, canSeeMessage, STAFF_MESSAGE_ACTIONS } from './message-permissions'
import type { StaffPrincipal } from './message-permissions'
import { belongsToUnit, STAFF_ROLES } from './roles'

const handler: StaffPrincipal = { id: 'h', role: 'handler', unit: 'social-insurance' }
const head: StaffPrincipal = { id: 'u', role: 'unit-head', unit: 'social-insurance' }
const otherHead: StaffPrincipal = { id: 'v', role: 'unit-head', unit: 'employment' }
const office: StaffPrincipal = { id: 'o', role: 'office' }
const admin: StaffPrincipal = { id: 'a', role: 'admin' }
const own = { unit: 'social-insurance', status: 'assigned' as const }

describe('canSignOffAnswer', () => {
  it.each([
    ['handler', handler, [false, false, false]],
    ['unit head', head, [false, true, false]],
    ['unit head of another unit', otherHead, [false, false, false]],
    ['office', office, [false, true, true]],
    ['admin', admin, [false, true, true]],
  ] as const)('%s: none, unit-head, office', (_name, staff, expected) => {
    expect(
      (['none', 'unit-head', 'office'] as const).map((level) =>
        canSignOffAnswer(staff, own, level),
      ),
    ).toEqual(expected)
  })

  it('holds the answer of whoever cannot approve it', () => {
    expect(answerNeedsSignoff(handler, own, 'unit-head')).toBe(true)
    expect(answerNeedsSignoff(head, own, 'unit-head')).toBe(false)
    expect(answerNeedsSignoff(head, own, 'office')).toBe(true)
    expect(answerNeedsSignoff(office, own, 'office')).toBe(false)
    expect(answerNeedsSignoff(handler, own, 'none')).toBe(false)
  })
})

describe('the unit head', () => {
  it('sees and does what a handler of the unit does, and no more', () => {
    for (const action of STAFF_MESSAGE_ACTIONS) {
      expect(canActOnMessage(head, own, action)).toBe(canActOnMessage(handler, own, action))
      expect(canActOnMessage(head, { unit: 'employment', status: 'assigned' }, action)).toBe(false)
    }
    expect(canSeeMessage(head, own)).toBe(true)
    expect(canSeeMessage(head, { status: 'submitted' })).toBe(false)
  })

  it('belongs to a unit and signs off; only the office gives 分办意见', () => {
    expect(STAFF_ROLES.filter(belongsToUnit)).toEqual(['handler', 'unit-head'])
    expect(STAFF_ROLES.filter(signsOffAnswers)).toEqual(['unit-head', 'office', 'admin'])
    expect(STAFF_ROLES.filter((role) => canGiveDispatchNote({ role }))).toEqual(['office', 'admin'])
  })
})

describe('pending answer steps', () => {
  it('submits a first or returned answer, approves or returns a waiting one', () => {
    expect(signoffStepAllowed(undefined, 'submit')).toBe(true)
    expect(signoffStepAllowed('returned', 'submit')).toBe(true)
    expect(signoffStepAllowed('pending', 'submit')).toBe(false)
    expect(signoffStepAllowed('pending', 'approve')).toBe(true)
    expect(signoffStepAllowed('pending', 'return')).toBe(true)
    expect(signoffStepAllowed('returned', 'approve')).toBe(false)
    expect(signoffStepAllowed(undefined, 'return')).toBe(false)
    expect(awaitsSignoff({ status: 'pending' })).toBe(true)
    expect(awaitsSignoff({ status: 'returned' })).toBe(false)
    expect(awaitsSignoff(undefined)).toBe(false)
  })

  it('holds back another answer and a transfer while an answer waits, nothing else', () => {
    const waiting = { status: 'pending' as const }
    expect(
      ['reply', 'decline', 'transfer', 'note', 'requestExtension'].map((a) =>
        heldBySignoff(waiting, a),
      ),
    ).toEqual([true, true, true, false, false])
    expect(heldBySignoff({ status: 'returned' }, 'reply')).toBe(false)
    expect(heldBySignoff(undefined, 'transfer')).toBe(false)
  })

  it('needs no sign-off for units not listed or messages not dispatched', () => {
    const rules = { 'social-insurance': 'office' } as const
    expect(signoffLevelOf(rules, 'social-insurance')).toBe('office')
    expect(signoffLevelOf(rules, 'employment')).toBe('none')
    expect(signoffLevelOf(rules, undefined)).toBe('none')
  })
})

describe('signoffLevelsFor', () => {
  it('gives each role the levels it approves', () => {
    expect(STAFF_ROLES.map(signoffLevelsFor)).toEqual([
      [],
      ['unit-head'],
      ['unit-head', 'office'],
      ['unit-head', 'office'],
    ])
  })
})
