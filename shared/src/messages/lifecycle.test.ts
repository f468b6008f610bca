import { MESSAGE_STATUSES, type MessageStatus } from '../schemas/message'
import {
  assertTransition,
  awaitsReply,
  IllegalTransitionError,
  MESSAGE_ACTIONS,
  nextStatus,
  statusesAllowing,
  type MessageAction,
} from './lifecycle'

/** The whole table, written out independently of the implementation. */
const LEGAL: Array<[MessageStatus, MessageAction, MessageStatus]> = [
  ['submitted', 'assign', 'assigned'],
  ['submitted', 'decline', 'declined'],
  ['assigned', 'transfer', 'assigned'],
  ['assigned', 'reply', 'replied'],
  ['assigned', 'decline', 'declined'],
  ['reopened', 'transfer', 'reopened'],
  ['reopened', 'reply', 'replied'],
  ['reopened', 'decline', 'declined'],
  ['replied', 'followUp', 'reopened'],
  ['replied', 'rate', 'closed'],
  ['replied', 'autoClose', 'closed'],
  ['declined', 'followUp', 'reopened'],
  ['declined', 'rate', 'closed'],
  ['declined', 'autoClose', 'closed'],
  ['submitted', 'replyWithLead', 'replied'],
  ['assigned', 'replyWithLead', 'replied'],
  ['submitted', 'declineWithLead', 'declined'],
  ['assigned', 'declineWithLead', 'declined'],
]

describe('message lifecycle', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(assertTransition(from, action)).toBe(to)
  })

  it('refuses every other combination of state and action', () => {
    const legal = new Set(LEGAL.map(([from, action]) => `${from}:${action}`))
    let refused = 0
    for (const from of MESSAGE_STATUSES) {
      for (const action of MESSAGE_ACTIONS) {
        if (legal.has(`${from}:${action}`)) continue
        expect(nextStatus(from, action)).toBeUndefined()
        expect(() => assertTransition(from, action)).toThrow(IllegalTransitionError)
        refused += 1
      }
    }
    expect(refused).toBe(MESSAGE_STATUSES.length * MESSAGE_ACTIONS.length - LEGAL.length)
  })

  it('allows one follow-up only', () => {
    expect(assertTransition('replied', 'followUp', { followUps: 0 })).toBe('reopened')
    expect(() => assertTransition('replied', 'followUp', { followUps: 1 })).toThrow(
      IllegalTransitionError,
    )
  })

  it('closed is final', () => {
    for (const action of MESSAGE_ACTIONS) expect(nextStatus('closed', action)).toBeUndefined()
  })

  it('lists the states an action is allowed from, for conditional updates', () => {
    expect(statusesAllowing('reply').sort()).toEqual(['assigned', 'reopened'])
  })

  it('knows which states still owe a reply', () => {
    expect(MESSAGE_STATUSES.filter(awaitsReply)).toEqual(['submitted', 'assigned', 'reopened'])
  })
})
