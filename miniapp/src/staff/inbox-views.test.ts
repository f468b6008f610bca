import { inboxViewsFor } from './labels'

describe('inboxViewsFor', () => {
  it('gives 待签发 to those who sign off answers, and 待分办 and 延期审批 to the office only', () => {
    expect(inboxViewsFor('handler')).toEqual(['open', 'due-soon', 'overdue', 'answered'])
    expect(inboxViewsFor('unit-head')).toEqual([
      'open',
      'due-soon',
      'overdue',
      'answered',
      'signoff',
    ])
    for (const role of ['office', 'admin'] as const) {
      expect(inboxViewsFor(role)).toEqual([
        'unassigned',
        'open',
        'due-soon',
        'overdue',
        'answered',
        'extensions',
        'signoff',
      ])
    }
  })
})
