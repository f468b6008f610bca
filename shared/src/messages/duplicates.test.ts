import { canMergeDuplicates, canSeeContactDetails } from '../permissions'
import { mayBeAnonymous } from './anonymity'
import { isMergeable, mergeRefusal, unmergeRefusal, type MergeCandidate } from './duplicates'

const open = (id: string, extra: Partial<MergeCandidate> = {}): MergeCandidate => ({
  id,
  status: 'assigned',
  answered: false,
  ...extra,
})

describe('并单 rules', () => {
  it('merges an open, unanswered message into another, dispatched or not', () => {
    expect(mergeRefusal(open('a'), open('b'))).toBeUndefined()
    expect(mergeRefusal(open('a', { status: 'submitted' }), open('b'))).toBeUndefined()
  })

  it('refuses answered messages on either side, a reopened one included', () => {
    expect(mergeRefusal(open('a', { status: 'replied', answered: true }), open('b'))).toBe(
      'duplicateAnswered',
    )
    expect(mergeRefusal(open('a', { status: 'reopened', answered: true }), open('b'))).toBe(
      'duplicateAnswered',
    )
    expect(mergeRefusal(open('a'), open('b', { status: 'closed', answered: true }))).toBe(
      'leadAnswered',
    )
  })

  it('never lets a chain or a cycle form', () => {
    // b is merged into a: a into b is a cycle, c into b a chain.
    const a = open('a', { isLead: true })
    const b = open('b', { duplicateOf: 'a' })
    expect(mergeRefusal(a, b)).toBe('duplicateIsLead')
    expect(mergeRefusal(open('c'), b)).toBe('leadIsDuplicate')
    expect(mergeRefusal(b, open('c'))).toBe('alreadyMerged')
    expect(mergeRefusal(a, a)).toBe('self')
  })

  it('separates only while the lead is unanswered', () => {
    expect(unmergeRefusal(open('a'))).toBeUndefined()
    expect(unmergeRefusal({ status: 'replied', answered: true })).toBeDefined()
    expect(isMergeable({ status: 'declined', answered: true })).toBe(false)
  })
})

describe('who merges and who sees an anonymous reporter', () => {
  it.each([
    ['handler', false],
    ['office', true],
    ['admin', true],
  ] as const)('%s: merges %s, sees anonymous contacts %s', (role, bureauWide) => {
    expect(canMergeDuplicates({ role })).toBe(bureauWide)
    expect(canSeeContactDetails({ role }, { anonymous: true })).toBe(bureauWide)
    expect(canSeeContactDetails({ role }, { anonymous: false })).toBe(true)
  })

  it('offers anonymity for 举报 only', () => {
    expect(mayBeAnonymous('report')).toBe(true)
    expect(mayBeAnonymous('complaint')).toBe(false)
  })
})
