import { URGENCIES } from '@zhengmin/shared'
import { deadlineTone } from './labels'

describe('deadlineTone', () => {
  it('colours a row by the urgency the server decided, not by its own rule', () => {
    expect(URGENCIES.map((urgency) => deadlineTone({ urgency }))).toEqual([
      'open',
      'due-soon',
      'overdue',
      'done',
    ])
  })
})
