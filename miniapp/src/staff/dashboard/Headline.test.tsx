import { render, screen } from '@testing-library/react'
import { emptyCounters, figuresOf } from '@zhengmin/shared'
import { Headline } from './Headline'

describe('the headline figures', () => {
  it('leaves out the 90 % note while nothing is answered, instead of "90% 在 —内"', () => {
    render(
      <Headline total={{ ...figuresOf({ ...emptyCounters(), received: 3 }, 5), overdueNow: 0 }} />,
    )
    const median = screen.getByTestId('stats-median').textContent ?? ''
    expect(median).toContain('答复用时中位数')
    expect(median).not.toContain('90%')
  })
})
