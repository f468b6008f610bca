import { conversationLabels, orderConversation, type TimedTurn } from './conversation'

const at = (iso: string) => new Date(iso)

describe('orderConversation', () => {
  it('puts the question first and the rest by time: 提问 → 答复 → 追问 → 再次答复', () => {
    const question: TimedTurn = { kind: 'question', content: 'q', at: at('2026-12-01T02:00:00Z') }
    const turns = orderConversation(question, [
      { kind: 'reply', content: 'second', at: at('2026-12-05T02:00:00Z') },
      { kind: 'followUp', content: 'again', at: at('2026-12-03T02:00:00Z') },
      { kind: 'reply', content: 'first', at: at('2026-12-02T02:00:00Z') },
    ])
    expect(turns.map((turn) => turn.content)).toEqual(['q', 'first', 'again', 'second'])
  })

  it('keeps the given order of turns at the same instant', () => {
    const same = at('2026-12-02T02:00:00Z')
    const question: TimedTurn = { kind: 'question', content: 'q', at: same }
    const turns = orderConversation(question, [
      { kind: 'reply', content: 'a', at: same },
      { kind: 'followUp', content: 'b', at: same },
    ])
    expect(turns.map((turn) => turn.content)).toEqual(['q', 'a', 'b'])
  })
})

describe('conversationLabels', () => {
  it('names a later answer 再次答复 and a decline 不予受理', () => {
    expect(
      conversationLabels([
        { kind: 'question' },
        { kind: 'decline' },
        { kind: 'followUp' },
        { kind: 'reply' },
      ]),
    ).toEqual(['留言', '不予受理', '追问', '再次答复'])
    expect(conversationLabels([{ kind: 'question' }, { kind: 'reply' }])).toEqual(['留言', '答复'])
  })
})
