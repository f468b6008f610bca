import { csvCell } from './stats-export'

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`)
    expect(csvCell('+86 139')).toBe("'+86 139")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
  })

  it('quotes commas, quotes and line breaks and leaves numbers alone', () => {
    expect(csvCell('社保，医保,公积金')).toBe('"社保，医保,公积金"')
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell('养老保险')).toBe('养老保险')
  })
})

describe('csvCell for times and days', () => {
  it('writes an instant as Beijing time to the minute and a day as it is', () => {
    expect(csvCell({ time: new Date('2026-03-02T02:00:00.000Z') })).toBe('2026-03-02 10:00')
    expect(csvCell({ day: '2026-03-09' })).toBe('2026-03-09')
  })
})
